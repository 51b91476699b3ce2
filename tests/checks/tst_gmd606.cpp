// SPDX-License-Identifier: MIT
// GMD606 network-tls-failure (H3).
#include "checktestutil.h"

#include "checks/engine.h"
#include "checks/registry.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::ProbeKind;
using gmd::ProbeOutcome;
using gmdtest::FactsBuilder;
using gmdtest::probeResult;
using gmdtest::proxyFault;

namespace {
const QString kProxy = u"http://127.0.0.1:8081/golang.org/x/text/@v/list"_s;
const QString kSumDb = u"https://sum.golang.org/latest"_s;
FactsBuilder env(const QString& goproxy = u"http://127.0.0.1:8081,direct"_s)
{
    return FactsBuilder().os(u"GOPROXY"_s, goproxy).goMod("module example.com/app\n\ngo 1.22\n");
}
} // namespace

class TestNetworkTlsFailure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: certificate for another host")
            << env().probe(probeResult(ProbeOutcome::TlsHostnameMismatch, kProxy, u"GOPROXY"_s, 1))
            << QStringList { u"GOPROXY"_s };
        QTest::addRow("fires: handshake timeout")
            << env().probe(probeResult(ProbeOutcome::TlsError, kSumDb, u"GOSUMDB"_s, -1, ProbeKind::SumDbDirect))
            << QStringList { u"GOSUMDB"_s };
        QTest::addRow("silent: unknown authority is GMD605's")
            << env().probe(probeResult(ProbeOutcome::TlsUnknownAuthority, kProxy, u"GOPROXY"_s, 1))
            << QStringList();
        QTest::addRow("silent: no probes ran (--no-network)") << env().noNetwork() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD606"_s); }
};

QTEST_GUILESS_MAIN(TestNetworkTlsFailure)
#include "tst_gmd606.moc"
