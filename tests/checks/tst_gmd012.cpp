// SPDX-License-Identifier: MIT
// GMD012 env-file-ignored-lines (ENV-5).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd012 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: ENV-5 leading space")
            << FactsBuilder().envFile(" GOPROXY=https://goproxy.cn,direct\n") << QStringList { u"GOPROXY"_s };
        QTest::addRow("fires: ENV-5 export prefix")
            << FactsBuilder().envFile("export GOPRIVATE=git.corp.example\n") << QStringList { u"GOPRIVATE"_s };
        QTest::addRow("fires: ENV-5 lower-case key")
            << FactsBuilder().envFile("goproxy=https://goproxy.cn\n") << QStringList { u"GOPROXY"_s };
        QTest::addRow("fires: ENV-5 'GOPROXY = x' sets the key \"GOPROXY \"")
            << FactsBuilder().envFile("GOPROXY = https://goproxy.cn\n") << QStringList { u"GOPROXY"_s };
        QTest::addRow("fires: ENV-5 byte order mark hides the first line") << FactsBuilder().envFile(
            "\xEF\xBB\xBFGOPRIVATE=git.corp.example\nGOFLAGS=-mod=mod\n") << QStringList { u"GOPRIVATE"_s };
        QTest::addRow("fires: ENV-5 one finding per line")
            << FactsBuilder().envFile("GOSUMDB=off\n\tGOPROXY=direct\nexport GOFLAGS=-mod=mod\n")
            << QStringList { u"GOPROXY"_s, u"GOFLAGS"_s };
        QTest::addRow("silent: ENV-5 comments")
            << FactsBuilder().envFile("# GOPROXY=https://goproxy.cn\n\nGOSUMDB=off\n") << QStringList();
        QTest::addRow("silent: well-formed file")
            << FactsBuilder().envFile("GOPROXY=direct\nGOPRIVATE=*.corp\n") << QStringList();
        QTest::addRow("silent: no env file") << FactsBuilder() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD012"_s); }

    void fixAndLocation()
    {
        const auto findings = gmdtest::runCheck(u"GMD012"_s,
            FactsBuilder().envFile("GOSUMDB=off\nexport GOPROXY=\"https://goproxy.cn,direct\"\r\n").build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QVERIFY(f.location);
        QCOMPARE(f.location->file, u"/home/u/.config/go/env"_s);
        QCOMPARE(f.location->line, 2);
        QVERIFY(f.message.contains(u"export"_s));
        QVERIFY(f.fix);
        QCOMPARE(f.fix->commands, QStringList { u"go env -w GOPROXY=https://goproxy.cn,direct"_s });

        const auto odd =
            gmdtest::runCheck(u"GMD012"_s, FactsBuilder().envFile("GOPROXY = https://goproxy.cn\n").build());
        QCOMPARE(odd.size(), 1);
        QVERIFY(odd[0].message.contains(u"\"GOPROXY \""_s));
        QCOMPARE(odd[0].fix->commands, QStringList { u"go env -w GOPROXY=https://goproxy.cn"_s });
    }

    void secretNeverShown()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD012"_s, FactsBuilder().envFile(" GOPROXY=https://ci:s3cret@nexus.corp.example/go\n").build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QString all = f.message;
        for (const gmd::Evidence& e : f.evidence)
            all += e.value + e.label + e.source;
        all += f.fix->description + f.fix->commands.join(u' ');
        QVERIFY2(!all.contains(u"s3cret"_s), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestGmd012)
#include "tst_gmd012.moc"
