// SPDX-License-Identifier: MIT
// GMD103 goproxy-ignored-entries (PROXY-2).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd103 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: direct,https://x") << FactsBuilder().os(u"GOPROXY"_s, u"direct,https://proxy.golang.org"_s) << QStringList{u"GOPROXY"_s};
        QTest::addRow("fires: off,direct") << FactsBuilder().os(u"GOPROXY"_s, u"off,direct"_s) << QStringList{u"GOPROXY"_s};
        QTest::addRow("silent: direct last") << FactsBuilder().os(u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s) << QStringList();
        QTest::addRow("silent: direct alone") << FactsBuilder().os(u"GOPROXY"_s, u"direct"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD103"_s); }
};

QTEST_GUILESS_MAIN(TestGmd103)
#include "tst_gmd103.moc"
