// SPDX-License-Identifier: MIT
// GMD015 empty-os-variable-ignored (ENV-2, PRIV-4).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd015 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: ENV-2 empty OS GOPROXY, go.env applies")
            << FactsBuilder().os(u"GOPROXY"_s, QString()) << QStringList { u"GOPROXY"_s };
        QTest::addRow("fires: ENV-2 empty OS GOFLAGS, the file applies")
            << FactsBuilder().os(u"GOFLAGS"_s, QString()).envFile("GOFLAGS=-mod=mod\n") << QStringList { u"GOFLAGS"_s };
        QTest::addRow("fires: PRIV-4 empty GONOPROXY does not undo GOPRIVATE")
            << FactsBuilder().os(u"GONOPROXY"_s, QString()).envFile("GOPRIVATE=git.corp.example\n")
            << QStringList { u"GONOPROXY"_s };
        QTest::addRow("fires: PRIV-4 empty GONOSUMDB does not undo GOPRIVATE")
            << FactsBuilder().os(u"GONOSUMDB"_s, QString()).os(u"GOPRIVATE"_s, u"git.corp.example"_s)
            << QStringList { u"GONOSUMDB"_s };
        QTest::addRow("silent: empty and nothing else sets it")
            << FactsBuilder().os(u"GOPRIVATE"_s, QString()) << QStringList();
        QTest::addRow("silent: ENV-7 empty GONOPROXY and empty GOPRIVATE")
            << FactsBuilder().os(u"GONOPROXY"_s, QString()) << QStringList();
        QTest::addRow("silent: non-empty OS value") << FactsBuilder().os(u"GOPROXY"_s, u"direct"_s) << QStringList();
        QTest::addRow("silent: empty variable that is not a go setting")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, QString()) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD015"_s); }

    void severitiesAndFixes()
    {
        const auto priv = gmdtest::runCheck(
            u"GMD015"_s, FactsBuilder().os(u"GONOPROXY"_s, QString()).envFile("GOPRIVATE=git.corp.example\n").build());
        QCOMPARE(priv.size(), 1);
        QCOMPARE(priv[0].severity, gmd::Severity::Warning);
        QVERIFY(priv[0].message.contains(u"'none'"_s));
        QCOMPARE(priv[0].fix->commands, QStringList { u"export GONOPROXY=none"_s });

        const auto plain = gmdtest::runCheck(
            u"GMD015"_s, FactsBuilder().os(u"GOFLAGS"_s, QString()).envFile("GOFLAGS=-mod=mod\n").build());
        QCOMPARE(plain.size(), 1);
        QCOMPARE(plain[0].severity, gmd::Severity::Info);
        QVERIFY(plain[0].message.contains(u"-mod=mod"_s));
        QCOMPARE(plain[0].fix->commands, QStringList { u"go env -u GOFLAGS"_s });

        const auto goenv = gmdtest::runCheck(u"GMD015"_s, FactsBuilder().os(u"GOPROXY"_s, QString()).build());
        QCOMPARE(goenv.size(), 1);
        QVERIFY(!goenv[0].fix);
    }
};

QTEST_GUILESS_MAIN(TestGmd015)
#include "tst_gmd015.moc"
