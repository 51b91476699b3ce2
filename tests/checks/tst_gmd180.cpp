// SPDX-License-Identifier: MIT
// GMD180 gomod-missing.
#include "checktestutil.h"
#include "gomod/goworkfile.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd180 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"go.mod"_s };
        QTest::addRow("fires: empty folder") << FactsBuilder() << fires;
        QTest::addRow("fires: go.sum without go.mod") << FactsBuilder().goSum("") << fires;
        QTest::addRow("fires: vendor folder without go.mod") << FactsBuilder().vendor() << fires;
        QTest::addRow("silent: go.mod present")
            << FactsBuilder().goMod("module example.com/m\n\ngo 1.22.0\n") << QStringList();
        QTest::addRow("silent: a broken go.mod is GMD181's")
            << FactsBuilder().goMod("modul example.com/m\n") << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD180"_s); }

    void workspaceWithoutGoModIsFine()
    {
        gmd::Facts facts = FactsBuilder().build();
        facts.project.goWorkPath = u"/work/project/go.work"_s;
        facts.project.goWork = gmd::parseGoWork("go 1.22.0\n\nuse ./a\n", facts.project.goWorkPath);
        QVERIFY(gmdtest::runCheck(u"GMD180"_s, facts).isEmpty());
    }

    void isInformation()
    {
        const auto findings = gmdtest::runCheck(u"GMD180"_s, FactsBuilder().build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Info);
        QVERIFY(
            findings[0].message.contains(u"go: go.mod file not found in current directory or any parent directory"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd180)
#include "tst_gmd180.moc"
