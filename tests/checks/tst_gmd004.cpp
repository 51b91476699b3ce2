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
        QTest::addRow("fires: go 1.24 without any cache location")
            << FactsBuilder().goEnvJsonError(u"go: build cache is required, but could not be located: GOCACHE is not defined and neither $XDG_CACHE_HOME nor $HOME are defined"_s)
            << QStringList{u"go"_s};
        QTest::addRow("fires: broken go.work")
            << FactsBuilder().goEnvJsonError(u"go: errors parsing go.work:\ngo.work:3: unknown directive: usee"_s)
            << QStringList{u"go"_s};
        QTest::addRow("silent: invalid GOTOOLCHAIN is GMD140's (GOENV-7)")
            << FactsBuilder().envFile("GOTOOLCHAIN=go1.99bogus+foo\n").goEnvJsonError(u"go: invalid GOTOOLCHAIN \"go1.99bogus+foo\": only version suffixes are +auto and +path"_s)
            << QStringList();
        QTest::addRow("silent: go env works") << FactsBuilder().goEnvJson({}) << QStringList();
        QTest::addRow("silent: go missing") << FactsBuilder().goMissing() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD004"_s); }

};

QTEST_GUILESS_MAIN(TestGmd004)
#include "tst_gmd004.moc"
