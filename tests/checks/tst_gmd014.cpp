// SPDX-License-Identifier: MIT
// GMD014 goroot-go-env-missing (ENV-6, golang/go#61928).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd014 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"/usr/lib/go/go.env"_s };
        QTest::addRow("fires: ENV-6 go 1.24 without go.env") << FactsBuilder().noGoRootEnv() << fires;
        QTest::addRow("fires: ENV-6 go 1.21.0 without go.env")
            << FactsBuilder().goVersion(u"1.21.0"_s).noGoRootEnv() << fires;
        QTest::addRow("fires: ENV-6 values set elsewhere (warning)")
            << FactsBuilder()
                   .noGoRootEnv()
                   .os(u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s)
                   .envFile("GOSUMDB=sum.golang.org\nGOTOOLCHAIN=local\n")
            << fires;
        QTest::addRow("silent: go.env present") << FactsBuilder() << QStringList();
        QTest::addRow("silent: ENV-6 go 1.20 has built-in defaults")
            << FactsBuilder().goVersion(u"1.20.14"_s).noGoRootEnv() << QStringList();
        QTest::addRow("silent: go missing") << FactsBuilder().goMissing().noGoRootEnv() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD014"_s); }

    void severityFollowsTheDamage()
    {
        const auto broken = gmdtest::runCheck(u"GMD014"_s, FactsBuilder().noGoRootEnv().build());
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken[0].severity, gmd::Severity::Error);
        QVERIFY(broken[0].message.contains(u"GOPROXY list is not the empty string, but contains no entries"_s));
        QVERIFY(broken[0].message.contains(u"missing GOSUMDB"_s));
        QVERIFY(broken[0].fix);
        QCOMPARE(broken[0].fix->commands,
            QStringList {
                u"go env -w GOPROXY=https://proxy.golang.org,direct GOSUMDB=sum.golang.org GOTOOLCHAIN=auto"_s });

        const auto partly = gmdtest::runCheck(
            u"GMD014"_s, FactsBuilder().noGoRootEnv().os(u"GOPROXY"_s, u"direct"_s).envFile("GOSUMDB=off\n").build());
        QCOMPARE(partly.size(), 1);
        QCOMPARE(partly[0].severity, gmd::Severity::Warning);
        QCOMPARE(partly[0].fix->commands, QStringList { u"go env -w GOTOOLCHAIN=auto"_s });
    }
};

QTEST_GUILESS_MAIN(TestGmd014)
#include "tst_gmd014.moc"
