// SPDX-License-Identifier: MIT
// The engine: statuses, ranking (most likely root cause first), cancellation, concurrency.
#include "checktestutil.h"

#include "checks/engine.h"
#include "checks/registry.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {

gmd::Finding finding(const QString& id, gmd::Severity s, int score, const QString& subject = u"X"_s)
{
    gmd::Finding f;
    f.id = id;
    f.severity = s;
    f.rootCauseScore = score;
    f.subject = subject;
    return f;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranking_data()
    {
        QTest::addColumn<QList<gmd::Finding>>("in");
        QTest::addColumn<QStringList>("order");
        QTest::addColumn<QStringList>("expected");
        const QStringList order{u"A"_s, u"B"_s, u"C"_s};
        QTest::addRow("score first") << QList<gmd::Finding>{finding(u"A"_s, gmd::Severity::Error, 10),
                                                            finding(u"B"_s, gmd::Severity::Info, 90)}
                                     << order << QStringList{u"B"_s, u"A"_s};
        QTest::addRow("then severity") << QList<gmd::Finding>{finding(u"A"_s, gmd::Severity::Info, 50),
                                                              finding(u"B"_s, gmd::Severity::Error, 50)}
                                       << order << QStringList{u"B"_s, u"A"_s};
        QTest::addRow("then check order") << QList<gmd::Finding>{finding(u"C"_s, gmd::Severity::Error, 50),
                                                                 finding(u"A"_s, gmd::Severity::Error, 50)}
                                          << order << QStringList{u"A"_s, u"C"_s};
    }
    void ranking()
    {
        QFETCH(QList<gmd::Finding>, in);
        QFETCH(QStringList, order);
        QFETCH(QStringList, expected);
        QStringList ids;
        for (const gmd::Finding& f : gmd::rankFindings(in, order))
            ids << f.id;
        QCOMPARE(ids, expected);
    }

    void statusFromFindings()
    {
        QCOMPARE(gmd::statusFor({}), gmd::CheckStatus::Pass);
        QCOMPARE(gmd::statusFor({finding(u"A"_s, gmd::Severity::Info, 0)}), gmd::CheckStatus::Pass);
        QCOMPARE(gmd::statusFor({finding(u"A"_s, gmd::Severity::Warning, 0)}), gmd::CheckStatus::Warn);
        QCOMPARE(gmd::statusFor({finding(u"A"_s, gmd::Severity::Warning, 0), finding(u"A"_s, gmd::Severity::Error, 0)}),
                 gmd::CheckStatus::Fail);
    }

    void fullRunRanksBlockingErrorsFirst()
    {
        // GOPROXY invalid (blocks everything) and GOPROXY fallback note (information): the invalid
        // value must come first, and every registered check must have an outcome.
        const gmd::Facts facts = FactsBuilder().envFile("GOPROXY=https://goproxy.cn|DIRECT\n").build();
        const gmd::DiagnosisResult r = gmd::runChecks(facts, gmd::allChecks());
        QCOMPARE(r.checks.size(), gmd::allChecks().size());
        QVERIFY(!r.findings.isEmpty());
        QCOMPARE(r.findings.first().id, u"GMD102"_s);
        for (const gmd::CheckOutcome& o : r.checks)
            QVERIFY(!o.info.id.isEmpty());
    }

    void cancelledRunSkipsChecks()
    {
        std::atomic<bool> cancel{true};
        gmd::EngineOptions opts;
        opts.cancel = &cancel;
        const gmd::DiagnosisResult r = gmd::runChecks(FactsBuilder().build(), gmd::allChecks(), opts);
        QVERIFY(r.cancelled);
        for (const gmd::CheckOutcome& o : r.checks)
            QCOMPARE(o.status, gmd::CheckStatus::Skip);
    }

    void onlyAndDisabled()
    {
        gmd::EngineOptions opts;
        opts.only = {u"GMD100"_s, u"GMD101"_s};
        opts.disabled = {u"GMD101"_s};
        const gmd::DiagnosisResult r = gmd::runChecks(FactsBuilder().build(), gmd::allChecks(), opts);
        QCOMPARE(r.checks.size(), 1);
        QCOMPARE(r.checks.first().info.id, u"GMD100"_s);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
