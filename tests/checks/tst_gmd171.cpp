// SPDX-License-Identifier: MIT
// GMD171 git-terminal-prompt-enabled (VCS-3, H7).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd171 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QString var = u"GIT_TERMINAL_PROMPT"_s;
        QTest::addRow("fires: VCS-3 GIT_TERMINAL_PROMPT=1") << FactsBuilder().os(var, u"1"_s) << QStringList{var};
        QTest::addRow("fires: VCS-3 true") << FactsBuilder().os(var, u"true"_s) << QStringList{var};
        QTest::addRow("fires: VCS-3 Yes") << FactsBuilder().os(var, u"Yes"_s) << QStringList{var};
        QTest::addRow("silent: 0") << FactsBuilder().os(var, u"0"_s) << QStringList();
        QTest::addRow("silent: git reads false as 0") << FactsBuilder().os(var, u"false"_s) << QStringList();
        QTest::addRow("silent: git reads off as 0") << FactsBuilder().os(var, u"off"_s) << QStringList();
        QTest::addRow("silent: VCS-3 empty is replaced by go") << FactsBuilder().os(var, QString()) << QStringList();
        QTest::addRow("silent: VCS-3 unset") << FactsBuilder() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD171"_s); }

    void fixDisablesThePrompt()
    {
        const auto findings = gmdtest::runCheck(u"GMD171"_s, FactsBuilder().os(u"GIT_TERMINAL_PROMPT"_s, u"1"_s).build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].rootCauseScore, 80);
        QCOMPARE(findings[0].fix->commands, QStringList{u"export GIT_TERMINAL_PROMPT=0"_s});
        QVERIFY(findings[0].fix->description.contains(u"netrc"_s));
    }

    void dockerfileContextGetsAnEnvLine()
    {
        gmd::Facts facts = FactsBuilder().build();
        gmd::EnvContext stage;
        stage.id = u"Dockerfile:builder:12"_s;
        stage.label = u"Dockerfile stage builder, RUN at line 12"_s;
        stage.container = true;
        gmd::EnvValue v;
        v.name = u"GIT_TERMINAL_PROMPT"_s;
        v.value = u"1"_s;
        v.source = gmd::EnvSource::DockerfileEnv;
        v.origin = u"Dockerfile"_s;
        v.location = gmd::SourceLocation{u"Dockerfile"_s, 5, 1, 0};
        stage.env.set(v);
        facts.environments.append(stage);
        const auto findings = gmdtest::runCheck(u"GMD171"_s, facts);
        QCOMPARE(findings.size(), 1); // the host has no GIT_TERMINAL_PROMPT
        QCOMPARE(findings[0].environment, u"Dockerfile:builder:12"_s);
        QCOMPARE(findings[0].subject, u"Dockerfile:5"_s);
        QCOMPARE(findings[0].fix->commands, QStringList{u"ENV GIT_TERMINAL_PROMPT=0"_s});
    }
};

QTEST_GUILESS_MAIN(TestGmd171)
#include "tst_gmd171.moc"
