// SPDX-License-Identifier: MIT
// GMD610 network-silent-server (H1, H2, NET-1, PROXY-11).
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

class TestNetworkSilentServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: accepted and silent (H1, NET-1)")
            << env().probe(probeResult(ProbeOutcome::Silent, kProxy, u"GOPROXY"_s, 1))
            << QStringList { u"GOPROXY"_s };
        QTest::addRow("fires: headers then a stalled body (H2)")
            << env().probe(probeResult(ProbeOutcome::BodyStalled, kSumDb, u"GOSUMDB"_s, -1, ProbeKind::SumDbDirect))
            << QStringList { u"GOSUMDB"_s };
        QTest::addRow("fires once for list and info of one entry")
            << env().probe(probeResult(ProbeOutcome::Silent, kProxy, u"GOPROXY"_s, 1)).probe(probeResult(ProbeOutcome::Silent, kProxy, u"GOPROXY"_s, 1, ProbeKind::ProxyInfo))
            << QStringList { u"GOPROXY"_s };
        QTest::addRow("silent: the proxy answers")
            << env().probe(probeResult(ProbeOutcome::Ok, kProxy, u"GOPROXY"_s, 1))
            << QStringList();
        QTest::addRow("silent: slow is GMD611's")
            << env().probe(probeResult(ProbeOutcome::Slow, kProxy, u"GOPROXY"_s, 1))
            << QStringList();
        QTest::addRow("silent: no probes ran (--no-network)") << env().noNetwork() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD610"_s); }

    void ranksAboveEveryOtherFinding()
    {
        // Issue 4: a silent server must be the top finding, above configuration findings and
        // other measured faults (GOSUMDB=off, a refused sumdb).
        const gmd::Facts facts = env()
                                     .os(u"GOSUMDB"_s, u"off"_s)
                                     .os(u"HTTPS_PROXY"_s, u"http://127.0.0.1:9"_s)
                                     .probe(probeResult(ProbeOutcome::ConnectionRefused, kSumDb, u"GOSUMDB"_s, -1,
                                         ProbeKind::SumDbDirect))
                                     .probe(probeResult(ProbeOutcome::Silent, kProxy))
                                     .build();
        const gmd::DiagnosisResult result = gmd::runChecks(facts, gmd::allChecks(), {});
        QVERIFY(!result.findings.isEmpty());
        QCOMPARE(result.findings.first().id, u"GMD610"_s);
        QCOMPARE(result.findings.first().subject, u"GOPROXY"_s);
        QVERIFY2(result.findings.first().message.contains(u"http://127.0.0.1:8081"_s),
            qPrintable(result.findings.first().message));
    }

    void evidenceHasTimingsAndRoute()
    {
        const auto findings = gmdtest::runCheck(u"GMD610"_s, env().probe(probeResult(ProbeOutcome::Silent, kProxy)).build());
        QCOMPARE(findings.size(), 1);
        QStringList labels;
        for (const gmd::Evidence& e : findings[0].evidence)
            labels << e.label;
        QVERIFY2(labels.contains(u"stage timings"_s), qPrintable(labels.join(u", "_s)));
        QVERIFY2(labels.contains(u"route (NET-3)"_s), qPrintable(labels.join(u", "_s)));
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands.value(0), u"export GOPROXY=direct"_s);
    }
};

QTEST_GUILESS_MAIN(TestNetworkSilentServer)
#include "tst_gmd610.moc"
