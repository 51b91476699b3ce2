// SPDX-License-Identifier: MIT
// GMD131 goflags-invalid (FLAGS-1, GOENV-4).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd131 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"GOFLAGS"_s };
        QTest::addRow("fires: FLAGS-1 unknown flag") << FactsBuilder().os(u"GOFLAGS"_s, u"-mod=mod -foo"_s) << fires;
        QTest::addRow("fires: FLAGS-1 value after a blank is a non-flag")
            << FactsBuilder().os(u"GOFLAGS"_s, u"-mod mod"_s) << fires;
        QTest::addRow("fires: FLAGS-1 unterminated quote") << FactsBuilder().envFile("GOFLAGS='-mod=mod\n") << fires;
        QTest::addRow("silent: FLAGS-1 known flags")
            << FactsBuilder().os(u"GOFLAGS"_s, u"-mod=mod -x"_s) << QStringList();
        QTest::addRow("silent: FLAGS-1 -insecure is known (GMD132)")
            << FactsBuilder().os(u"GOFLAGS"_s, u"-insecure"_s) << QStringList();
        QTest::addRow("silent: FLAGS-1 quoted field with a blank")
            << FactsBuilder().os(u"GOFLAGS"_s, u"'-tags=a b' -modcacherw"_s) << QStringList();
        QTest::addRow("silent: unset") << FactsBuilder() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD131"_s); }

    void fixKeepsWhatGoAccepts_data()
    {
        QTest::addColumn<QString>("goflags");
        QTest::addColumn<QString>("command");
        QTest::addRow("FLAGS-1 unknown flag dropped") << u"-mod=mod -foo"_s << u"export GOFLAGS=-mod=mod"_s;
        QTest::addRow("FLAGS-1 blank-separated value joined") << u"-mod mod -x"_s << u"export GOFLAGS='-mod=mod -x'"_s;
        QTest::addRow("FLAGS-1 -insecure dropped as well") << u"-insecure -foo -x"_s << u"export GOFLAGS=-x"_s;
        QTest::addRow("FLAGS-1 nothing left") << u"foo"_s << u"unset GOFLAGS"_s;
    }
    void fixKeepsWhatGoAccepts()
    {
        QFETCH(QString, goflags);
        QFETCH(QString, command);
        const auto findings = gmdtest::runCheck(u"GMD131"_s, FactsBuilder().os(u"GOFLAGS"_s, goflags).build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands, QStringList { command });
        QVERIFY(findings[0].message.contains(u"go: parsing $GOFLAGS: "_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd131)
#include "tst_gmd131.moc"
