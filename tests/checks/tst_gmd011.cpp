// SPDX-License-Identifier: MIT
// GMD011 env-file-masks-go-env (ENV-3, ENV-6).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd011 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: ENV-3 GOSUMDB= hides go.env")
            << FactsBuilder().envFile("GOSUMDB=\n") << QStringList { u"GOSUMDB"_s };
        QTest::addRow("fires: ENV-3 GOTOOLCHAIN= hides go.env")
            << FactsBuilder().envFile("GOTOOLCHAIN=\n") << QStringList { u"GOTOOLCHAIN"_s };
        QTest::addRow("fires: ENV-5 last occurrence is empty")
            << FactsBuilder().envFile("GOSUMDB=sum.golang.org\nGOSUMDB=\n") << QStringList { u"GOSUMDB"_s };
        QTest::addRow("silent: GOPROXY= is GMD100's") << FactsBuilder().envFile("GOPROXY=\n") << QStringList();
        QTest::addRow("silent: ENV-1 a non-empty OS value wins anyway")
            << FactsBuilder().os(u"GOSUMDB"_s, u"sum.golang.org"_s).envFile("GOSUMDB=\n") << QStringList();
        QTest::addRow("silent: key with a value")
            << FactsBuilder().envFile("GOSUMDB=sum.golang.google.cn\n") << QStringList();
        QTest::addRow("silent: ENV-6 go 1.19 has no go.env")
            << FactsBuilder().goVersion(u"1.19.8"_s).envFile("GOSUMDB=\n") << QStringList();
        QTest::addRow("silent: ENV-6 go.env missing is GMD014's")
            << FactsBuilder().noGoRootEnv().envFile("GOSUMDB=\n") << QStringList();
        QTest::addRow("silent: empty key that go.env does not set")
            << FactsBuilder().envFile("GOPRIVATE=\n") << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD011"_s); }

    void severityEvidenceAndFix()
    {
        const auto findings =
            gmdtest::runCheck(u"GMD011"_s, FactsBuilder().envFile("GOSUMDB=\nGOTOOLCHAIN=\n").build());
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].subject, u"GOSUMDB"_s);
        QCOMPARE(findings[0].severity, gmd::Severity::Error);
        QVERIFY(findings[0].message.contains(u"missing GOSUMDB"_s));
        QCOMPARE(findings[0].location->line, 1);
        QCOMPARE(findings[0].evidence[0].source, u"/home/u/.config/go/env:1"_s);
        QCOMPARE(findings[0].evidence[1].value, u"sum.golang.org"_s);
        QCOMPARE(findings[0].evidence[1].source, u"/usr/lib/go/go.env:3"_s);
        QCOMPARE(findings[0].fix->commands, QStringList { u"go env -u GOSUMDB"_s });
        QCOMPARE(findings[1].subject, u"GOTOOLCHAIN"_s);
        QCOMPARE(findings[1].severity, gmd::Severity::Warning);
    }
};

QTEST_GUILESS_MAIN(TestGmd011)
#include "tst_gmd011.moc"
