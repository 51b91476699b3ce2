// SPDX-License-Identifier: MIT
// GMD132 goflags-insecure (FLAGS-1, golang/go#37519).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd132 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"GOFLAGS"_s };
        QTest::addRow("fires: FLAGS-1 -insecure alone") << FactsBuilder().os(u"GOFLAGS"_s, u"-insecure"_s) << fires;
        QTest::addRow("fires: FLAGS-1 -insecure among other flags in the env file")
            << FactsBuilder().envFile("GOFLAGS=-mod=mod -insecure\n") << fires;
        QTest::addRow("fires: FLAGS-1 --insecure=true")
            << FactsBuilder().os(u"GOFLAGS"_s, u"--insecure=true"_s) << fires;
        QTest::addRow("silent: FLAGS-1 other flags") << FactsBuilder().os(u"GOFLAGS"_s, u"-mod=mod"_s) << QStringList();
        QTest::addRow("silent: FLAGS-1 go 1.16 still honoured -insecure")
            << FactsBuilder().goVersion(u"1.16.15"_s).os(u"GOFLAGS"_s, u"-insecure"_s) << QStringList();
        QTest::addRow("silent: GOINSECURE is the replacement")
            << FactsBuilder().os(u"GOINSECURE"_s, u"git.corp.example"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD132"_s); }

    void fixRemovesTheFlag()
    {
        auto findings =
            gmdtest::runCheck(u"GMD132"_s, FactsBuilder().os(u"GOFLAGS"_s, u"-mod=mod -insecure"_s).build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(u"go: -insecure flag is no longer supported; use GOINSECURE instead"_s));
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands, QStringList { u"export GOFLAGS=-mod=mod"_s });
        findings = gmdtest::runCheck(u"GMD132"_s, FactsBuilder().envFile("GOFLAGS=-insecure\n").build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].fix->commands, QStringList { u"go env -u GOFLAGS"_s });
    }
};

QTEST_GUILESS_MAIN(TestGmd132)
#include "tst_gmd132.moc"
