// SPDX-License-Identifier: MIT
// GMD142 toolchain-too-old (TC-2, TC-4).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGo1220 = "module example.com/m\n\ngo 1.22.0\n";
}

class TestGmd142 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"go.mod:3"_s };
        QTest::addRow("fires: TC-4 GOTOOLCHAIN=local and a newer go line")
            << FactsBuilder().goVersion(u"1.21.5"_s).goMod(kGo1220).os(u"GOTOOLCHAIN"_s, u"local"_s) << fires;
        QTest::addRow("fires: TC-1 a name without +auto does not switch")
            << FactsBuilder().goVersion(u"1.21.5"_s).goMod(kGo1220).envFile("GOTOOLCHAIN=go1.21.5\n") << fires;
        QTest::addRow("fires: TC-1 an empty GOTOOLCHAIN (no go.env line) does not switch")
            << FactsBuilder()
                   .goVersion(u"1.21.5"_s)
                   .goMod(kGo1220)
                   .goRootEnv("GOPROXY=https://proxy.golang.org,direct\n")
            << fires;
        QTest::addRow("fires: go 1.19 with a newer two-part go line (warning)")
            << FactsBuilder().goVersion(u"1.19.8"_s).goMod("module example.com/m\n\ngo 1.22\n") << fires;
        QTest::addRow("fires: go 1.20 rejects a go line of the 1.21 form")
            << FactsBuilder().goVersion(u"1.20.14"_s).goMod(kGo1220) << fires;
        QTest::addRow("silent: TC-2 auto switches instead (GMD141)")
            << FactsBuilder().goVersion(u"1.21.5"_s).goMod(kGo1220) << QStringList();
        QTest::addRow("silent: same version with GOTOOLCHAIN=local")
            << FactsBuilder().goVersion(u"1.22.0"_s).goMod(kGo1220).os(u"GOTOOLCHAIN"_s, u"local"_s) << QStringList();
        QTest::addRow("silent: older go line") << FactsBuilder()
                                                      .goVersion(u"1.21.5"_s)
                                                      .goMod("module example.com/m\n\ngo 1.20\n")
                                                      .os(u"GOTOOLCHAIN"_s, u"local"_s)
                                               << QStringList();
        QTest::addRow("silent: go 1.19 with an older go line")
            << FactsBuilder().goVersion(u"1.19.8"_s).goMod("module example.com/m\n\ngo 1.18\n") << QStringList();
        QTest::addRow("silent: no go.mod")
            << FactsBuilder().goVersion(u"1.21.5"_s).os(u"GOTOOLCHAIN"_s, u"local"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD142"_s); }

    void messagesAndSeverities()
    {
        auto local = gmdtest::runCheck(
            u"GMD142"_s, FactsBuilder().goVersion(u"1.21.5"_s).goMod(kGo1220).os(u"GOTOOLCHAIN"_s, u"local"_s).build());
        QCOMPARE(local.size(), 1);
        QCOMPARE(local[0].severity, gmd::Severity::Error);
        QVERIFY2(
            local[0].message.contains(u"go: go.mod requires go >= 1.22.0 (running go 1.21.5; GOTOOLCHAIN=local)"_s),
            qPrintable(local[0].message));
        QVERIFY(local[0].fix.has_value());
        QCOMPARE(local[0].fix->commands, QStringList { u"export GOTOOLCHAIN=auto"_s });

        auto old = gmdtest::runCheck(
            u"GMD142"_s, FactsBuilder().goVersion(u"1.19.8"_s).goMod("module example.com/m\n\ngo 1.22\n").build());
        QCOMPARE(old.size(), 1);
        QCOMPARE(old[0].severity, gmd::Severity::Warning);
        QVERIFY(old[0].message.contains(u"note: module requires Go 1.22"_s));

        auto format = gmdtest::runCheck(u"GMD142"_s, FactsBuilder().goVersion(u"1.20.14"_s).goMod(kGo1220).build());
        QCOMPARE(format.size(), 1);
        QCOMPARE(format[0].severity, gmd::Severity::Error);
        QVERIFY2(format[0].message.contains(u"invalid go version '1.22.0': must match format 1.23"_s),
            qPrintable(format[0].message));

        auto directive = gmdtest::runCheck(u"GMD142"_s,
            FactsBuilder()
                .goVersion(u"1.20.14"_s)
                .goMod("module example.com/m\n\ngo 1.21\n\ntoolchain go1.21.5\n")
                .build());
        QCOMPARE(directive.size(), 1);
        QVERIFY(directive[0].message.contains(u"unknown directive: toolchain"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd142)
#include "tst_gmd142.moc"
