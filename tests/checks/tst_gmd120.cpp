// SPDX-License-Identifier: MIT
// GMD120 private-pattern-never-matches (PRIV-1..3, H6).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd120 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: PRIV-1 space after a comma") << FactsBuilder().os(u"GOPRIVATE"_s,
            u"git.corp.example, github.com/acme"_s) << QStringList { u"GOPRIVATE"_s };
        QTest::addRow("fires: PRIV-3 scheme")
            << FactsBuilder().os(u"GONOPROXY"_s, u"https://git.corp.example"_s) << QStringList { u"GONOPROXY"_s };
        QTest::addRow("fires: PRIV-3 .git suffix")
            << FactsBuilder().os(u"GOINSECURE"_s, u"git.corp.example/x/y.git"_s) << QStringList { u"GOINSECURE"_s };
        QTest::addRow("fires: PRIV-3 CR from a CRLF env file")
            << FactsBuilder().envFile("GOPRIVATE=git.corp.example\r\n") << QStringList { u"GOPRIVATE"_s };
        QTest::addRow("fires: PRIV-3 quotes")
            << FactsBuilder().envFile("GONOSUMDB=\"git.corp.example\"\n") << QStringList { u"GONOSUMDB"_s };
        QTest::addRow("fires: PRIV-3 ';' list")
            << FactsBuilder().os(u"GOPRIVATE"_s, u"a.example;b.example"_s) << QStringList { u"GOPRIVATE"_s };
        QTest::addRow("fires: PRIV-2 upper-case host")
            << FactsBuilder().os(u"GOPRIVATE"_s, u"GitHub.com/Acme"_s) << QStringList { u"GOPRIVATE"_s };
        QTest::addRow("fires: PRIV-2 malformed glob")
            << FactsBuilder().os(u"GOPRIVATE"_s, u"git.corp.example/[x"_s) << QStringList { u"GOPRIVATE"_s };
        QTest::addRow("fires: one finding per variable, derived values once")
            << FactsBuilder().os(u"GOPRIVATE"_s, u"a.example, b.example"_s).os(u"GOINSECURE"_s, u"http://c.example"_s)
            << QStringList { u"GOPRIVATE"_s, u"GOINSECURE"_s };
        QTest::addRow("silent: well-formed list")
            << FactsBuilder().os(u"GOPRIVATE"_s, u"git.corp.example,github.com/acme,*.corp.example"_s) << QStringList();
        QTest::addRow("silent: PRIV-1 empty globs are skipped")
            << FactsBuilder().os(u"GOPRIVATE"_s, u"a.example,,b.example,"_s) << QStringList();
        QTest::addRow("silent: PRIV-1 trailing slash is removed")
            << FactsBuilder().os(u"GONOPROXY"_s, u"git.corp.example/"_s) << QStringList();
        QTest::addRow("silent: upper case outside the host")
            << FactsBuilder().os(u"GOPRIVATE"_s, u"github.com/Acme"_s) << QStringList();
        QTest::addRow("silent: nothing set") << FactsBuilder() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD120"_s); }

    void messageSeverityAndFix()
    {
        const auto findings = gmdtest::runCheck(u"GMD120"_s,
            FactsBuilder().os(u"GOPRIVATE"_s, u"git.corp.example, https://github.com/acme/x.git"_s).build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QCOMPARE(f.severity, gmd::Severity::Error);
        QVERIFY(f.message.contains(u"' https://github.com/acme/x.git' contains whitespace"_s));
        QVERIFY(f.message.contains(u"URL scheme"_s));
        QVERIFY(f.message.contains(u".git"_s));
        QCOMPARE(f.fix->commands, QStringList { u"export GOPRIVATE=git.corp.example,github.com/acme/x"_s });

        const auto upper =
            gmdtest::runCheck(u"GMD120"_s, FactsBuilder().envFile("GOPRIVATE=GitHub.com/Acme\n").build());
        QCOMPARE(upper.size(), 1);
        QCOMPARE(upper[0].severity, gmd::Severity::Warning);
        QCOMPARE(upper[0].fix->commands, QStringList { u"go env -w GOPRIVATE=github.com/Acme"_s });

        const auto cr =
            gmdtest::runCheck(u"GMD120"_s, FactsBuilder().envFile("GOPRIVATE=git.corp.example\r\n").build());
        QVERIFY(cr[0].message.contains(u"'git.corp.example\\r'"_s));
        QCOMPARE(cr[0].location->line, 1);
    }
};

QTEST_GUILESS_MAIN(TestGmd120)
#include "tst_gmd120.moc"
