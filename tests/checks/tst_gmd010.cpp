// SPDX-License-Identifier: MIT
// GMD010 os-shadows-env-file (ENV-1, ENV-2, GOENV-5, H14).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd010 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: ENV-1 OS GOPROXY hides a different go env -w value")
            << FactsBuilder()
                   .os(u"GOPROXY"_s, u"https://goproxy.cn,direct"_s)
                   .envFile("GOPROXY=https://proxy.corp.example,direct\n")
            << QStringList { u"GOPROXY"_s };
        QTest::addRow("fires: ENV-1 OS GOPRIVATE hides the file's")
            << FactsBuilder().os(u"GOPRIVATE"_s, u"github.com/acme"_s).envFile("GOPRIVATE=git.corp.example\n")
            << QStringList { u"GOPRIVATE"_s };
        QTest::addRow("fires: GOENV-5 one finding per variable")
            << FactsBuilder()
                   .os(u"GOPROXY"_s, u"direct"_s)
                   .os(u"GOSUMDB"_s, u"off"_s)
                   .envFile("GOPROXY=https://proxy.golang.org,direct\nGOSUMDB=sum.golang.org\n")
            << QStringList { u"GOPROXY"_s, u"GOSUMDB"_s };
        QTest::addRow("fires: ENV-3 OS value hides an empty file key")
            << FactsBuilder().os(u"GOFLAGS"_s, u"-mod=mod"_s).envFile("GOFLAGS=\n") << QStringList { u"GOFLAGS"_s };
        QTest::addRow("silent: ENV-2 empty OS value vs the file")
            << FactsBuilder().os(u"GOPROXY"_s, QString()).envFile("GOPROXY=https://proxy.corp.example,direct\n")
            << QStringList();
        QTest::addRow("silent: same value in both") << FactsBuilder()
                                                           .os(u"GOPROXY"_s, u"https://goproxy.cn,direct"_s)
                                                           .envFile("GOPROXY=https://goproxy.cn,direct\n")
                                                    << QStringList();
        QTest::addRow("silent: ENV-1 OS value over go.env only")
            << FactsBuilder().os(u"GOPROXY"_s, u"direct"_s) << QStringList();
        QTest::addRow("silent: file only") << FactsBuilder().envFile("GOPRIVATE=git.corp.example\n") << QStringList();
        QTest::addRow("silent: OS variable that is not a go setting")
            << FactsBuilder().os(u"GONOSUMCHECK"_s, u"1"_s).envFile("GONOSUMCHECK=2\n") << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD010"_s); }

    void evidenceHasBothValuesAndSources()
    {
        const auto findings = gmdtest::runCheck(u"GMD010"_s,
            FactsBuilder()
                .os(u"GOPROXY"_s, u"https://goproxy.cn,direct"_s)
                .envFile("GOSUMDB=sum.golang.org\nGOPROXY=https://proxy.corp.example,direct\n")
                .build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QCOMPARE(f.severity, gmd::Severity::Warning);
        QVERIFY(f.message.contains(u"https://goproxy.cn,direct"_s));
        QVERIFY(f.message.contains(u"https://proxy.corp.example,direct"_s));
        QVERIFY(f.message.contains(u"/home/u/.config/go/env:2"_s));
        QCOMPARE(f.evidence.size(), 2);
        QCOMPARE(f.evidence[0].value, u"https://goproxy.cn,direct"_s);
        QCOMPARE(f.evidence[0].source, u"OS environment"_s);
        QCOMPARE(f.evidence[1].value, u"https://proxy.corp.example,direct"_s);
        QCOMPARE(f.evidence[1].source, u"/home/u/.config/go/env:2"_s);
        QVERIFY(f.fix);
        QCOMPARE(f.fix->commands, QStringList { u"unset GOPROXY"_s });
        QVERIFY(f.fix->description.contains(u"go env -u GOPROXY"_s));
        QVERIFY(f.rootCauseScore > 0);
    }

    void secretsNeverShown()
    {
        const auto findings = gmdtest::runCheck(u"GMD010"_s,
            FactsBuilder()
                .os(u"GOPROXY"_s, u"https://ci:s3cret@nexus.corp.example/go,direct"_s)
                .envFile("GOPROXY=https://dev:hunter2@nexus.corp.example/go,direct\n")
                .build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QString all = f.message + f.subject;
        for (const gmd::Evidence& e : f.evidence)
            all += e.value + e.label + e.source;
        if (f.fix)
            all += f.fix->description + f.fix->commands.join(u' ');
        QVERIFY2(!all.contains(u"s3cret"_s) && !all.contains(u"hunter2"_s), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestGmd010)
#include "tst_gmd010.moc"
