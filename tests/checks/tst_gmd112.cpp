// SPDX-License-Identifier: MIT
// GMD112 gonosumdb-too-broad (SUMDB-1, PRIV-2, ENV-7).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n\nrequire (\n"
                          "\tgit.corp.example/team/lib v1.2.0\n"
                          "\tgitlab.com/acme/tool v0.3.0\n)\n";
}

class TestGmd112 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: ENV-7 GOPRIVATE=* feeds GONOSUMDB")
            << FactsBuilder().os(u"GOPRIVATE"_s, u"*"_s) << QStringList { u"GOPRIVATE"_s };
        QTest::addRow("fires: PRIV-2 GONOSUMDB=github.com")
            << FactsBuilder().os(u"GONOSUMDB"_s, u"github.com"_s) << QStringList { u"GONOSUMDB"_s };
        QTest::addRow("fires: PRIV-2 *.com")
            << FactsBuilder().envFile("GOPRIVATE=git.corp.example,*.com\n") << QStringList { u"GOPRIVATE"_s };
        QTest::addRow("fires: PRIV-2 golang.org/x")
            << FactsBuilder().os(u"GONOSUMDB"_s, u"golang.org/x"_s) << QStringList { u"GONOSUMDB"_s };
        QTest::addRow("fires: a whole public host the project uses")
            << FactsBuilder().os(u"GONOSUMDB"_s, u"gitlab.com"_s).goMod(kGoMod) << QStringList { u"GONOSUMDB"_s };
        QTest::addRow("silent: narrow patterns")
            << FactsBuilder().os(u"GOPRIVATE"_s, u"github.com/acme,git.corp.example,*.corp.example"_s).goMod(kGoMod)
            << QStringList();
        QTest::addRow("silent: org on a public host the project uses")
            << FactsBuilder().os(u"GONOSUMDB"_s, u"gitlab.com/acme"_s).goMod(kGoMod) << QStringList();
        QTest::addRow("silent: GOSUMDB=off is GMD110's")
            << FactsBuilder().os(u"GOPRIVATE"_s, u"*"_s).os(u"GOSUMDB"_s, u"off"_s) << QStringList();
        QTest::addRow("silent: unset") << FactsBuilder() << QStringList();
        QTest::addRow("silent: GONOSUMDB=none") << FactsBuilder().os(u"GONOSUMDB"_s, u"none"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD112"_s); }

    void namesGlobsAndPaths()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD112"_s, FactsBuilder().envFile("GOPRIVATE=git.corp.example,*.com\n").goMod(kGoMod).build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QVERIFY2(f.message.contains(u"'*.com' matches github.com/stretchr/testify, gitlab.com/acme/tool"_s),
            qPrintable(f.message));
        QVERIFY(!f.message.contains(u"'git.corp.example'"_s));
        QVERIFY(f.message.contains(u"GONOPROXY defaults to GOPRIVATE"_s));
        QVERIFY(f.fix);
        QVERIFY(f.fix->commands.isEmpty()); // which gitlab.com organisations are private is unknown
        QVERIFY(f.fix->description.contains(u"(this project requires modules of gitlab.com/acme)"_s));

        const auto star = gmdtest::runCheck(u"GMD112"_s, FactsBuilder().os(u"GOPRIVATE"_s, u"*"_s).build());
        QCOMPARE(star.size(), 1);
        QVERIFY(star[0].message.contains(u"'*' matches github.com/stretchr/testify, golang.org/x/text"_s));
        QCOMPARE(star[0].fix->commands, QStringList { u"unset GOPRIVATE"_s });

        const auto narrowed = gmdtest::runCheck(u"GMD112"_s,
            FactsBuilder().os(u"GONOSUMDB"_s, u"github.com,git.corp.example/team"_s).goMod(kGoMod).build());
        QCOMPARE(narrowed.size(), 1);
        QCOMPARE(narrowed[0].fix->commands, QStringList { u"export GONOSUMDB=git.corp.example/team"_s });
    }
};

QTEST_GUILESS_MAIN(TestGmd112)
#include "tst_gmd112.moc"
