// SPDX-License-Identifier: MIT
// GMD105 goproxy-no-direct-fallback.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd105 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: only a corporate proxy") << FactsBuilder().os(u"GOPROXY"_s, u"https://athens.corp.example"_s) << QStringList{u"GOPROXY"_s};
        QTest::addRow("silent: corporate proxy then direct") << FactsBuilder().os(u"GOPROXY"_s, u"https://athens.corp.example,direct"_s) << QStringList();
        QTest::addRow("silent: corporate proxy then public mirror") << FactsBuilder().os(u"GOPROXY"_s, u"https://athens.corp.example,https://proxy.golang.org"_s) << QStringList();
        QTest::addRow("silent: file proxy (offline builds)") << FactsBuilder().os(u"GOPROXY"_s, u"file:///srv/goproxy"_s) << QStringList();
        QTest::addRow("silent: default") << FactsBuilder() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD105"_s); }
};

QTEST_GUILESS_MAIN(TestGmd105)
#include "tst_gmd105.moc"
