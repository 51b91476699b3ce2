// SPDX-License-Identifier: MIT
// GMD607 network-not-found (PROXY-8, SUMDB-3).
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

class TestNetworkNotFound : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: 404 with direct after ',' (PROXY-8)")
            << env().probe(probeResult(ProbeOutcome::HttpNotFound, kProxy, u"GOPROXY"_s, 1))
            << QStringList { u"GOPROXY"_s };
        QTest::addRow("fires: 410 from the last entry")
            << env(u"http://127.0.0.1:8081"_s).probe(probeResult(ProbeOutcome::HttpNotFound, kProxy, u"GOPROXY"_s, 1))
            << QStringList { u"GOPROXY"_s };
        QTest::addRow("silent: 404 of /sumdb/<name>/supported is normal (SUMDB-3)")
            << env().probe(probeResult(ProbeOutcome::HttpNotFound, kProxy, u"GOPROXY"_s, 1, ProbeKind::SumDbSupported))
            << QStringList();
        QTest::addRow("silent: 403 is GMD608's")
            << env().probe(probeResult(ProbeOutcome::HttpDenied, kProxy, u"GOPROXY"_s, 1))
            << QStringList();
        QTest::addRow("silent: no probes ran (--no-network)") << env().noNetwork() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD607"_s); }

    void severityFollowsTheFallback()
    {
        // PROXY-8: with another entry after it, a 404 only costs a round trip.
        auto f = gmdtest::runCheck(u"GMD607"_s, env().probe(probeResult(ProbeOutcome::HttpNotFound, kProxy)).build());
        QCOMPARE(f.value(0).severity, gmd::Severity::Warning);
        QVERIFY2(f.value(0).message.contains(u"direct"_s), qPrintable(f.value(0).message));
        f = gmdtest::runCheck(u"GMD607"_s,
            env(u"http://127.0.0.1:8081"_s).probe(probeResult(ProbeOutcome::HttpNotFound, kProxy)).build());
        QCOMPARE(f.value(0).severity, gmd::Severity::Error);
    }
};

QTEST_GUILESS_MAIN(TestNetworkNotFound)
#include "tst_gmd607.moc"
