// SPDX-License-Identifier: MIT
// GMD106 goproxy-insecure-credentials (NET-4, AUTH-1).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd106 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: http with user and password") << FactsBuilder().os(u"GOPROXY"_s, u"http://ci:s3cret@nexus.corp.example/repository/go,direct"_s) << QStringList{u"GOPROXY"_s};
        QTest::addRow("silent: https with credentials") << FactsBuilder().os(u"GOPROXY"_s, u"https://ci:s3cret@nexus.corp.example/repository/go,direct"_s) << QStringList();
        QTest::addRow("silent: http without credentials") << FactsBuilder().os(u"GOPROXY"_s, u"http://127.0.0.1:3000,direct"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD106"_s); }

    void secretNeverShown()
    {
        const auto findings = gmdtest::runCheck(u"GMD106"_s, FactsBuilder().os(u"GOPROXY"_s, u"http://ci:s3cret@nexus.corp.example/go"_s).build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QString all = f.message;
        for (const gmd::Evidence& e : f.evidence)
            all += e.value + e.label + e.source;
        if (f.fix)
            all += f.fix->description + f.fix->commands.join(u' ');
        QVERIFY2(!all.contains(u"s3cret"_s), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestGmd106)
#include "tst_gmd106.moc"
