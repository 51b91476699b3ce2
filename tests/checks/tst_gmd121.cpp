// SPDX-License-Identifier: MIT
// GMD121 private-module-not-covered (H5, PROXY-7, SUMDB-1, PRIV-4).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n\nrequire (\n"
                          "\tgit.corp.example/team/lib v1.2.0\n"
                          "\tgithub.com/stretchr/testify v1.9.0\n)\n";
const QByteArray kPublicOnly = "module example.com/app\n\ngo 1.22\n\nrequire github.com/acme/private v1.0.0\n";
const QByteArray kGoSum = "git.corp.example/team/lib v1.2.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"
                          "git.corp.example/team/lib v1.2.0/go.mod h1:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=\n";
} // namespace

class TestGmd121 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"GOPRIVATE"_s };
        QTest::addRow("fires: H5 nothing set, default proxy and sumdb") << FactsBuilder().goMod(kGoMod) << fires;
        QTest::addRow("fires: H6 GOPRIVATE with a space never matches")
            << FactsBuilder().goMod(kGoMod).os(u"GOPRIVATE"_s, u"a.example, git.corp.example"_s) << fires;
        QTest::addRow("fires: SUMDB-1 GOPROXY=direct still asks sum.golang.org")
            << FactsBuilder().goMod(kGoMod).os(u"GOPROXY"_s, u"direct"_s) << fires;
        QTest::addRow("fires: PRIV-4 GONOPROXY without GONOSUMDB")
            << FactsBuilder().goMod(kGoMod).os(u"GONOPROXY"_s, u"git.corp.example"_s) << fires;
        QTest::addRow("fires: PROXY-8 corporate proxy first, public proxy after it")
            << FactsBuilder()
                   .goMod(kGoMod)
                   .os(u"GOPROXY"_s, u"https://athens.corp.example,https://proxy.golang.org,direct"_s)
                   .os(u"GOSUMDB"_s, u"off"_s)
            << fires;
        QTest::addRow("silent: GOPRIVATE covers the host")
            << FactsBuilder().goMod(kGoMod).envFile("GOPRIVATE=git.corp.example\n") << QStringList();
        QTest::addRow("silent: GOPRIVATE glob")
            << FactsBuilder().goMod(kGoMod).os(u"GOPRIVATE"_s, u"*.corp.example"_s) << QStringList();
        QTest::addRow("silent: github.com requirement") << FactsBuilder().goMod(kPublicOnly) << QStringList();
        QTest::addRow("silent: GOPROXY=direct and GOSUMDB=off")
            << FactsBuilder().goMod(kGoMod).os(u"GOPROXY"_s, u"direct"_s).os(u"GOSUMDB"_s, u"off"_s) << QStringList();
        QTest::addRow("silent: single file:// proxy")
            << FactsBuilder().goMod(kGoMod).os(u"GOPROXY"_s, u"file:///srv/goproxy"_s) << QStringList();
        QTest::addRow("silent: PRIV-4 private proxy serves everything")
            << FactsBuilder()
                   .goMod(kGoMod)
                   .os(u"GOPROXY"_s, u"https://athens.corp.example"_s)
                   .os(u"GOPRIVATE"_s, u"git.corp.example"_s)
                   .os(u"GONOPROXY"_s, u"none"_s)
            << QStringList();
        QTest::addRow("silent: SUMDB-1 go.sum has the lines and GOPROXY=direct")
            << FactsBuilder().goMod(kGoMod).goSum(kGoSum).os(u"GOPROXY"_s, u"direct"_s) << QStringList();
        QTest::addRow("silent: no go.mod") << FactsBuilder() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD121"_s); }

    void messageEvidenceAndFix()
    {
        const auto findings = gmdtest::runCheck(u"GMD121"_s, FactsBuilder().goMod(kGoMod).build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QCOMPARE(f.severity, gmd::Severity::Warning);
        QVERIFY(f.message.contains(u"git.corp.example/team/lib is requested from https://proxy.golang.org"_s));
        QVERIFY(f.message.contains(u"sum.golang.org"_s));
        QVERIFY(f.message.contains(u"410 Gone"_s));
        QVERIFY(!f.message.contains(u"testify"_s));
        bool routeEvidence = false;
        for (const gmd::Evidence& e : f.evidence)
            routeEvidence = routeEvidence
                || (e.label.startsWith(u"git.corp.example/team/lib"_s) && e.source == u"/work/project/go.mod:6"_s);
        QVERIFY(routeEvidence);
        QCOMPARE(f.fix->commands, QStringList { u"go env -w GOPRIVATE=git.corp.example"_s });
        QCOMPARE(f.rootCauseScore, 60);

        const auto spaced = gmdtest::runCheck(
            u"GMD121"_s, FactsBuilder().goMod(kGoMod).os(u"GOPRIVATE"_s, u"a.example, git.corp.example"_s).build());
        QCOMPARE(spaced[0].fix->commands, QStringList { u"export GOPRIVATE=a.example,git.corp.example"_s });

        // An explicit GONOSUMDB does not follow GOPRIVATE: it is extended too.
        const auto own =
            gmdtest::runCheck(u"GMD121"_s, FactsBuilder().goMod(kGoMod).envFile("GONOSUMDB=github.com/acme\n").build());
        QCOMPARE(own[0].fix->commands,
            (QStringList { u"go env -w GOPRIVATE=git.corp.example"_s,
                u"go env -w GONOSUMDB=github.com/acme,git.corp.example"_s }));
    }
};

QTEST_GUILESS_MAIN(TestGmd121)
#include "tst_gmd121.moc"
