// SPDX-License-Identifier: MIT
// GMD181 gomod-invalid.
#include "checktestutil.h"
#include "gomod/goworkfile.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/m\n\ngo 1.22.0\n\nrequire golang.org/x/text v0.14.0\n";
const QByteArray kGoSum = "golang.org/x/text v0.14.0 h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=\n"
                          "golang.org/x/text v0.14.0/go.mod h1:18ZOQIKpY8NJVqYksKHtTdi31H5itFRjB5/qKTNYzSU=\n";
} // namespace

class TestGmd181 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: unknown directive")
            << FactsBuilder().goMod("module example.com/m\n\ngo 1.22.0\nfoo bar\n") << QStringList { u"go.mod:4"_s };
        QTest::addRow("fires: one finding per error")
            << FactsBuilder().goMod("module example.com/m\n\ngo 1.22.0\n\nrequire a.example/x\nfoo\n")
            << QStringList { u"go.mod:5"_s, u"go.mod:6"_s };
        QTest::addRow("fires: go.sum with a wrong number of fields")
            << FactsBuilder().goMod(kGoMod).goSum("golang.org/x/text v0.14.0\n") << QStringList { u"go.sum:1"_s };
        QTest::addRow("silent: valid go.mod and go.sum") << FactsBuilder().goMod(kGoMod).goSum(kGoSum) << QStringList();
        QTest::addRow("silent: no go.mod (GMD180)") << FactsBuilder() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD181"_s); }

    void unreadableFiles()
    {
        gmd::Facts facts = FactsBuilder().build();
        facts.project.goModPath = u"/work/project/go.mod"_s;
        facts.project.goModProblem = u"'/work/project/go.mod' is a binary file"_s;
        facts.project.goSumPath = u"/work/project/go.sum"_s;
        facts.project.goSumProblem = u"'/work/project/go.sum' is larger than 256 MiB"_s;
        const auto findings = gmdtest::runCheck(u"GMD181"_s, facts);
        QCOMPARE(gmdtest::subjects(findings), (QStringList { u"go.mod"_s, u"go.sum"_s }));
        QVERIFY(findings[0].message.contains(u"binary"_s));
    }

    void workspaceErrors()
    {
        gmd::Facts facts = FactsBuilder().goMod(kGoMod).build();
        facts.project.goWorkPath = u"/work/project/go.work"_s;
        facts.project.goWork = gmd::parseGoWork("go 1.22.0\n\nrequire x v1.0.0\n", facts.project.goWorkPath);
        const auto findings = gmdtest::runCheck(u"GMD181"_s, facts);
        QCOMPARE(gmdtest::subjects(findings), QStringList { u"go.work:3"_s });
        QVERIFY(findings[0].message.contains(u"go: errors parsing go.work: /work/project/go.work:3"_s));
        QVERIFY(findings[0].location.has_value());
    }
};

QTEST_GUILESS_MAIN(TestGmd181)
#include "tst_gmd181.moc"
