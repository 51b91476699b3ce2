// SPDX-License-Identifier: MIT
// GMD101 goproxy-off (PROXY-10, PROXY-7).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd101 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: GOPROXY=off in the OS") << FactsBuilder().os(u"GOPROXY"_s, u"off"_s)
                                                      << QStringList{u"GOPROXY"_s};
        QTest::addRow("fires: off,direct is off (PROXY-2)") << FactsBuilder().envFile("GOPROXY=off,direct\n")
                                                            << QStringList{u"GOPROXY"_s};
        QTest::addRow("silent: off after a proxy is a deliberate end")
            << FactsBuilder().os(u"GOPROXY"_s, u"https://proxy.golang.org,off"_s) << QStringList();
        QTest::addRow("silent: default") << FactsBuilder() << QStringList();
        QTest::addRow("silent: OFF is not the keyword (GMD102 reports it)") << FactsBuilder().os(u"GOPROXY"_s, u"OFF"_s)
                                                                              << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD101"_s); }
};

QTEST_GUILESS_MAIN(TestGmd101)
#include "tst_gmd101.moc"
