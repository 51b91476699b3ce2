// SPDX-License-Identifier: MIT
// GMD172 godebug-network-limit (NET-5).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd172 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QString var = u"GODEBUG"_s;
        QTest::addRow("fires: NET-5 cmdgonetlimit=0 disables the network")
            << FactsBuilder().os(var, u"cmdgonetlimit=0"_s) << QStringList{var};
        QTest::addRow("fires: NET-5 cmdgonetlimit=2 among other settings")
            << FactsBuilder().os(var, u"http2client=0,cmdgonetlimit=2"_s) << QStringList{var};
        QTest::addRow("fires: NET-5 not an integer") << FactsBuilder().os(var, u"cmdgonetlimit=two"_s) << QStringList{var};
        QTest::addRow("fires: the last setting wins") << FactsBuilder().os(var, u"cmdgonetlimit=0,cmdgonetlimit=4"_s)
                                                      << QStringList{var};
        QTest::addRow("silent: no GODEBUG") << FactsBuilder() << QStringList();
        QTest::addRow("silent: other settings only") << FactsBuilder().os(var, u"http2client=0"_s) << QStringList();
        QTest::addRow("silent: NET-5 negative means no limit") << FactsBuilder().os(var, u"cmdgonetlimit=-1"_s) << QStringList();
        QTest::addRow("silent: an empty value is unset") << FactsBuilder().os(var, u"cmdgonetlimit="_s) << QStringList();
        QTest::addRow("silent: the last setting wins (negative)")
            << FactsBuilder().os(var, u"cmdgonetlimit=0,cmdgonetlimit=-1"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD172"_s); }

    void severityDependsOnTheLimit_data()
    {
        QTest::addColumn<QString>("godebug");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("quote");
        QTest::addRow("0") << u"cmdgonetlimit=0"_s << int(gmd::Severity::Error) << u"network disabled by cmdgonetlimit=0"_s;
        QTest::addRow("bad") << u"cmdgonetlimit=two"_s << int(gmd::Severity::Error)
                             << u"invalid cmdgonetlimit: strconv.Atoi: parsing \"two\": invalid syntax"_s;
        QTest::addRow("1") << u"cmdgonetlimit=1"_s << int(gmd::Severity::Info) << u"at most 1 network operation at a time"_s;
    }
    void severityDependsOnTheLimit()
    {
        QFETCH(QString, godebug);
        QFETCH(int, severity);
        QFETCH(QString, quote);
        const auto findings = gmdtest::runCheck(u"GMD172"_s, FactsBuilder().os(u"GODEBUG"_s, godebug).build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(int(findings[0].severity), severity);
        QVERIFY2(findings[0].message.contains(quote), qPrintable(findings[0].message));
    }

    void fixKeepsOtherSettings()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD172"_s, FactsBuilder().os(u"GODEBUG"_s, u"http2client=0,cmdgonetlimit=0"_s).build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].fix->commands, QStringList{u"export GODEBUG=http2client=0"_s});
    }
};

QTEST_GUILESS_MAIN(TestGmd172)
#include "tst_gmd172.moc"
