// SPDX-License-Identifier: MIT
// GMD153 gopath-and-gomodcache-empty (CACHE-4).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd153 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires{u"GOPATH"_s};
        QTest::addRow("fires: CACHE-4 HOME unset (systemd unit)") << FactsBuilder().unsetOs(u"HOME"_s) << fires;
        QTest::addRow("fires: $HOME/go is GOROOT") << FactsBuilder().os(u"HOME"_s, u"/usr/lib"_s) << fires;
        QTest::addRow("fires: first GOPATH entry empty") << FactsBuilder().os(u"GOPATH"_s, u":/srv/go"_s) << fires;
        QTest::addRow("fires: GOMODCACHE set but GOPATH empty (sumdb state)")
            << FactsBuilder().unsetOs(u"HOME"_s).os(u"GOMODCACHE"_s, u"/cache/mod"_s) << fires;
        QTest::addRow("silent: default $HOME/go") << FactsBuilder() << QStringList();
        QTest::addRow("silent: HOME unset but GOPATH exported")
            << FactsBuilder().unsetOs(u"HOME"_s).os(u"GOPATH"_s, u"/srv/go"_s) << QStringList();
        QTest::addRow("silent: ENV-2 empty OS GOPATH falls back to $HOME/go")
            << FactsBuilder().os(u"GOPATH"_s, QString()) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD153"_s); }

    void noHomeIsAnErrorWithAHomeFix()
    {
        const auto findings = gmdtest::runCheck(u"GMD153"_s, FactsBuilder().unsetOs(u"HOME"_s).build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Error);
        QVERIFY(findings[0].message.contains(u"neither GOMODCACHE nor GOPATH is set"_s));
        QVERIFY(findings[0].message.contains(u"GOCACHE is off"_s));
        QVERIFY(findings[0].fix.has_value());
        QVERIFY(findings[0].fix->commands.value(0).startsWith(u"export HOME="_s));
    }

    void onlySumdbStateIsAWarning()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD153"_s, FactsBuilder().unsetOs(u"HOME"_s).os(u"GOMODCACHE"_s, u"/cache/mod"_s).build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Warning);
        QVERIFY(findings[0].message.contains(u"missing $GOPATH"_s));
    }

    void gorootCaseMovesGopath()
    {
        const auto findings = gmdtest::runCheck(u"GMD153"_s, FactsBuilder().os(u"HOME"_s, u"/usr/lib"_s).build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(u"GOROOT"_s));
        QCOMPARE(findings[0].fix->commands, QStringList{u"go env -w GOPATH=/usr/lib/gopath"_s});
    }
};

QTEST_GUILESS_MAIN(TestGmd153)
#include "tst_gmd153.moc"
