// SPDX-License-Identifier: MIT
// GMD307 git-credentials-in-image: credentials in ARG/ENV used by a RUN, or written into a layer.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n";
const QString kToken = u"ghp_0123456789abcdefABCDEF0123456789abcd"_s;

FactsBuilder project(const QByteArray& dockerfile)
{
    return FactsBuilder().goMod(kGoMod).dockerfile(dockerfile);
}
} // namespace

class TestGmd307 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: ARG token in git config insteadOf")
            << project("FROM golang:1.22\nARG GITHUB_TOKEN\nRUN git config --global "
                       "url.\"https://${GITHUB_TOKEN}@github.com/\".insteadOf \"https://github.com/\"\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: --build-arg token used by a RUN")
            << project("FROM golang:1.22\nARG GIT_AUTH_TOKEN\nRUN GOFLAGS=-mod=mod GIT_AUTH_TOKEN=$GIT_AUTH_TOKEN go mod download\n")
                   .buildArg(u"GIT_AUTH_TOKEN"_s, kToken)
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: .netrc written with a password")
            << project("FROM golang:1.22\nARG NETRC_PASSWORD\nRUN echo \"machine git.corp.example login ci password "
                       "${NETRC_PASSWORD}\" > /root/.netrc && go mod download\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: credentials in the clone URL")
            << project("FROM golang:1.22\nRUN git clone https://ci:" + kToken.toUtf8() + "@github.com/acme/lib /lib\n")
            << QStringList { u"Dockerfile:2"_s };
        QTest::addRow("fires: ENV with a credential URL")
            << project("FROM golang:1.22\nENV LIB_REPO=https://ci:" + kToken.toUtf8() + "@github.com/acme/lib\n"
                       "RUN go version\n")
            << QStringList { u"Dockerfile:2"_s };
        QTest::addRow("silent: secret mount with env=")
            << project("FROM golang:1.22\nRUN --mount=type=secret,id=gh,env=GITHUB_TOKEN git config --global "
                       "credential.helper '!f() { echo password=$GITHUB_TOKEN; }; f' && go mod download && "
                       "git config --global --unset credential.helper\n")
            << QStringList();
        QTest::addRow("silent: .netrc written and removed in the same RUN from a secret")
            << project("FROM golang:1.22\nRUN --mount=type=secret,id=pw,env=PW echo \"machine h login u password $PW\" "
                       "> ~/.netrc && go mod download && rm -f ~/.netrc\n")
            << QStringList();
        QTest::addRow("silent: GOPRIVATE and GOAUTH are not secrets")
            << project("FROM golang:1.22\nENV GOPRIVATE=github.com/acme/* GOAUTH=netrc\nRUN go mod download\n")
            << QStringList();
        QTest::addRow("silent: token ARG declared but never used")
            << project("FROM golang:1.22\nARG GITHUB_TOKEN\nRUN --mount=type=ssh go mod download\n") << QStringList();
        // Found by the fixture sweep (tests/data/dockerfiles/ssh-private-modules): `git` is ssh's login name.
        QTest::addRow("silent: ssh:// insteadOf with the user git (fixture sweep)")
            << project("FROM golang:1.22\nRUN git config --global url.\"ssh://git@github.com/\".insteadOf "
                       "\"https://github.com/\"\nRUN --mount=type=ssh go mod download\n")
            << QStringList();
        QTest::addRow("silent: git+ssh:// insteadOf (fixture sweep)")
            << project("FROM golang:1.22\nRUN git config --global url.'git+ssh://git@git.corp.example/'.insteadOf "
                       "'https://git.corp.example/'\nRUN --mount=type=ssh go mod download\n")
            << QStringList();
        QTest::addRow("silent: unreachable stage")
            << project("FROM golang:1.22 AS old\nARG GITHUB_TOKEN\nRUN echo $GITHUB_TOKEN\n\nFROM alpine:3.20\n")
            << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD307"_s); }

    // Found by the fixture sweep: `https://x-access-token:${GITHUB_TOKEN}@` from a secret mount writes the
    // token into ~/.gitconfig (reported), but the command text itself holds no credential.
    void placeholderUserWithReferencedTokenIsNoLiteralCredential()
    {
        const auto findings = gmdtest::runCheck(u"GMD307"_s,
            project("FROM golang:1.22\nRUN --mount=type=secret,id=gh,env=GITHUB_TOKEN git config --global "
                    "url.\"https://x-access-token:${GITHUB_TOKEN}@github.com/\".insteadOf \"https://github.com/\" "
                    "&& go mod download\n")
                .build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(u"~/.gitconfig"_s));
        QVERIFY2(!findings[0].message.contains(u"written in the command itself"_s), qPrintable(findings[0].message));
    }

    void neverPrintsTheSecret()
    {
        const auto findings = gmdtest::runCheck(u"GMD307"_s,
            project("FROM golang:1.22\nARG GIT_AUTH_TOKEN\nRUN git config --global url.\"https://$GIT_AUTH_TOKEN@"
                    "github.com/\".insteadOf \"https://github.com/\" && echo https://ci:" + kToken.toUtf8()
                + "@github.com\n")
                .buildArg(u"GIT_AUTH_TOKEN"_s, kToken)
                .build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QCOMPARE(f.severity, gmd::Severity::Error);
        QVERIFY(f.message.contains(u"ARG GIT_AUTH_TOKEN (line 2)"_s));
        QVERIFY(f.message.contains(u"~/.gitconfig"_s));
        QVERIFY(!f.message.contains(kToken));
        for (const gmd::Evidence& e : f.evidence)
            QVERIFY2(!e.value.contains(kToken) && !e.label.contains(kToken), qPrintable(e.value));
    }
};

QTEST_GUILESS_MAIN(TestGmd307)
#include "tst_gmd307.moc"
