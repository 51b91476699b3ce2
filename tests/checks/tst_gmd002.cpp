// SPDX-License-Identifier: MIT
// GMD002 go-hangs.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd002 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: go hung") << FactsBuilder().goHung() << QStringList{u"go"_s};
        QTest::addRow("silent: go answered") << FactsBuilder() << QStringList();
        QTest::addRow("silent: go missing") << FactsBuilder().goMissing() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD002"_s); }
};

QTEST_GUILESS_MAIN(TestGmd002)
#include "tst_gmd002.moc"
