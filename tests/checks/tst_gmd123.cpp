// SPDX-License-Identifier: MIT
// GMD123 govcs-refuses (VCS-2, H18).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n\nrequire (\n"
                          "\tgit.corp.example/team/lib v1.2.0\n"
                          "\tgithub.com/stretchr/testify v1.9.0\n)\n";
const QByteArray kPublicOnly = "module example.com/app\n\ngo 1.22\n\nrequire github.com/stretchr/testify v1.9.0\n";
} // namespace

class TestGmd123 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"GOVCS"_s };
        QTest::addRow("fires: VCS-2 GOPROXY=direct and public:hg")
            << FactsBuilder().goMod(kPublicOnly).os(u"GOPROXY"_s, u"direct"_s).os(u"GOVCS"_s, u"public:hg"_s) << fires;
        QTest::addRow("fires: VCS-2 parse error") << FactsBuilder().os(u"GOVCS"_s, u"git.corp.example"_s) << fires;
        QTest::addRow("fires: H18 private-looking module counts as public")
            << FactsBuilder().goMod(kGoMod).os(u"GOVCS"_s, u"public:off"_s) << fires;
        QTest::addRow("fires: VCS-2 GONOPROXY module refused") << FactsBuilder()
                                                                      .goMod(kGoMod)
                                                                      .os(u"GONOPROXY"_s, u"git.corp.example"_s)
                                                                      .os(u"GOVCS"_s, u"git.corp.example:svn"_s)
                                                               << fires;
        QTest::addRow("silent: default GOVCS")
            << FactsBuilder().goMod(kGoMod).os(u"GOPROXY"_s, u"direct"_s) << QStringList();
        QTest::addRow("silent: public module served by the proxy")
            << FactsBuilder().goMod(kPublicOnly).os(u"GOVCS"_s, u"public:hg"_s) << QStringList();
        QTest::addRow("silent: VCS-2 private:all for GOPRIVATE modules")
            << FactsBuilder().goMod(kGoMod).os(u"GOPRIVATE"_s, u"git.corp.example"_s).os(u"GOVCS"_s, u"public:off"_s)
            << QStringList();
        QTest::addRow("silent: no go.mod, valid GOVCS")
            << FactsBuilder().os(u"GOVCS"_s, u"public:off"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD123"_s); }

    void exactMessagesAndFixes()
    {
        const auto refused = gmdtest::runCheck(u"GMD123"_s,
            FactsBuilder().goMod(kPublicOnly).os(u"GOPROXY"_s, u"direct"_s).os(u"GOVCS"_s, u"public:hg"_s).build());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused[0].severity, gmd::Severity::Error);
        QVERIFY2(refused[0].message.contains(
                     u"GOVCS disallows using git for public github.com/stretchr/testify; see 'go help vcs'"_s),
            qPrintable(refused[0].message));
        QCOMPARE(refused[0].fix->commands, QStringList { u"export GOVCS=github.com:git,public:hg"_s });

        const auto same = gmdtest::runCheck(u"GMD123"_s,
            FactsBuilder()
                .goMod(kGoMod)
                .os(u"GONOPROXY"_s, u"git.corp.example"_s)
                .os(u"GOVCS"_s, u"git.corp.example:svn"_s)
                .build());
        QCOMPARE(same[0].fix->commands, QStringList { u"export GOVCS=git.corp.example:git"_s });
        QVERIFY(same[0].fix->description.contains(u"GOPRIVATE"_s));

        const auto parse = gmdtest::runCheck(u"GMD123"_s, FactsBuilder().os(u"GOVCS"_s, u"git.corp.example"_s).build());
        QVERIFY(parse[0].message.contains(u"malformed entry in GOVCS (missing colon): \"git.corp.example\""_s));
        QCOMPARE(parse[0].fix->commands, QStringList { u"unset GOVCS"_s });
    }
};

QTEST_GUILESS_MAIN(TestGmd123)
#include "tst_gmd123.moc"
