// SPDX-License-Identifier: MIT
// GMD161 http-proxy-unparsable (NET-3): Go ignores a value it cannot parse, or keeps a URL it cannot dial.
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

class TestGmd161 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: NET-3 unparsable value is ignored (goes direct)")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, u"proxy.corp%zz:3128"_s) << QStringList{u"HTTPS_PROXY"_s};
        QTest::addRow("fires: NET-3 socks5h is not a Go proxy scheme")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, u"socks5h://127.0.0.1:1080"_s) << QStringList{u"HTTPS_PROXY"_s};
        QTest::addRow("fires: NET-3 quoted value from an env file")
            << FactsBuilder().os(u"https_proxy"_s, u"\"http://proxy.corp:3128\""_s) << QStringList{u"https_proxy"_s};
        QTest::addRow("fires: lower-case http_proxy is read when HTTP_PROXY is unset")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, u"http://proxy.corp:3128"_s).os(u"http_proxy"_s, u"proxy.corp%zz"_s)
            << QStringList{u"http_proxy"_s};
        QTest::addRow("silent: NET-3 no scheme gets http://")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, u"proxy.corp:3128"_s) << QStringList();
        QTest::addRow("silent: socks5 is supported")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, u"socks5://127.0.0.1:1080"_s) << QStringList();
        QTest::addRow("silent: NET-3 shadowed lower-case value is never read")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, u"http://proxy.corp:3128"_s).os(u"https_proxy"_s, u"proxy.corp%zz"_s)
            << QStringList();
        QTest::addRow("silent: no proxy") << FactsBuilder() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD161"_s); }

    void quotesAreRemovedByTheFix()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD161"_s, FactsBuilder().os(u"HTTPS_PROXY"_s, u"\"http://proxy.corp:3128\""_s).build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands, QStringList{u"export HTTPS_PROXY=http://proxy.corp:3128"_s});
    }

    void passwordNeverShown()
    {
        for (const QString& value : {u"http://user:pw@proxy.corp%zz:3128"_s, u"socks5h://user:pw@proxy.corp:1080"_s,
                                     u"\"http://user:pw@proxy.corp:3128\""_s}) {
            const auto findings = gmdtest::runCheck(u"GMD161"_s, FactsBuilder().os(u"HTTPS_PROXY"_s, value).build());
            QCOMPARE(findings.size(), 1);
            const QString all = allText(findings[0]);
            QVERIFY2(!all.contains(u"user:pw"_s), qPrintable(all));
        }
    }
};

QTEST_GUILESS_MAIN(TestGmd161)
#include "tst_gmd161.moc"
