// SPDX-License-Identifier: MIT
// GMD144 toolchain-language-version (TC-2, TC-4, H9, golang/go#62278).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd144 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: TC-4 go 1.22 under go 1.21.5 asks for go1.22")
            << FactsBuilder().goVersion(u"1.21.5"_s).goMod("module example.com/m\n\ngo 1.22\n")
            << QStringList { u"go.mod:3"_s };
        QTest::addRow("fires: TC-4 toolchain go1.21 line (warning)") << FactsBuilder().goMod(
            "module example.com/m\n\ngo 1.21\n\ntoolchain go1.21\n") << QStringList { u"go.mod:5"_s };
        QTest::addRow("fires: TC-4 a newer language-version toolchain line")
            << FactsBuilder().goVersion(u"1.21.5"_s).goMod("module example.com/m\n\ngo 1.21.0\n\ntoolchain go1.22\n")
            << QStringList { u"go.mod:5"_s };
        QTest::addRow("fires: TC-1 GOTOOLCHAIN names a language version")
            << FactsBuilder()
                   .goVersion(u"1.21.5"_s)
                   .goMod("module example.com/m\n\ngo 1.21.0\n")
                   .os(u"GOTOOLCHAIN"_s, u"go1.22"_s)
            << QStringList { u"GOTOOLCHAIN"_s };
        QTest::addRow("fires: H9 go 1.21 line under go 1.21.0 (warning)")
            << FactsBuilder().goVersion(u"1.21.0"_s).goMod("module example.com/m\n\ngo 1.21\n")
            << QStringList { u"go.mod:3"_s };
        QTest::addRow("silent: release go line")
            << FactsBuilder().goVersion(u"1.21.5"_s).goMod("module example.com/m\n\ngo 1.22.0\n") << QStringList();
        QTest::addRow("silent: TC-2 go 1.24 adds .0 itself")
            << FactsBuilder().goVersion(u"1.24.4"_s).goMod("module example.com/m\n\ngo 1.25\n") << QStringList();
        QTest::addRow("silent: language go line not newer than the local go")
            << FactsBuilder().goVersion(u"1.21.5"_s).goMod("module example.com/m\n\ngo 1.21\n") << QStringList();
        QTest::addRow("silent: TC-2 toolchain default")
            << FactsBuilder().goMod("module example.com/m\n\ngo 1.21\n\ntoolchain default\n") << QStringList();
        QTest::addRow("silent: no go.mod") << FactsBuilder() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD144"_s); }

    void severitiesAndFixes()
    {
        auto fail = gmdtest::runCheck(
            u"GMD144"_s, FactsBuilder().goVersion(u"1.21.5"_s).goMod("module example.com/m\n\ngo 1.22\n").build());
        QCOMPARE(fail.size(), 1);
        QCOMPARE(fail[0].severity, gmd::Severity::Error);
        QVERIFY2(fail[0].message.contains(u"go: download go1.22 for linux/amd64: toolchain not available"_s),
            qPrintable(fail[0].message));
        QVERIFY(fail[0].fix.has_value());
        QCOMPARE(fail[0].fix->commands, QStringList { u"go mod edit -go=1.22.0"_s });

        auto line = gmdtest::runCheck(
            u"GMD144"_s, FactsBuilder().goMod("module example.com/m\n\ngo 1.21\n\ntoolchain go1.21\n").build());
        QCOMPARE(line.size(), 1);
        QCOMPARE(line[0].severity, gmd::Severity::Warning);
        QVERIFY(line[0].message.contains(
            u"invalid toolchain: go1.21 is a language version but not a toolchain version (go1.21.x)"_s));
        QCOMPARE(line[0].fix->commands, QStringList { u"go mod edit -toolchain=go1.21.0"_s });

        auto newer = gmdtest::runCheck(
            u"GMD144"_s, FactsBuilder().goMod("module example.com/m\n\ngo 1.21.0\n\ntoolchain go1.99\n").build());
        QCOMPARE(newer.size(), 1);
        QCOMPARE(newer[0].severity, gmd::Severity::Error);
        QVERIFY2(newer[0].message.contains(
                     u"go: invalid toolchain: go1.99 is a language version but not a toolchain version (go1.99.x)"_s),
            qPrintable(newer[0].message));
    }
};

QTEST_GUILESS_MAIN(TestGmd144)
#include "tst_gmd144.moc"
