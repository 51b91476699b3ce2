// SPDX-License-Identifier: MIT
// GMD102 goproxy-invalid-entry (PROXY-2..4).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd102 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires{u"GOPROXY"_s};
        QTest::addRow("fires: PROXY-2 DIRECT in upper case") << FactsBuilder().os(u"GOPROXY"_s, u"https://proxy.golang.org,DIRECT"_s) << fires;
        QTest::addRow("fires: PROXY-4 literal quotes from an env file") << FactsBuilder().envFile("GOPROXY=\"https://proxy.golang.org,direct\"\n") << fires;
        QTest::addRow("fires: PROXY-1 space inside an entry") << FactsBuilder().os(u"GOPROXY"_s, u"https://proxy.golang.org direct"_s) << fires;
        QTest::addRow("fires: PROXY-4 socks5 scheme") << FactsBuilder().os(u"GOPROXY"_s, u"socks5://127.0.0.1:1080"_s) << fires;
        QTest::addRow("fires: PROXY-4 absolute path without file://") << FactsBuilder().os(u"GOPROXY"_s, u"/srv/goproxy"_s) << fires;
        QTest::addRow("silent: default") << FactsBuilder() << QStringList();
        QTest::addRow("silent: PROXY-3 implied https") << FactsBuilder().os(u"GOPROXY"_s, u"goproxy.cn,direct"_s) << QStringList();
        QTest::addRow("fires: PROXY-1 ';' glues two entries into one URL") << FactsBuilder().os(u"GOPROXY"_s, u"https://proxy.golang.org;direct"_s) << fires;
        QTest::addRow("silent: empty list is GMD100's") << FactsBuilder().os(u"GOPROXY"_s, u","_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD102"_s); }

    void fixIsTheParsableValue()
    {
        const auto findings = gmdtest::runCheck(u"GMD102"_s, FactsBuilder().envFile("GOPROXY=\"https://goproxy.cn,DIRECT\"\n").build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands, QStringList{u"go env -w GOPROXY=https://goproxy.cn,direct"_s});
        QVERIFY(findings[0].location.has_value());
        QCOMPARE(findings[0].location->line, 1);
    }
};

QTEST_GUILESS_MAIN(TestGmd102)
#include "tst_gmd102.moc"
