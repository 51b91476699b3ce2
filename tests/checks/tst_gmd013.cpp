// SPDX-License-Identifier: MIT
// GMD013 env-file-crlf-or-quotes (ENV-5, GOENV-7).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd013 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"/home/u/.config/go/env"_s };
        QTest::addRow("fires: ENV-5 CRLF line endings keep '\\r'")
            << FactsBuilder().envFile("GOPROXY=https://goproxy.cn,direct\r\nGOPRIVATE=git.corp.example\r\n") << fires;
        QTest::addRow("fires: ENV-5 double quotes are kept")
            << FactsBuilder().envFile("GOPRIVATE=\"git.corp.example\"\n") << fires;
        QTest::addRow("fires: ENV-5 single quotes are kept")
            << FactsBuilder().envFile("GOSUMDB='sum.golang.org'\n") << fires;
        QTest::addRow("fires: ENV-5 only the last line lacks '\\n'")
            << FactsBuilder().envFile("GOPRIVATE=git.corp.example\r") << fires;
        QTest::addRow("silent: LF and no quotes")
            << FactsBuilder().envFile("GOPROXY=direct\nGOPRIVATE=*.corp\n") << QStringList();
        QTest::addRow("silent: quotes inside a value")
            << FactsBuilder().envFile("GOFLAGS=-ldflags='-s -w'\n") << QStringList();
        QTest::addRow("silent: ENV-5 CR in a comment line only")
            << FactsBuilder().envFile("# written on Windows\r\nGOPROXY=direct\n") << QStringList();
        QTest::addRow("silent: no env file") << FactsBuilder() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD013"_s); }

    void listsKeysAndFixesEach()
    {
        const auto findings = gmdtest::runCheck(u"GMD013"_s,
            FactsBuilder()
                .envFile("GOPRIVATE=git.corp.example\r\nGOTOOLCHAIN=auto\r\nGONOSUMDB=\"github.com/acme\"\n")
                .build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QCOMPARE(f.severity, gmd::Severity::Error);
        QVERIFY(f.message.contains(u"GOPRIVATE, GOTOOLCHAIN"_s));
        QVERIFY(f.message.contains(u"GONOSUMDB"_s));
        QCOMPARE(f.location->line, 1);
        QCOMPARE(f.evidence.size(), 3);
        QCOMPARE(f.evidence[0].value, u"git.corp.example\\r"_s);
        QVERIFY(f.fix);
        // GOENV-7: GOTOOLCHAIN first, or the other go commands fail.
        QCOMPARE(f.fix->commands,
            (QStringList { u"go env -w GOTOOLCHAIN=auto"_s, u"go env -w GOPRIVATE=git.corp.example"_s,
                u"go env -w GONOSUMDB=github.com/acme"_s }));
    }
};

QTEST_GUILESS_MAIN(TestGmd013)
#include "tst_gmd013.moc"
