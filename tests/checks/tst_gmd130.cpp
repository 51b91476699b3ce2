// SPDX-License-Identifier: MIT
// GMD130 go111module (FLAGS-3, ENV-1, ENV-2).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/m\n\ngo 1.22.0\n";
}

class TestGmd130 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"GO111MODULE"_s };
        QTest::addRow("fires: FLAGS-3 off in the OS environment")
            << FactsBuilder().goMod(kGoMod).os(u"GO111MODULE"_s, u"off"_s) << fires;
        QTest::addRow("fires: FLAGS-3 off in the go env -w file")
            << FactsBuilder().goMod(kGoMod).envFile("GO111MODULE=off\n") << fires;
        QTest::addRow("fires: FLAGS-3 values are case-sensitive (ON)")
            << FactsBuilder().goMod(kGoMod).os(u"GO111MODULE"_s, u"ON"_s) << fires;
        QTest::addRow("fires: FLAGS-3 unknown value")
            << FactsBuilder().goMod(kGoMod).os(u"GO111MODULE"_s, u"yes"_s) << fires;
        QTest::addRow("fires: FLAGS-3 auto without go.mod is GOPATH mode")
            << FactsBuilder().os(u"GO111MODULE"_s, u"auto"_s) << fires;
        QTest::addRow("silent: FLAGS-3 unset means module mode") << FactsBuilder().goMod(kGoMod) << QStringList();
        QTest::addRow("silent: FLAGS-3 on")
            << FactsBuilder().goMod(kGoMod).os(u"GO111MODULE"_s, u"on"_s) << QStringList();
        QTest::addRow("silent: FLAGS-3 auto with a go.mod")
            << FactsBuilder().goMod(kGoMod).os(u"GO111MODULE"_s, u"auto"_s) << QStringList();
        QTest::addRow("silent: ENV-2 an empty OS value is unset")
            << FactsBuilder().goMod(kGoMod).os(u"GO111MODULE"_s, QString()) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD130"_s); }

    void severities()
    {
        auto off = gmdtest::runCheck(u"GMD130"_s, FactsBuilder().os(u"GO111MODULE"_s, u"off"_s).build());
        QCOMPARE(off.size(), 1);
        QCOMPARE(off[0].severity, gmd::Severity::Error);
        QVERIFY(off[0].message.contains(u"go: modules disabled by GO111MODULE=off"_s));
        auto autoMode = gmdtest::runCheck(u"GMD130"_s, FactsBuilder().os(u"GO111MODULE"_s, u"auto"_s).build());
        QCOMPARE(autoMode.size(), 1);
        QCOMPARE(autoMode[0].severity, gmd::Severity::Info);
        auto bad = gmdtest::runCheck(u"GMD130"_s, FactsBuilder().os(u"GO111MODULE"_s, u"ON"_s).build());
        QCOMPARE(bad.size(), 1);
        QVERIFY(bad[0].message.contains(u"go: unknown environment setting GO111MODULE=ON"_s));
        QVERIFY(bad[0].fix.has_value());
        QVERIFY(bad[0].fix->commands.contains(u"export GO111MODULE=on"_s));
    }

    void fixRemovesHiddenValuesThatAreJustAsBad()
    {
        // ENV-1: the OS value hides the file's; unsetting it alone would bring back "off".
        auto findings = gmdtest::runCheck(u"GMD130"_s,
            FactsBuilder().goMod(kGoMod).os(u"GO111MODULE"_s, u"off"_s).envFile("GO111MODULE=off\n").build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands, (QStringList { u"unset GO111MODULE"_s, u"go env -u GO111MODULE"_s }));
        QVERIFY(findings[0].evidence.size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestGmd130)
#include "tst_gmd130.moc"
