// SPDX-License-Identifier: MIT
// GMD602 network-connect-timeout (H2, NET-1).
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

class TestNetworkConnectTimeout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: no SYN-ACK (H2)")
            << env().probe(probeResult(ProbeOutcome::ConnectTimeout, kProxy, u"GOPROXY"_s, 1))
            << QStringList { u"GOPROXY"_s };
        QTest::addRow("silent: refused")
            << env().probe(probeResult(ProbeOutcome::ConnectionRefused, kProxy, u"GOPROXY"_s, 1))
            << QStringList();
        QTest::addRow("silent: no probes ran (--no-network)") << env().noNetwork() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD602"_s); }
};

QTEST_GUILESS_MAIN(TestNetworkConnectTimeout)
#include "tst_gmd602.moc"
