// SPDX-License-Identifier: MIT
// GMD164 all-proxy-ignored-by-go (NET-3 names only HTTP(S)_PROXY and NO_PROXY).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
QString allText(const gmd::Finding& f)
{
    QString all = f.message + f.subject;
    for (const gmd::Evidence& e : f.evidence)
        all += e.label + e.value + e.source;
    if (f.fix)
        all += f.fix->description + f.fix->commands.join(u' ');
    return all;
}
} // namespace

class TestGmd164 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: NET-3 ALL_PROXY only")
            << FactsBuilder().os(u"ALL_PROXY"_s, u"socks5h://127.0.0.1:1080"_s) << QStringList{u"ALL_PROXY"_s};
        QTest::addRow("fires: NET-3 all_proxy with HTTP_PROXY (Go uses HTTP_PROXY for http only)")
            << FactsBuilder().os(u"all_proxy"_s, u"http://proxy.corp:3128"_s).os(u"HTTP_PROXY"_s, u"http://proxy.corp:3128"_s)
            << QStringList{u"all_proxy"_s};
        QTest::addRow("silent: HTTPS_PROXY set too")
            << FactsBuilder().os(u"ALL_PROXY"_s, u"socks5://127.0.0.1:1080"_s).os(u"HTTPS_PROXY"_s, u"socks5://127.0.0.1:1080"_s)
            << QStringList();
        QTest::addRow("silent: https_proxy set too")
            << FactsBuilder().os(u"all_proxy"_s, u"http://proxy.corp:3128"_s).os(u"https_proxy"_s, u"http://proxy.corp:3128"_s)
            << QStringList();
        QTest::addRow("silent: no proxy") << FactsBuilder() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD164"_s); }

    void fixTranslatesSocks5h()
    {
        const auto findings =
            gmdtest::runCheck(u"GMD164"_s, FactsBuilder().os(u"ALL_PROXY"_s, u"socks5h://127.0.0.1:1080"_s).build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Info);
        QCOMPARE(findings[0].fix->commands, QStringList{u"export HTTPS_PROXY=socks5://127.0.0.1:1080"_s});
    }

    void passwordNeverShown()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD164"_s, FactsBuilder().os(u"ALL_PROXY"_s, u"http://user:pw@proxy.corp:3128"_s).build());
        QCOMPARE(findings.size(), 1);
        const QString all = allText(findings[0]);
        QVERIFY2(!all.contains(u"user:pw"_s), qPrintable(all));
        QCOMPARE(findings[0].fix->commands, QStringList{u"export HTTPS_PROXY=\"$ALL_PROXY\""_s});
    }
};

QTEST_GUILESS_MAIN(TestGmd164)
#include "tst_gmd164.moc"
