// SPDX-License-Identifier: MIT
// GMD308 git-prompt-in-run (H7, VCS-3): git run directly without GIT_TERMINAL_PROMPT=0.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
FactsBuilder project(const QByteArray& dockerfile)
{
    return FactsBuilder().goMod("module example.com/app\n\ngo 1.22\n").dockerfile(dockerfile);
}
} // namespace

class TestGmd308 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: git clone over https")
            << project("FROM golang:1.22\nRUN git clone https://git.corp.example/team/tools /tools\n")
            << QStringList { u"Dockerfile:2"_s };
        QTest::addRow("fires: submodule update in a heredoc")
            << project("# syntax=docker/dockerfile:1\nFROM golang:1.22\nCOPY . /src\nRUN <<EOF\ncd /src\n"
                       "git submodule update --init\nEOF\n")
            << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("fires: exec form git ls-remote")
            << project("FROM alpine/git\nRUN [\"git\", \"ls-remote\", \"https://github.com/acme/x\"]\n")
            << QStringList { u"Dockerfile:2"_s };
        QTest::addRow("fires: ssh remote without BatchMode")
            << project("FROM golang:1.22\nENV GIT_TERMINAL_PROMPT=0\nRUN --mount=type=ssh git clone "
                       "git@github.com:acme/x.git /x\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: sh -c wrapper")
            << project("FROM golang:1.22\nRUN sh -c 'git -C /src fetch origin'\n") << QStringList { u"Dockerfile:2"_s };
        QTest::addRow("silent: ENV GIT_TERMINAL_PROMPT=0")
            << project("FROM golang:1.22\nENV GIT_TERMINAL_PROMPT=0\nRUN git clone https://github.com/acme/x /x\n")
            << QStringList();
        QTest::addRow("silent: prefix assignment")
            << project("FROM golang:1.22\nRUN GIT_TERMINAL_PROMPT=0 git clone https://github.com/acme/x /x\n")
            << QStringList();
        QTest::addRow("silent: export earlier in the RUN")
            << project("FROM golang:1.22\nRUN export GIT_TERMINAL_PROMPT=0 && git fetch --all\n") << QStringList();
        QTest::addRow("silent: ssh with BatchMode")
            << project("FROM golang:1.22\nENV GIT_SSH_COMMAND=\"ssh -o BatchMode=yes\"\n"
                       "RUN git clone git@github.com:acme/x.git /x\n")
            << QStringList();
        QTest::addRow("silent: local git commands")
            << project("FROM golang:1.22\nRUN git config --global user.name ci && git init /x && git -C /x log\n")
            << QStringList();
        QTest::addRow("silent: git run by go (VCS-3)")
            << project("FROM golang:1.22\nCOPY . /src\nWORKDIR /src\nRUN go mod download\n") << QStringList();
        QTest::addRow("silent: unreachable stage")
            << project("FROM golang:1.22 AS tools\nRUN git clone https://github.com/acme/x /x\n\nFROM alpine:3.20\n")
            << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD308"_s); }

    void fix()
    {
        auto findings = gmdtest::runCheck(u"GMD308"_s,
            project("FROM golang:1.22\nRUN git clone https://git.corp.example/team/tools /tools\n").build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].fix->commands, QStringList { u"ENV GIT_TERMINAL_PROMPT=0"_s });
        QVERIFY(findings[0].message.contains(u"git clone"_s));
        findings = gmdtest::runCheck(u"GMD308"_s,
            project("FROM golang:1.22\nRUN git clone git@github.com:acme/x.git /x\n").build());
        QCOMPARE(findings[0].fix->commands, QStringList { u"ENV GIT_SSH_COMMAND=\"ssh -o BatchMode=yes\""_s });
    }
};

QTEST_GUILESS_MAIN(TestGmd308)
#include "tst_gmd308.moc"
