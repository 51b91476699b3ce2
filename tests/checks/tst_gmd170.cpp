// SPDX-License-Identifier: MIT
// GMD170 git-ssh-without-batchmode (VCS-3, H7, H8).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

class TestGmd170 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QString cmd = u"GIT_SSH_COMMAND"_s;
        QTest::addRow("fires: VCS-3 GIT_SSH_COMMAND with a key, no BatchMode")
            << FactsBuilder().os(cmd, u"ssh -i ~/.ssh/deploy_key"_s) << QStringList{cmd};
        QTest::addRow("fires: VCS-3 BatchMode=no")
            << FactsBuilder().os(cmd, u"ssh -o BatchMode=no"_s) << QStringList{cmd};
        QTest::addRow("fires: VCS-3 GIT_SSH program") << FactsBuilder().os(u"GIT_SSH"_s, u"/usr/bin/ssh"_s)
                                                      << QStringList{u"GIT_SSH"_s};
        QTest::addRow("fires: plink without -batch") << FactsBuilder().os(u"GIT_SSH"_s, u"C:\\Tools\\plink.exe"_s)
                                                     << QStringList{u"GIT_SSH"_s};
        QTest::addRow("silent: go's own value") << FactsBuilder().os(cmd, u"ssh -o ControlMaster=no -o BatchMode=yes"_s)
                                                << QStringList();
        QTest::addRow("silent: -oBatchMode=yes") << FactsBuilder().os(cmd, u"ssh -oBatchMode=yes -i key"_s) << QStringList();
        QTest::addRow("silent: quoted 'batchmode yes'") << FactsBuilder().os(cmd, u"ssh -o 'batchmode yes'"_s) << QStringList();
        QTest::addRow("silent: plink -batch") << FactsBuilder().os(cmd, u"plink -batch"_s) << QStringList();
        QTest::addRow("silent: VCS-3 nothing set (go adds BatchMode)") << FactsBuilder() << QStringList();
        QTest::addRow("silent: GIT_SSH ignored when GIT_SSH_COMMAND has BatchMode")
            << FactsBuilder().os(u"GIT_SSH"_s, u"/usr/bin/ssh"_s).os(cmd, u"ssh -o BatchMode=yes"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD170"_s); }

    void fixShowsTheCorrectedCommand()
    {
        const auto findings =
            gmdtest::runCheck(u"GMD170"_s, FactsBuilder().os(u"GIT_SSH_COMMAND"_s, u"ssh -i ~/.ssh/deploy_key"_s).build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].rootCauseScore, 80);
        QVERIFY(findings[0].message.contains(u"H7"_s) && findings[0].message.contains(u"H8"_s));
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands,
                 QStringList{u"export GIT_SSH_COMMAND='ssh -i ~/.ssh/deploy_key -o BatchMode=yes -o ControlMaster=no'"_s});
    }

    void gitSshMovesToGitSshCommand()
    {
        const auto findings = gmdtest::runCheck(u"GMD170"_s, FactsBuilder().os(u"GIT_SSH"_s, u"/usr/bin/ssh"_s).build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].fix->commands,
                 (QStringList{u"unset GIT_SSH"_s,
                              u"export GIT_SSH_COMMAND='/usr/bin/ssh -o BatchMode=yes -o ControlMaster=no'"_s}));
    }

    void keepsAnExplicitControlMaster()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD170"_s, FactsBuilder().os(u"GIT_SSH_COMMAND"_s, u"ssh -o ControlMaster=auto"_s).build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(!findings[0].message.contains(u"H8"_s));
        QCOMPARE(findings[0].fix->commands,
                 QStringList{u"export GIT_SSH_COMMAND='ssh -o ControlMaster=auto -o BatchMode=yes'"_s});
    }
};

QTEST_GUILESS_MAIN(TestGmd170)
#include "tst_gmd170.moc"
