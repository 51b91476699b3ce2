// SPDX-License-Identifier: MIT
// The Routes page's model: route summary and checksum database per requirement (PROXY-7,
// PROXY-8, SUMDB-1, SUMDB-3), URLs masked.
#include "checks/checktestutil.h"
#include "modeldump.h"
#include "routesmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRoutesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void routesOfRequirements()
    {
        gmd::RoutesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const gmd::Facts facts = gmdtest::FactsBuilder()
                                     .os(u"GOPROXY"_s, u"https://bob:hunter2@proxy.corp.example,direct"_s)
                                     .os(u"GOPRIVATE"_s, u"git.corp.example"_s)
                                     .goMod("module example.com/app\n\ngo 1.22\n\nrequire (\n"
                                            "\tgolang.org/x/text v0.14.0\n\tgit.corp.example/lib v1.2.3\n)\n")
                                     .build();
        model.setRoutes(facts.hostRoutes);
        QCOMPARE(gmdtest::dumpModel(&model, gmdtest::roleText(gmd::RoutesModel::UsesDirectRole)),
            QStringList({
                u"golang.org/x/text | v0.14.0 | https://bob:xxxxx@proxy.corp.example → direct | "
                "sum.golang.org through https://bob:xxxxx@proxy.corp.example/sumdb/sum.golang.org → "
                "https://sum.golang.org [true]"_s,
                u"git.corp.example/lib | v1.2.3 | direct | not consulted (GONOSUMDB matches 'git.corp.example') "
                "[true]"_s,
            }));
        const QString tip = model.index(1, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"GONOPROXY matches"_s), qPrintable(tip));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(!model.index(r, 0).data(Qt::ToolTipRole).toString().contains(u"hunter2"_s));
        QCOMPARE(model.route(0)->module, u"golang.org/x/text"_s);
    }

    void invalidGoproxyIsAProblem()
    {
        gmd::RoutesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const gmd::Facts facts = gmdtest::FactsBuilder()
                                     .os(u"GOPROXY"_s, u"https://goproxy.cn|DIRECT"_s)
                                     .goMod("module example.com/app\n\ngo 1.22\n\nrequire golang.org/x/text v0.14.0\n")
                                     .build();
        model.setRoutes(facts.hostRoutes);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.index(0, 0).data(gmd::RoutesModel::ProblemRole).toString().isEmpty());
        QVERIFY(!model.index(0, gmd::RoutesModel::RouteColumn).data(Qt::DecorationRole).isNull());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestRoutesModel)
#include "tst_routesmodel.moc"
