// SPDX-License-Identifier: MIT
// GMD104 goproxy-fallback-semantics (PROXY-1, PROXY-8, PROXY-11): explains, never calls ',' an error.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd104 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: pipe list") << FactsBuilder().os(u"GOPROXY"_s, u"https://goproxy.cn|https://proxy.golang.org|direct"_s) << QStringList{u"GOPROXY"_s};
        QTest::addRow("fires: corporate proxy first with comma (H15)") << FactsBuilder().os(u"GOPROXY"_s, u"https://athens.corp.example,direct"_s) << QStringList{u"GOPROXY"_s};
        QTest::addRow("silent: the default comma list") << FactsBuilder() << QStringList();
        QTest::addRow("silent: a single entry") << FactsBuilder().os(u"GOPROXY"_s, u"https://goproxy.cn"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD104"_s); }

    void isInformationNeverAnError()
    {
        const auto findings = gmdtest::runCheck(u"GMD104"_s, FactsBuilder().os(u"GOPROXY"_s, u"https://athens.corp.example,direct"_s).build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Info);
        QVERIFY(findings[0].message.contains(u"only after 404 or 410"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd104)
#include "tst_gmd104.moc"
