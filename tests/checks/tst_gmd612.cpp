// SPDX-License-Identifier: MIT
// GMD612 proxy-ranking-recommendation (PROXY-1, PROXY-8).
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
gmd::ProxyRanking ranking(const QString& current, const QString& recommended)
{
    gmd::ProxyRanking r;
    r.module = u"golang.org/x/text"_s;
    r.version = u"v0.14.0"_s;
    r.rounds = 3;
    r.currentGoproxy = current;
    r.recommendedGoproxy = recommended;
    r.reasons << u"',' between proxies: they answer 404/410 for missing modules (PROXY-8)"_s;
    gmd::CandidateResult c;
    c.display = u"http://127.0.0.1:8082"_s;
    c.rank = 1;
    c.latencyMs.median = 12;
    c.verdict = u"correct"_s;
    r.candidates << c;
    return r;
}
} // namespace

class TestProxyRankingRecommendation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: a faster order was measured (PROXY-8)")
            << env().ranking(ranking(u"http://127.0.0.1:8081,direct"_s, u"http://127.0.0.1:8082,http://127.0.0.1:8081,direct"_s))
            << QStringList { u"GOPROXY"_s };
        QTest::addRow("silent: the current order is the best")
            << env().ranking(ranking(u"http://127.0.0.1:8081,direct"_s, u"http://127.0.0.1:8081,direct"_s))
            << QStringList();
        QTest::addRow("silent: no proxy answered")
            << env().ranking(ranking(u"http://127.0.0.1:8081,direct"_s, QString()))
            << QStringList();
        QTest::addRow("silent: not ranked")
            << env()
            << QStringList();
        QTest::addRow("silent: no probes ran (--no-network)") << env().noNetwork() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD612"_s); }

    void fixSetsTheRecommendedValue()
    {
        const auto f = gmdtest::runCheck(u"GMD612"_s,
            env().ranking(ranking(u"http://127.0.0.1:8081,direct"_s, u"http://127.0.0.1:8082,direct"_s)).build());
        QCOMPARE(f.size(), 1);
        QVERIFY(f[0].fix.has_value());
        QVERIFY2(f[0].fix->commands.join(u' ').contains(u"http://127.0.0.1:8082,direct"_s),
            qPrintable(f[0].fix->commands.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestProxyRankingRecommendation)
#include "tst_gmd612.moc"
