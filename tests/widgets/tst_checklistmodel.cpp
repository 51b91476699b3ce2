// SPDX-License-Identifier: MIT
// The checklist: categories → checks with live states, and its filter (text, hide passing).
#include "checklistfiltermodel.h"
#include "checklistmodel.h"
#include "checks/checktestutil.h"
#include "checks/registry.h"
#include "modeldump.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

gmd::CheckInfo info(const QString& id, const QString& category, const QString& title)
{
    gmd::CheckInfo i;
    i.id = id;
    i.category = category;
    i.title = title;
    return i;
}

QList<gmd::CheckInfo> sampleChecks()
{
    return { info(u"TST001"_s, u"Go command"_s, u"go missing"_s), info(u"TST100"_s, u"Proxy"_s, u"GOPROXY empty"_s),
        info(u"TST002"_s, u"Go command"_s, u"go hangs"_s), info(u"TST101"_s, u"Proxy"_s, u"GOPROXY off"_s) };
}

gmd::CheckOutcome outcome(const QString& id, gmd::CheckStatus status, int findings = 0, const QString& reason = {})
{
    gmd::CheckOutcome o;
    o.info.id = id;
    o.status = status;
    o.reason = reason;
    for (int i = 0; i < findings; ++i)
        o.findings.append(gmd::Finding {});
    return o;
}

} // namespace

class TestChecklistModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsByCategoryInFirstAppearanceOrder()
    {
        gmd::ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChecks(sampleChecks());
        QCOMPARE(gmdtest::dumpModel(&model, gmdtest::roleText(gmd::ChecklistModel::StateKeyRole)),
            QStringList({ u"Go command [pending]"_s, u"  TST001 | go missing [pending]"_s,
                u"  TST002 | go hangs [pending]"_s, u"Proxy [pending]"_s, u"  TST100 | GOPROXY empty [pending]"_s,
                u"  TST101 | GOPROXY off [pending]"_s }));
        QCOMPARE(model.checkCount(), 4);
        QCOMPARE(model.finishedCount(), 0);
        QCOMPARE(model.indexOfCheck(u"TST100"_s).data().toString(), u"TST100"_s);
        QVERIFY(!model.indexOfCheck(u"GMD999"_s).isValid());
    }

    void liveStatesAggregateIntoCategories()
    {
        gmd::ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChecks(sampleChecks());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.setRunning(u"TST001"_s);
        model.setOutcome(outcome(u"TST100"_s, gmd::CheckStatus::Fail, 2));
        model.setOutcome(outcome(u"TST101"_s, gmd::CheckStatus::Pass));
        model.setRunning(u"TST101"_s); // a late "started" must not undo a result
        model.setOutcome(outcome(u"GMD999"_s, gmd::CheckStatus::Fail)); // unknown: ignored
        QCOMPARE(gmdtest::dumpModel(&model, gmdtest::roleText(gmd::ChecklistModel::StateKeyRole)),
            QStringList(
                { u"Go command [running]"_s, u"  TST001 | go missing [running]"_s, u"  TST002 | go hangs [pending]"_s,
                    u"Proxy [fail]"_s, u"  TST100 | GOPROXY empty [fail]"_s, u"  TST101 | GOPROXY off [pass]"_s }));
        QCOMPARE(reset.size(), 0); // live updates keep selection and expansion
        QVERIFY(changed.size() >= 6);
        QCOMPARE(model.index(1, 0).data(gmd::ChecklistModel::FindingCountRole).toInt(), 2);

        model.setOutcome(outcome(u"TST001"_s, gmd::CheckStatus::Warn, 1));
        model.setOutcome(outcome(u"TST002"_s, gmd::CheckStatus::Skip, 0, u"go is missing"_s));
        QCOMPARE(model.index(0, 0).data(gmd::ChecklistModel::StateKeyRole).toString(), u"warn"_s);
        QCOMPARE(model.indexOfCheck(u"TST002"_s).data(gmd::ChecklistModel::ReasonRole).toString(), u"go is missing"_s);
        QCOMPARE(model.finishedCount(), 4);
        QVERIFY(model.outcome(u"TST001"_s));
        QVERIFY(!model.outcome(u"GMD999"_s));

        model.resetStates();
        QCOMPARE(model.finishedCount(), 0);
        QCOMPARE(model.index(1, 0).data(gmd::ChecklistModel::StateKeyRole).toString(), u"pending"_s);
    }

    void cancelFinishesUnfinishedChecks()
    {
        gmd::ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChecks(sampleChecks());
        model.setOutcome(outcome(u"TST001"_s, gmd::CheckStatus::Pass));
        model.setRunning(u"TST002"_s);
        model.finishUnfinished(gmd::CheckState::Skip, u"cancelled"_s);
        QCOMPARE(gmdtest::dumpModel(&model, gmdtest::roleText(gmd::ChecklistModel::StateKeyRole)),
            QStringList({ u"Go command [pass]"_s, u"  TST001 | go missing [pass]"_s, u"  TST002 | go hangs [skip]"_s,
                u"Proxy [skip]"_s, u"  TST100 | GOPROXY empty [skip]"_s, u"  TST101 | GOPROXY off [skip]"_s }));
        QCOMPARE(model.indexOfCheck(u"TST100"_s).data(gmd::ChecklistModel::ReasonRole).toString(), u"cancelled"_s);
    }

    void filterByTextAndHidePassing()
    {
        gmd::ChecklistModel model;
        gmd::ChecklistFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChecks(sampleChecks());

        filter.setFilterText(u"goproxy"_s);
        QCOMPARE(gmdtest::dumpModel(&filter),
            QStringList({ u"Proxy"_s, u"  TST100 | GOPROXY empty"_s, u"  TST101 | GOPROXY off"_s }));
        filter.setFilterText(u"tst00"_s);
        QCOMPARE(gmdtest::dumpModel(&filter),
            QStringList({ u"Go command"_s, u"  TST001 | go missing"_s, u"  TST002 | go hangs"_s }));
        filter.setFilterText(u"proxy"_s); // the category matches: all its checks
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 2);
        filter.setFilterText({});

        filter.setHidePassing(true);
        QCOMPARE(filter.rowCount(), 2); // pending checks stay visible
        model.setOutcome(outcome(u"TST001"_s, gmd::CheckStatus::Pass));
        model.setOutcome(outcome(u"TST002"_s, gmd::CheckStatus::Pass));
        model.setOutcome(outcome(u"TST100"_s, gmd::CheckStatus::Warn, 1));
        // A category whose checks all passed disappears; live updates re-filter.
        QCOMPARE(gmdtest::dumpModel(&filter),
            QStringList({ u"Proxy"_s, u"  TST100 | GOPROXY empty"_s, u"  TST101 | GOPROXY off"_s }));
        filter.setHidePassing(false);
        QCOMPARE(filter.rowCount(), 2);
    }

    void everyRegisteredCheckReachesAFinalState()
    {
        gmd::ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<gmd::CheckInfo> infos;
        for (const gmd::Check* c : gmd::allChecks())
            infos << c->info();
        model.setChecks(infos);
        QCOMPARE(model.checkCount(), gmd::allChecks().size());

        const gmd::Facts facts = gmdtest::FactsBuilder().envFile("GOPROXY=https://goproxy.cn|DIRECT\n").build();
        const gmd::DiagnosisResult result = gmd::runChecks(facts, gmd::allChecks());
        model.setOutcomes(result.checks);
        QCOMPARE(model.finishedCount(), model.checkCount());
        QCOMPARE(model.state(u"GMD102"_s), gmd::CheckState::Fail); // an entry go cannot use
        for (int c = 0; c < model.rowCount(); ++c) {
            const QModelIndex cat = model.index(c, 0);
            QVERIFY(!cat.data().toString().isEmpty());
            QVERIFY(model.rowCount(cat) > 0);
        }
    }
};

QTEST_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
