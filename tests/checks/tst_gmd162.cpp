// SPDX-License-Identifier: MIT
// GMD162 no-proxy-misses-private-hosts (NET-3, VCS-1, H3, H17).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n\nrequire (\n\tgit.corp.example/team/lib v1.0.0\n"
                          "\tgithub.com/corp/tools v0.3.0\n\tgithub.com/pkg/errors v0.9.1\n)\n";

FactsBuilder privateBehindProxy()
{
    return FactsBuilder()
        .goMod(kGoMod)
        .os(u"GOPRIVATE"_s, u"git.corp.example,github.com/corp"_s)
        .os(u"HTTPS_PROXY"_s, u"http://user:pw@proxy.corp:3128"_s);
}

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

class TestGmd162 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: NET-3 NO_PROXY unset") << privateBehindProxy() << QStringList{u"NO_PROXY"_s};
        QTest::addRow("fires: NET-3 NO_PROXY lists other hosts")
            << privateBehindProxy().os(u"NO_PROXY"_s, u"localhost,127.0.0.1,.internal"_s) << QStringList{u"NO_PROXY"_s};
        QTest::addRow("fires: NET-3 only lower-case no_proxy, not matching")
            << privateBehindProxy().os(u"no_proxy"_s, u"corp.example.org"_s) << QStringList{u"no_proxy"_s};
        QTest::addRow("fires: GONOPROXY alone makes it direct")
            << FactsBuilder().goMod(kGoMod).os(u"GONOPROXY"_s, u"git.corp.example"_s)
                   .os(u"HTTPS_PROXY"_s, u"http://proxy.corp:3128"_s)
            << QStringList{u"NO_PROXY"_s};
        QTest::addRow("silent: NET-3 'corp.example' matches the host's parent domain")
            << privateBehindProxy().os(u"NO_PROXY"_s, u"corp.example"_s) << QStringList();
        QTest::addRow("silent: NET-3 '.corp.example' matches subdomains")
            << privateBehindProxy().os(u"NO_PROXY"_s, u".corp.example"_s) << QStringList();
        QTest::addRow("silent: NET-3 '*' disables the proxy")
            << privateBehindProxy().os(u"no_proxy"_s, u"*"_s) << QStringList();
        QTest::addRow("silent: no HTTPS_PROXY")
            << FactsBuilder().goMod(kGoMod).os(u"GOPRIVATE"_s, u"git.corp.example"_s) << QStringList();
        QTest::addRow("silent: no private module (everything goes through GOPROXY)")
            << FactsBuilder().goMod(kGoMod).os(u"HTTPS_PROXY"_s, u"http://proxy.corp:3128"_s) << QStringList();
        QTest::addRow("silent: private module on github.com only")
            << FactsBuilder().goMod(kGoMod).os(u"GOPRIVATE"_s, u"github.com/corp"_s)
                   .os(u"HTTPS_PROXY"_s, u"http://proxy.corp:3128"_s)
            << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD162"_s); }

    void fixAddsTheHostToBothSpellings()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD162"_s, privateBehindProxy().os(u"NO_PROXY"_s, u"localhost"_s).build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(u"git.corp.example"_s));
        QVERIFY(!findings[0].message.contains(u"github.com/corp"_s));
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands, (QStringList{u"export NO_PROXY=localhost,git.corp.example"_s,
                                                         u"export no_proxy=localhost,git.corp.example"_s}));
    }

    void passwordNeverShown()
    {
        const auto findings = gmdtest::runCheck(u"GMD162"_s, privateBehindProxy().build());
        QCOMPARE(findings.size(), 1);
        const QString all = allText(findings[0]);
        QVERIFY2(!all.contains(u"user:pw"_s), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestGmd162)
#include "tst_gmd162.moc"
