// SPDX-License-Identifier: MIT
// GMD306 private-modules-without-credentials (H5, H7, spec dockerfile.md G4).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n\nrequire (\n"
                          "\tgit.corp.example/team/lib v1.2.0\n"
                          "\tgithub.com/google/uuid v1.6.0\n)\n";
const QByteArray kPublic = "module example.com/app\n\ngo 1.22\n\nrequire github.com/google/uuid v1.6.0\n";
const QByteArray kGithubPrivate = "module example.com/app\n\ngo 1.22\n\nrequire github.com/acme/secret v0.3.0\n";

FactsBuilder project(const QByteArray& dockerfile, const QByteArray& gomod = kGoMod)
{
    return FactsBuilder().goMod(gomod).contextFile(u"main.go"_s, "package main\n").dockerfile(dockerfile);
}
const QByteArray kHead = "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\n";
} // namespace

class TestGmd306 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: H5 private host, no credentials")
            << project(kHead + "RUN go mod download\n") << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("fires: GOPRIVATE names a github.com path")
            << project(kHead + "ENV GOPRIVATE=github.com/acme/*\nRUN go mod download\n", kGithubPrivate)
            << QStringList { u"Dockerfile:5"_s };
        QTest::addRow("fires: cache mount only")
            << project(kHead + "RUN --mount=type=cache,target=/go/pkg/mod go mod download\n")
            << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("fires: G4 ssh for the download, but the build re-downloads outside the cache")
            << project(kHead + "RUN --mount=type=cache,target=/go/pkg/mod --mount=type=ssh go mod download\n"
                               "COPY . .\nRUN go build -o /app .\n")
            << QStringList { u"Dockerfile:6"_s };
        QTest::addRow("silent: G4 ssh mount")
            << project(kHead + "RUN --mount=type=ssh go mod download\n") << QStringList();
        QTest::addRow("silent: G4 secret mount with .netrc")
            << project(kHead + "RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download\n")
            << QStringList();
        QTest::addRow("silent: insteadOf set up in an earlier RUN (GMD307's business)")
            << project("FROM golang:1.22\nARG GITHUB_TOKEN\nRUN git config --global "
                       "url.\"https://${GITHUB_TOKEN}@git.corp.example/\".insteadOf \"https://git.corp.example/\"\n"
                       "WORKDIR /src\nCOPY go.mod ./\nRUN go mod download\n")
            << QStringList();
        QTest::addRow("silent: public modules only") << project(kHead + "RUN go mod download\n", kPublic)
                                                    << QStringList();
        QTest::addRow("silent: later RUN shares the cache mount")
            << project(kHead + "RUN --mount=type=cache,target=/go/pkg/mod --mount=type=ssh go mod download\n"
                               "COPY . .\nRUN --mount=type=cache,target=/go/pkg/mod go build -o /app .\n")
            << QStringList();
        QTest::addRow("silent: private proxy serves everything")
            << project(kHead + "ENV GOPROXY=https://athens.corp.example GONOPROXY=none GOPRIVATE=git.corp.example\n"
                               "RUN go mod download\n")
            << QStringList();
        QTest::addRow("silent: -mod=vendor build")
            << project(kHead + "COPY vendor/ vendor/\nRUN go build -mod=vendor -o /app .\n") << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD306"_s); }

    void messageAndFix()
    {
        const auto findings = gmdtest::runCheck(u"GMD306"_s, project(kHead + "RUN go mod download\n").build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QCOMPARE(f.severity, gmd::Severity::Warning);
        QVERIFY(f.message.contains(u"git.corp.example/team/lib (not a public host)"_s));
        QVERIFY(!f.message.contains(u"uuid"_s));
        QCOMPARE(f.fix->commands,
            (QStringList { u"ENV GOPRIVATE=git.corp.example"_s,
                u"RUN mkdir -p -m 0700 ~/.ssh && ssh-keyscan git.corp.example >> ~/.ssh/known_hosts && git config "
                "--global url.\"git@git.corp.example:\".insteadOf \"https://git.corp.example/\""_s,
                u"RUN --mount=type=ssh go mod download"_s }));
    }
};

QTEST_GUILESS_MAIN(TestGmd306)
#include "tst_gmd306.moc"
