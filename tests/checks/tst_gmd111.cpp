// SPDX-License-Identifier: MIT
// GMD111 gosumdb-invalid (SUMDB-2, ENV-3, ENV-6).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd111 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"GOSUMDB"_s };
        QTest::addRow("fires: SUMDB-2 a URL alone")
            << FactsBuilder().os(u"GOSUMDB"_s, u"https://sum.golang.org"_s) << fires;
        QTest::addRow("fires: SUMDB-2 too many fields") << FactsBuilder().os(u"GOSUMDB"_s, u"a b c"_s) << fires;
        QTest::addRow("fires: SUMDB-2 'Off'") << FactsBuilder().envFile("GOSUMDB=Off\n") << fires;
        QTest::addRow("fires: SUMDB-2 literal quotes")
            << FactsBuilder().envFile("GOSUMDB=\"sum.golang.org\"\n") << fires;
        QTest::addRow("fires: ENV-3 empty key masks go.env") << FactsBuilder().envFile("GOSUMDB=\n") << fires;
        QTest::addRow("fires: ENV-6 go.env missing") << FactsBuilder().noGoRootEnv() << fires;
        QTest::addRow("silent: default") << FactsBuilder() << QStringList();
        QTest::addRow("silent: go not found, standard defaults assumed") << FactsBuilder().goMissing() << QStringList();
        QTest::addRow("silent: off is valid (GMD110's)") << FactsBuilder().os(u"GOSUMDB"_s, u"off"_s) << QStringList();
        QTest::addRow("silent: SUMDB-2 alias")
            << FactsBuilder().os(u"GOSUMDB"_s, u"sum.golang.google.cn"_s) << QStringList();
        QTest::addRow("silent: SUMDB-2 name and URL")
            << FactsBuilder().os(u"GOSUMDB"_s, u"sum.golang.org https://goproxy.cn/sumdb/sum.golang.org"_s)
            << QStringList();
        QTest::addRow("silent: ENV-2 empty OS value") << FactsBuilder().os(u"GOSUMDB"_s, QString()) << QStringList();
        QTest::addRow("silent: go 1.19 built-in default")
            << FactsBuilder().goVersion(u"1.19.8"_s).noGoRootEnv() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD111"_s); }

    void exactErrorsAndFixes_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QStringList>("commands");
        QTest::addRow("url") << FactsBuilder().os(u"GOSUMDB"_s, u"https://sum.golang.org"_s)
                             << u"verifying module: invalid GOSUMDB: malformed verifier id"_s
                             << QStringList { u"export GOSUMDB=sum.golang.org"_s };
        QTest::addRow("fields") << FactsBuilder().os(u"GOSUMDB"_s, u"a b c"_s)
                                << u"verifying module: invalid GOSUMDB: too many fields"_s
                                << QStringList { u"export GOSUMDB=sum.golang.org"_s };
        QTest::addRow("quotes") << FactsBuilder().envFile("GOSUMDB=\"sum.golang.org\"\n")
                                << u"invalid GOSUMDB: malformed verifier id"_s
                                << QStringList { u"go env -w GOSUMDB=sum.golang.org"_s };
        QTest::addRow("mirror URL") << FactsBuilder().os(u"GOSUMDB"_s, u"https://goproxy.cn/sumdb/sum.golang.org"_s)
                                    << u"malformed verifier id"_s
                                    << QStringList {
                                           u"export GOSUMDB='sum.golang.org https://goproxy.cn/sumdb/sum.golang.org'"_s
                                       };
        QTest::addRow("masked") << FactsBuilder().envFile("GOSUMDB=\n") << u"verifying module: missing GOSUMDB"_s
                                << QStringList { u"go env -u GOSUMDB"_s };
        QTest::addRow("no go.env") << FactsBuilder().noGoRootEnv() << u"missing GOSUMDB"_s
                                   << QStringList { u"go env -w GOSUMDB=sum.golang.org"_s };
    }
    void exactErrorsAndFixes()
    {
        QFETCH(FactsBuilder, facts);
        QFETCH(QString, error);
        QFETCH(QStringList, commands);
        const auto findings = gmdtest::runCheck(u"GMD111"_s, facts.build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Error);
        QVERIFY2(findings[0].message.contains(error), qPrintable(findings[0].message));
        QVERIFY(findings[0].fix);
        QCOMPARE(findings[0].fix->commands, commands);
    }
};

QTEST_GUILESS_MAIN(TestGmd111)
#include "tst_gmd111.moc"
