// SPDX-License-Identifier: MIT
// GMD182 gosum-incomplete (SUMDB-1, H4).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/m\n\ngo 1.22.0\n\nrequire (\n\tgolang.org/x/text v0.14.0\n"
                          "\tgolang.org/x/net v0.20.0 // indirect\n)\n";
const QByteArray kText = "golang.org/x/text v0.14.0 h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=\n"
                         "golang.org/x/text v0.14.0/go.mod h1:18ZOQIKpY8NJVqYksKHtTdi31H5itFRjB5/qKTNYzSU=\n";
const QByteArray kNet = "golang.org/x/net v0.20.0/go.mod h1:z8BVo6PvndSri0LbOE3hAn0apkU+1YvI6E70E9jsnvY=\n";
} // namespace

class TestGmd182 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"go.sum"_s };
        QTest::addRow("fires: SUMDB-1 no go.sum at all") << FactsBuilder().goMod(kGoMod) << fires;
        QTest::addRow("fires: SUMDB-1 go.sum lacks the indirect module's go.mod line")
            << FactsBuilder().goMod(kGoMod).goSum(kText) << fires;
        QTest::addRow("fires: SUMDB-1 replaced by another module: the replacement's lines are needed")
            << FactsBuilder()
                   .goMod("module example.com/m\n\ngo 1.22.0\n\nrequire golang.org/x/text v0.14.0\n\n"
                          "replace golang.org/x/text => example.com/fork/text v0.14.1\n")
                   .goSum(kText)
            << fires;
        QTest::addRow("silent: complete go.sum") << FactsBuilder().goMod(kGoMod).goSum(kText + kNet) << QStringList();
        QTest::addRow("silent: replaced by a local directory") << FactsBuilder().goMod(
            "module example.com/m\n\ngo 1.22.0\n\nrequire example.com/lib v1.0.0\n\n"
            "replace example.com/lib => ../lib\n") << QStringList();
        QTest::addRow("silent: no requirements and no go.sum")
            << FactsBuilder().goMod("module example.com/m\n\ngo 1.22.0\n") << QStringList();
        QTest::addRow("silent: no go.mod") << FactsBuilder() << QStringList();
        QTest::addRow("silent: a broken go.mod is GMD181's")
            << FactsBuilder().goMod("module example.com/m\n\nrequire golang.org/x/text\n") << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD182"_s); }

    void workspaceModulesNeedNoChecksums()
    {
        // A requirement that go.work provides from a local folder needs no go.sum line (the
        // fixture sweep's go.work monorepo).
        const QByteArray mod = "module example.com/app\n\ngo 1.22\n\nrequire example.com/lib v0.0.0\n";
        gmd::Facts facts = FactsBuilder().goMod(mod).build();
        QCOMPARE(gmdtest::runCheck(u"GMD182"_s, facts).size(), 1);
        facts.project.workspaceModules = QStringList { u"example.com/lib"_s };
        QCOMPARE(gmdtest::runCheck(u"GMD182"_s, facts).size(), 0);
    }

    void evidenceListsAtMostTenModules()
    {
        QByteArray mod = "module example.com/m\n\ngo 1.22.0\n\nrequire (\n";
        for (int i = 0; i < 13; ++i)
            mod += "\texample.com/dep" + QByteArray::number(i) + " v1.0.0\n";
        mod += ")\n";
        const auto findings = gmdtest::runCheck(u"GMD182"_s, FactsBuilder().goMod(mod).build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Warning);
        QCOMPARE(findings[0].evidence.size(), 11);
        QCOMPARE(findings[0].evidence.last().label, u"and 3 more"_s);
        QCOMPARE(findings[0].evidence.first().source, u"/work/project/go.mod:6:2"_s);
        QVERIFY2(findings[0].message.contains(u"sum.golang.org"_s), qPrintable(findings[0].message));
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands, QStringList { u"go mod tidy"_s });
    }

    void exemptModulesAreSaidToBeUnverified()
    {
        const auto findings =
            gmdtest::runCheck(u"GMD182"_s, FactsBuilder().goMod(kGoMod).os(u"GOSUMDB"_s, u"off"_s).build());
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings[0].message.contains(u"without any verification"_s), qPrintable(findings[0].message));
        QVERIFY(!findings[0].message.contains(u"asks the checksum database"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd182)
#include "tst_gmd182.moc"
