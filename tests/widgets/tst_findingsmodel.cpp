// SPDX-License-Identifier: MIT
// The ranked findings and their narrowing to a check or a category; secrets are masked.
#include "checks/checktestutil.h"
#include "checks/engine.h"
#include "checks/registry.h"
#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "modeldump.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

gmd::Finding finding(const QString& id, const QString& category, gmd::Severity severity, const QString& subject,
    const QString& message, const QString& env = {})
{
    gmd::Finding f;
    f.id = id;
    f.category = category;
    f.severity = severity;
    f.title = id + u" title"_s;
    f.subject = subject;
    f.message = message;
    f.environment = env.isEmpty() ? QString() : u"host"_s;
    f.environmentLabel = env;
    return f;
}

QList<gmd::Finding> sample()
{
    return { finding(u"GMD102"_s, u"Proxy"_s, gmd::Severity::Error, u"GOPROXY"_s,
                 u"GOPROXY=https://bob:hunter2@proxy.corp.example is invalid"_s, u"this machine"_s),
        finding(u"GMD182"_s, u"Module files"_s, gmd::Severity::Warning, u"go.sum"_s, u"go.sum is missing"_s),
        finding(u"GMD104"_s, u"Proxy"_s, gmd::Severity::Info, u"https://x:tok@p.example"_s, u"fallback"_s) };
}

} // namespace

class TestFindingsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsInRankOrderWithMaskedTexts()
    {
        gmd::FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(sample());
        QCOMPARE(gmdtest::dumpModel(&model, gmdtest::roleText(gmd::FindingsModel::SeverityKeyRole)),
            QStringList({ u"1 | Error | GMD102 | GOPROXY | GMD102 title | this machine [error]"_s,
                u"2 | Warning | GMD182 | go.sum | GMD182 title [warning]"_s,
                u"3 | Info | GMD104 | https://x:xxxxx@p.example | GMD104 title [info]"_s }));
        const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(u"hunter2"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"xxxxx"_s));
        QVERIFY(!model.index(0, gmd::FindingsModel::SeverityColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.finding(1)->id, u"GMD182"_s);
        QVERIFY(!model.finding(3));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void narrowsToCheckOrCategory()
    {
        gmd::FindingsModel model;
        gmd::FindingsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(sample());

        filter.setCheck(u"GMD182"_s);
        QCOMPARE(gmdtest::dumpModel(&filter), QStringList({ u"2 | Warning | GMD182 | go.sum | GMD182 title"_s }));
        filter.setCheck(u"GMD10"_s); // exact ids, not prefixes
        QCOMPARE(filter.rowCount(), 0);
        filter.setCategory(u"Proxy"_s);
        QCOMPARE(gmdtest::dumpModel(&filter, gmdtest::roleText(gmd::FindingsModel::RankRole)),
            QStringList({ u"1 | Error | GMD102 | GOPROXY | GMD102 title | this machine [1]"_s,
                u"3 | Info | GMD104 | https://x:xxxxx@p.example | GMD104 title [3]"_s }));
        filter.showAll();
        QCOMPARE(filter.rowCount(), 3);
    }

    void realDiagnosisRanksRootCauseFirst()
    {
        gmd::FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const gmd::Facts facts = gmdtest::FactsBuilder().envFile("GOPROXY=https://goproxy.cn|DIRECT\n").build();
        model.setFindings(gmd::runChecks(facts, gmd::allChecks()).findings);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0, gmd::FindingsModel::CheckColumn).data().toString(), u"GMD102"_s);
    }
};

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
