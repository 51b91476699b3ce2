// SPDX-License-Identifier: MIT
// GMD143 toolchain-not-in-path (TC-1, TC-3).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGo1220 = "module example.com/m\n\ngo 1.22.0\n";
}

class TestGmd143 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: TC-3 path and a newer go line")
            << FactsBuilder().goVersion(u"1.21.5"_s).goMod(kGo1220).os(u"GOTOOLCHAIN"_s, u"path"_s)
            << QStringList { u"go.mod:3"_s };
        QTest::addRow("fires: TC-3 name+path and a newer toolchain line")
            << FactsBuilder()
                   .goVersion(u"1.21.5"_s)
                   .goMod("module example.com/m\n\ngo 1.21.0\n\ntoolchain go1.22.3\n")
                   .envFile("GOTOOLCHAIN=go1.21.5+path\n")
            << QStringList { u"go.mod:5"_s };
        QTest::addRow("fires: TC-3 name+path newer than the local go")
            << FactsBuilder()
                   .goVersion(u"1.21.5"_s)
                   .goMod("module example.com/m\n\ngo 1.21.0\n")
                   .os(u"GOTOOLCHAIN"_s, u"go1.22.1+path"_s)
            << QStringList { u"GOTOOLCHAIN"_s };
        QTest::addRow("silent: TC-2 auto downloads instead (GMD141)")
            << FactsBuilder().goVersion(u"1.21.5"_s).goMod(kGo1220) << QStringList();
        QTest::addRow("silent: TC-3 path and the local go is new enough")
            << FactsBuilder().goVersion(u"1.22.0"_s).goMod(kGo1220).os(u"GOTOOLCHAIN"_s, u"path"_s) << QStringList();
        QTest::addRow("silent: no go.mod")
            << FactsBuilder().goVersion(u"1.21.5"_s).os(u"GOTOOLCHAIN"_s, u"path"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD143"_s); }

    void messageAndFix()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD143"_s, FactsBuilder().goVersion(u"1.21.5"_s).goMod(kGo1220).os(u"GOTOOLCHAIN"_s, u"path"_s).build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(u"go: cannot find \"go1.22.0\" in PATH"_s));
        QVERIFY(findings[0].fix.has_value());
        QVERIFY(findings[0].fix->commands.contains(u"GOTOOLCHAIN=local go install golang.org/dl/go1.22.0@latest"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd143)
#include "tst_gmd143.moc"
