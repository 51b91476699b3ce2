// SPDX-License-Identifier: MIT
// GMD160 http-proxy-in-use (NET-3): which requests of go use the proxy, and why.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n\nrequire (\n\tgit.corp.example/team/lib v1.0.0\n"
                          "\tgithub.com/pkg/errors v0.9.1\n)\n";

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

class TestGmd160 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: NET-3 HTTPS_PROXY with credentials")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, u"http://user:pw@proxy.corp:3128"_s) << QStringList{u"HTTPS_PROXY"_s};
        QTest::addRow("fires: NET-3 lower-case http_proxy only")
            << FactsBuilder().os(u"http_proxy"_s, u"proxy.corp:3128"_s) << QStringList{u"http_proxy"_s};
        QTest::addRow("fires: NET-3 upper-case wins over lower-case")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, u"http://a.corp:3128"_s).os(u"https_proxy"_s, u"http://b.corp:3128"_s)
            << QStringList{u"HTTPS_PROXY"_s};
        QTest::addRow("silent: no proxy variable") << FactsBuilder() << QStringList();
        QTest::addRow("silent: NET-3 empty values are unset") << FactsBuilder().os(u"HTTPS_PROXY"_s, QString()) << QStringList();
        QTest::addRow("silent: unparsable value is GMD161's")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, u"proxy.corp%zz:3128"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD160"_s); }

    void explainsEachHost()
    {
        const auto findings = gmdtest::runCheck(u"GMD160"_s, FactsBuilder()
                                                                 .os(u"HTTPS_PROXY"_s, u"http://user:pw@proxy.corp:3128"_s)
                                                                 .os(u"NO_PROXY"_s, u".corp.example"_s)
                                                                 .os(u"GOPRIVATE"_s, u"git.corp.example"_s)
                                                                 .goMod(kGoMod)
                                                                 .build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QCOMPARE(f.severity, gmd::Severity::Info);
        QVERIFY2(f.message.contains(u"proxy.golang.org (GOPROXY entry): through http://user:xxxxx@proxy.corp:3128"_s),
                 qPrintable(f.message));
        QVERIFY2(f.message.contains(u"sum.golang.org (checksum database): through"_s), qPrintable(f.message));
        QVERIFY2(f.message.contains(u"git.corp.example (go-get discovery of git.corp.example/team/lib): directly"_s),
                 qPrintable(f.message));
        QVERIFY(f.message.contains(u"git"_s));
        bool reason = false;
        for (const gmd::Evidence& e : f.evidence)
            reason = reason || e.source.contains(u"host matches NO_PROXY entry '.corp.example'"_s);
        QVERIFY(reason);
    }

    void passwordNeverShown()
    {
        const auto findings = gmdtest::runCheck(u"GMD160"_s, FactsBuilder()
                                                                 .os(u"HTTPS_PROXY"_s, u"http://user:pw@proxy.corp:3128"_s)
                                                                 .os(u"HTTP_PROXY"_s, u"http://user:pw@proxy.corp:3128"_s)
                                                                 .goMod(kGoMod)
                                                                 .build());
        QCOMPARE(findings.size(), 1);
        const QString all = allText(findings[0]);
        QVERIFY2(!all.contains(u"user:pw"_s), qPrintable(all));
        QVERIFY(all.contains(u"user:xxxxx@proxy.corp"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd160)
#include "tst_gmd160.moc"
