// SPDX-License-Identifier: MIT
// GMD608 network-access-denied (PROXY-8, H15).
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

class TestNetworkAccessDenied : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: 403 stops a ',' list (H15)")
            << env().probe(probeResult(ProbeOutcome::HttpDenied, kProxy, u"GOPROXY"_s, 1))
            << QStringList { u"GOPROXY"_s };
        QTest::addRow("fires: 403 with '|' after it (PROXY-8)")
            << env(u"http://127.0.0.1:8081|direct"_s).probe(probeResult(ProbeOutcome::HttpDenied, kProxy, u"GOPROXY"_s, 1))
            << QStringList { u"GOPROXY"_s };
        QTest::addRow("silent: 404")
            << env().probe(probeResult(ProbeOutcome::HttpNotFound, kProxy, u"GOPROXY"_s, 1))
            << QStringList();
        QTest::addRow("silent: no probes ran (--no-network)") << env().noNetwork() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD608"_s); }

    void pipeLowersTheSeverity()
    {
        auto f = gmdtest::runCheck(u"GMD608"_s, env().probe(probeResult(ProbeOutcome::HttpDenied, kProxy)).build());
        QCOMPARE(f.value(0).severity, gmd::Severity::Error);
        f = gmdtest::runCheck(u"GMD608"_s,
            env(u"http://127.0.0.1:8081|direct"_s).probe(probeResult(ProbeOutcome::HttpDenied, kProxy)).build());
        QCOMPARE(f.value(0).severity, gmd::Severity::Warning);
    }
};

QTEST_GUILESS_MAIN(TestNetworkAccessDenied)
#include "tst_gmd608.moc"
