// SPDX-License-Identifier: MIT
// GMD122 goinsecure-not-for-proxies (PRIV-5, NET-4, NET-6).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n\nrequire (\n"
                          "\tgit.corp.example/team/lib v1.2.0\n"
                          "\tgithub.com/stretchr/testify v1.9.0\n)\n";
}

class TestGmd122 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"GOINSECURE"_s };
        QTest::addRow("fires: PRIV-5 GOINSECURE names the proxy host")
            << FactsBuilder()
                   .os(u"GOPROXY"_s, u"https://proxy.corp.example/go,direct"_s)
                   .os(u"GOINSECURE"_s, u"proxy.corp.example"_s)
            << fires;
        QTest::addRow("fires: PRIV-5 GOINSECURE=* against an intercepting proxy")
            << FactsBuilder().os(u"GOINSECURE"_s, u"*"_s) << fires;
        QTest::addRow("fires: PRIV-5 module fetched through the proxy")
            << FactsBuilder().goMod(kGoMod).os(u"GOINSECURE"_s, u"git.corp.example"_s) << fires;
        QTest::addRow("fires: both a proxy and a module sent to another proxy")
            << FactsBuilder()
                   .goMod(kGoMod)
                   .os(u"GOPROXY"_s, u"https://proxy.golang.org,https://proxy.corp.example,direct"_s)
                   .os(u"GOINSECURE"_s, u"proxy.corp.example,git.corp.example"_s)
            << QStringList { u"GOINSECURE"_s, u"GOINSECURE"_s };
        QTest::addRow("fires: module sent to the named proxy is reported once")
            << FactsBuilder()
                   .goMod(kGoMod)
                   .os(u"GOPROXY"_s, u"https://proxy.corp.example,direct"_s)
                   .os(u"GOINSECURE"_s, u"proxy.corp.example,git.corp.example"_s)
            << fires;
        QTest::addRow("silent: PROXY-7 module is fetched directly (GOPRIVATE)")
            << FactsBuilder()
                   .goMod(kGoMod)
                   .os(u"GOINSECURE"_s, u"git.corp.example"_s)
                   .os(u"GOPRIVATE"_s, u"git.corp.example"_s)
            << QStringList();
        QTest::addRow("silent: GOPROXY=direct")
            << FactsBuilder().goMod(kGoMod).os(u"GOINSECURE"_s, u"git.corp.example"_s).os(u"GOPROXY"_s, u"direct"_s)
            << QStringList();
        QTest::addRow("silent: GOINSECURE unset") << FactsBuilder().goMod(kGoMod) << QStringList();
        QTest::addRow("silent: pattern that names neither")
            << FactsBuilder().goMod(kGoMod).os(u"GOINSECURE"_s, u"other.example"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD122"_s); }

    void messagesAndFixes()
    {
        const auto proxy = gmdtest::runCheck(u"GMD122"_s,
            FactsBuilder()
                .os(u"GOPROXY"_s, u"https://ci:s3cret@proxy.corp.example/go,direct"_s)
                .os(u"GOINSECURE"_s, u"proxy.corp.example"_s)
                .build());
        QCOMPARE(proxy.size(), 1);
        QVERIFY(proxy[0].message.contains(u"x509"_s));
        QVERIFY(proxy[0].fix);
        QVERIFY(proxy[0].fix->description.contains(u"SSL_CERT_FILE"_s));
        QString all = proxy[0].message;
        for (const gmd::Evidence& e : proxy[0].evidence)
            all += e.value + e.source;
        QVERIFY2(!all.contains(u"s3cret"_s), qPrintable(all));

        const auto module = gmdtest::runCheck(u"GMD122"_s,
            FactsBuilder()
                .goMod(kGoMod)
                .os(u"GOINSECURE"_s, u"git.corp.example"_s)
                .envFile("GOPRIVATE=x.example\n")
                .build());
        QCOMPARE(module.size(), 1);
        QVERIFY(module[0].message.contains(u"git.corp.example/team/lib"_s));
        // GONOPROXY followed GOPRIVATE: setting it keeps GOPRIVATE's value.
        QCOMPARE(module[0].fix->commands, QStringList { u"go env -w GONOPROXY=x.example,git.corp.example"_s });
    }
};

QTEST_GUILESS_MAIN(TestGmd122)
#include "tst_gmd122.moc"
