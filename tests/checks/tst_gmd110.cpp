// SPDX-License-Identifier: MIT
// GMD110 gosumdb-off (SUMDB-1, H4, H5, H9).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n\nrequire (\n"
                          "\tgit.corp.example/team/lib v1.2.0\n"
                          "\tgithub.com/stretchr/testify v1.9.0\n"
                          "\tgitlab.internal.example/x/y v0.1.0\n)\n";
}

class TestGmd110 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires { u"GOSUMDB"_s };
        QTest::addRow("fires: SUMDB-1 OS GOSUMDB=off") << FactsBuilder().os(u"GOSUMDB"_s, u"off"_s) << fires;
        QTest::addRow("fires: SUMDB-1 go env -w GOSUMDB=off") << FactsBuilder().envFile("GOSUMDB=off\n") << fires;
        QTest::addRow("fires: ENV-6 a distribution's go.env sets off")
            << FactsBuilder().goRootEnv("GOPROXY=direct\nGOSUMDB=off\nGOTOOLCHAIN=local\n") << fires;
        QTest::addRow("silent: default database") << FactsBuilder() << QStringList();
        QTest::addRow("silent: H4 sum.golang.google.cn")
            << FactsBuilder().os(u"GOSUMDB"_s, u"sum.golang.google.cn"_s) << QStringList();
        QTest::addRow("silent: SUMDB-2 'Off' is invalid, GMD111's")
            << FactsBuilder().os(u"GOSUMDB"_s, u"Off"_s) << QStringList();
        QTest::addRow("silent: ENV-2 empty OS value") << FactsBuilder().os(u"GOSUMDB"_s, QString()) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD110"_s); }

    void fixRestoresVerificationAndExemptsPrivateHosts()
    {
        const auto findings = gmdtest::runCheck(u"GMD110"_s,
            FactsBuilder()
                .os(u"GOSUMDB"_s, u"off"_s)
                .envFile("GOPRIVATE=gitlab.internal.example\n")
                .goMod(kGoMod)
                .build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QVERIFY(f.message.contains(u"checksum database disabled by GOSUMDB=off"_s));
        QVERIFY(f.message.contains(u"git.corp.example"_s));
        QVERIFY(!f.message.contains(u"gitlab.internal.example"_s)); // already exempt
        QVERIFY(f.fix);
        QCOMPARE(f.fix->commands,
            (QStringList { u"unset GOSUMDB"_s, u"go env -w GOPRIVATE=gitlab.internal.example,git.corp.example"_s }));
        QVERIFY(f.fix->description.contains(u"sum.golang.google.cn"_s));

        // Removing the file key would not help when go.env itself says off: set the database.
        const auto distro = gmdtest::runCheck(
            u"GMD110"_s, FactsBuilder().goRootEnv("GOPROXY=direct\nGOSUMDB=off\nGOTOOLCHAIN=local\n").build());
        QCOMPARE(distro.size(), 1);
        QCOMPARE(distro[0].fix->commands, QStringList { u"go env -w GOSUMDB=sum.golang.org"_s });
    }
};

QTEST_GUILESS_MAIN(TestGmd110)
#include "tst_gmd110.moc"
