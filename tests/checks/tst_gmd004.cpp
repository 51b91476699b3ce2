// SPDX-License-Identifier: MIT
// GMD004 go-env-fails (GOENV-7).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd004 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: invalid GOTOOLCHAIN in the env file")
            << FactsBuilder().envFile("GOTOOLCHAIN=go1.99bogus\n").goEnvJsonError(u"go: invalid GOTOOLCHAIN \"go1.99bogus\""_s)
            << QStringList{u"go"_s};
        QTest::addRow("silent: go env works") << FactsBuilder().goEnvJson({}) << QStringList();
        QTest::addRow("silent: go missing") << FactsBuilder().goMissing() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD004"_s); }

    void fixUsesTheFormsThatStillWork()
    {
        const auto findings = gmdtest::runCheck(u"GMD004"_s,
            FactsBuilder().envFile("GOTOOLCHAIN=go1.99bogus\n").goEnvJsonError(u"go: invalid GOTOOLCHAIN \"go1.99bogus\""_s).build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].fix.has_value());
        QVERIFY(findings[0].fix->commands.contains(u"go env -w GOTOOLCHAIN=auto"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd004)
#include "tst_gmd004.moc"
