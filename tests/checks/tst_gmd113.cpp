// SPDX-License-Identifier: MIT
// GMD113 gonosumcheck-not-a-go-variable (SUMDB-1, PRIV-1).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd113 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: GONOSUMCHECK=1")
            << FactsBuilder().os(u"GONOSUMCHECK"_s, u"1"_s) << QStringList { u"GONOSUMCHECK"_s };
        QTest::addRow("fires: GONOVERIFY with patterns")
            << FactsBuilder().os(u"GONOVERIFY"_s, u"git.corp.example"_s) << QStringList { u"GONOVERIFY"_s };
        QTest::addRow("fires: both") << FactsBuilder().os(u"GONOSUMCHECK"_s, u"*"_s).os(u"GONOVERIFY"_s, u"1"_s)
                                     << QStringList { u"GONOSUMCHECK"_s, u"GONOVERIFY"_s };
        QTest::addRow("silent: GONOSUMDB") << FactsBuilder().os(u"GONOSUMDB"_s, u"git.corp.example"_s) << QStringList();
        QTest::addRow("silent: ENV-2 empty") << FactsBuilder().os(u"GONOSUMCHECK"_s, QString()) << QStringList();
        QTest::addRow("silent: nothing set") << FactsBuilder() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD113"_s); }

    void fixes()
    {
        const auto patterns = gmdtest::runCheck(u"GMD113"_s,
            FactsBuilder().os(u"GONOVERIFY"_s, u"git.corp.example"_s).envFile("GOPRIVATE=github.com/acme\n").build());
        QCOMPARE(patterns.size(), 1);
        QVERIFY(patterns[0].message.contains(u"GONOSUMDB"_s));
        // GONOSUMDB set on its own stops following GOPRIVATE: its current value is kept.
        QCOMPARE(patterns[0].fix->commands,
            (QStringList { u"unset GONOVERIFY"_s, u"go env -w GONOSUMDB=github.com/acme,git.corp.example"_s }));

        const auto covered = gmdtest::runCheck(u"GMD113"_s,
            FactsBuilder().os(u"GONOSUMCHECK"_s, u"git.corp.example"_s).os(u"GONOSUMDB"_s, u"*.example"_s).build());
        QCOMPARE(covered[0].fix->commands, QStringList { u"unset GONOSUMCHECK"_s });

        const auto sw = gmdtest::runCheck(u"GMD113"_s, FactsBuilder().os(u"GONOSUMCHECK"_s, u"1"_s).build());
        QVERIFY(sw[0].message.contains(u"not a switch"_s));
        QCOMPARE(sw[0].fix->commands, QStringList { u"unset GONOSUMCHECK"_s });

        const auto star = gmdtest::runCheck(u"GMD113"_s, FactsBuilder().os(u"GONOSUMCHECK"_s, u"*"_s).build());
        QCOMPARE(star[0].fix->commands, QStringList { u"unset GONOSUMCHECK"_s });
        QVERIFY(star[0].fix->description.contains(u"'*' is not carried over"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd113)
#include "tst_gmd113.moc"
