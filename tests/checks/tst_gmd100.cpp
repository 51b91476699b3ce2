// SPDX-License-Identifier: MIT
// GMD100 goproxy-empty-list (PROXY-5, ENV-3, ENV-6).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd100 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires{u"GOPROXY"_s};
        QTest::addRow("fires: ENV-3 empty key in env file masks go.env") << FactsBuilder().envFile("GOPROXY=\n") << fires;
        QTest::addRow("fires: ENV-6 go.env missing on go 1.24") << FactsBuilder().noGoRootEnv() << fires;
        QTest::addRow("fires: PROXY-5 only separators") << FactsBuilder().os(u"GOPROXY"_s, u",,,"_s) << fires;
        QTest::addRow("fires: PROXY-5 a blank") << FactsBuilder().os(u"GOPROXY"_s, u" "_s) << fires;
        QTest::addRow("silent: default from go.env") << FactsBuilder() << QStringList();
        QTest::addRow("silent: ENV-2 empty OS value is ignored") << FactsBuilder().os(u"GOPROXY"_s, QString())
                                                                 << QStringList();
        QTest::addRow("silent: go 1.19 falls back to the built-in default")
            << FactsBuilder().goVersion(u"1.19.8"_s).noGoRootEnv().envFile("GOPROXY=\n") << QStringList();
        QTest::addRow("silent: go not found, standard defaults assumed") << FactsBuilder().goMissing() << QStringList();
        QTest::addRow("silent: off is not empty") << FactsBuilder().os(u"GOPROXY"_s, u"off"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD100"_s); }
};

QTEST_GUILESS_MAIN(TestGmd100)
#include "tst_gmd100.moc"
