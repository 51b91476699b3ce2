// SPDX-License-Identifier: MIT
// GMD001 go-not-found.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd001 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: go missing") << FactsBuilder().goMissing() << QStringList{u"go"_s};
        QTest::addRow("silent: go found") << FactsBuilder() << QStringList();
        QTest::addRow("silent: go found but hung (GMD002's)") << FactsBuilder().goHung() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD001"_s); }
};

QTEST_GUILESS_MAIN(TestGmd001)
#include "tst_gmd001.moc"
