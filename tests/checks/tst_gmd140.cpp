// SPDX-License-Identifier: MIT
// GMD140 gotoolchain-invalid (TC-1, GOENV-7).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd140 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"GOTOOLCHAIN"_s };
        QTest::addRow("fires: TC-1 unknown name in the env file (GOENV-7)")
            << FactsBuilder().envFile("GOTOOLCHAIN=gccgo\n") << fires;
        QTest::addRow("fires: TC-1 default is rejected") << FactsBuilder().os(u"GOTOOLCHAIN"_s, u"default"_s) << fires;
        QTest::addRow("fires: TC-1 unknown suffix") << FactsBuilder().os(u"GOTOOLCHAIN"_s, u"go1.22.0+foo"_s) << fires;
        QTest::addRow("fires: TC-1 +auto without a minimum")
            << FactsBuilder().os(u"GOTOOLCHAIN"_s, u"+auto"_s) << fires;
        QTest::addRow("fires: TC-1 version without the go prefix")
            << FactsBuilder().os(u"GOTOOLCHAIN"_s, u"1.22.0"_s) << fires;
        QTest::addRow("fires: TC-3 a name that is no Go 1 toolchain")
            << FactsBuilder().os(u"GOTOOLCHAIN"_s, u"go2.0.0"_s) << fires;
        QTest::addRow("silent: TC-1 auto from go.env") << FactsBuilder() << QStringList();
        QTest::addRow("silent: TC-1 local") << FactsBuilder().os(u"GOTOOLCHAIN"_s, u"local"_s) << QStringList();
        QTest::addRow("silent: TC-1 name+auto")
            << FactsBuilder().os(u"GOTOOLCHAIN"_s, u"go1.22.0+auto"_s) << QStringList();
        QTest::addRow("silent: TC-1 path") << FactsBuilder().os(u"GOTOOLCHAIN"_s, u"path"_s) << QStringList();
        QTest::addRow("silent: go 1.20 ignores GOTOOLCHAIN")
            << FactsBuilder().goVersion(u"1.20.14"_s).os(u"GOTOOLCHAIN"_s, u"bogus"_s) << QStringList();
        QTest::addRow("silent: TC-2 GOPATH mode does no selection")
            << FactsBuilder().os(u"GO111MODULE"_s, u"off"_s).os(u"GOTOOLCHAIN"_s, u"bogus"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD140"_s); }

    void fixUsesTheFormsThatStillWork()
    {
        auto findings = gmdtest::runCheck(u"GMD140"_s, FactsBuilder().envFile("GOTOOLCHAIN=gccgo\n").build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(u"go: invalid GOTOOLCHAIN \"gccgo\""_s));
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands, QStringList { u"GOTOOLCHAIN=local go env -u GOTOOLCHAIN"_s });

        findings = gmdtest::runCheck(u"GMD140"_s, FactsBuilder().envFile("GOTOOLCHAIN=1.22\n").build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].fix->commands, QStringList { u"go env -w GOTOOLCHAIN=go1.22.0"_s });

        findings = gmdtest::runCheck(u"GMD140"_s, FactsBuilder().os(u"GOTOOLCHAIN"_s, u"go1.22.0+Auto"_s).build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].fix->commands, QStringList { u"export GOTOOLCHAIN=go1.22.0+auto"_s });
    }
};

QTEST_GUILESS_MAIN(TestGmd140)
#include "tst_gmd140.moc"
