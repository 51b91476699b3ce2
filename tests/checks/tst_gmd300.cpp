// SPDX-License-Identifier: MIT
// GMD300 download-before-gomod (spec dockerfile.md G5/G6): a go command that needs go.mod runs
// where the image has none.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n\nrequire github.com/google/uuid v1.6.0\n";
const QByteArray kGoSum = "github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=\n"
                          "github.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=\n";

FactsBuilder project(const QByteArray& dockerfile)
{
    return FactsBuilder().goMod(kGoMod).goSum(kGoSum).contextFile(u"main.go"_s, "package main\n").dockerfile(dockerfile);
}
} // namespace

class TestGmd300 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: download before any COPY")
            << project("FROM golang:1.22\nWORKDIR /app\nRUN go mod download\nCOPY . .\nRUN go build -o /app/server .\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: heredoc RUN in a multi-stage build")
            << project("# syntax=docker/dockerfile:1\nFROM golang:1.22 AS build\nWORKDIR /src\nRUN <<EOF\nset -e\n"
                       "go mod download\nEOF\nCOPY . .\nRUN go build -o /out/app .\n\nFROM scratch\n"
                       "COPY --from=build /out/app /app\n")
            << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("fires: ARG-driven FROM, go list in /")
            << project("ARG GO_VERSION=1.22\nFROM golang:${GO_VERSION}-alpine\nRUN go list -m all\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: go vet after cd into an empty folder")
            << project("FROM golang:1.22\nRUN mkdir /work && cd /work && go vet ./...\n")
            << QStringList { u"Dockerfile:2"_s };
        QTest::addRow("fires: cache mount is not a go.mod")
            << project("FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("silent: go.mod and go.sum copied first")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\n")
            << QStringList();
        QTest::addRow("silent: bind mounts of go.mod and go.sum")
            << project("FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=bind,source=go.mod,target=go.mod "
                       "--mount=type=bind,source=go.sum,target=go.sum go mod download\n")
            << QStringList();
        QTest::addRow("silent: bind mount of the whole context")
            << project("FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=bind,target=. go build -o /app .\n")
            << QStringList();
        QTest::addRow("silent: go mod init earlier in the same RUN")
            << project("FROM golang:1.22\nWORKDIR /tool\nRUN go mod init example.com/tool && go get golang.org/x/text\n")
            << QStringList();
        QTest::addRow("silent: go mod init in an earlier RUN")
            << project("FROM golang:1.22\nWORKDIR /tool\nRUN go mod init example.com/tool\nRUN go mod tidy\n")
            << QStringList();
        QTest::addRow("silent: go install pkg@version needs no module")
            << project("FROM golang:1.22\nRUN go install golang.org/x/tools/cmd/goimports@v0.24.0\n") << QStringList();
        QTest::addRow("silent: G5 unreachable debug stage")
            << project("FROM golang:1.22 AS debug\nRUN go mod download\n\nFROM golang:1.22 AS build\nWORKDIR /src\n"
                       "COPY . .\nRUN go build -o /app .\n")
            << QStringList();
        QTest::addRow("silent: git clone provides the module")
            << project("FROM golang:1.22\nRUN git clone https://github.com/acme/tool /src && cd /src && go build .\n")
            << QStringList();
        QTest::addRow("silent: go.mod in a parent folder")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\nCOPY . .\nWORKDIR /src/cmd/app\n"
                       "RUN go build .\n")
            << QStringList();
        QTest::addRow("silent: GO111MODULE=off")
            << project("FROM golang:1.22\nENV GO111MODULE=off\nRUN go build ./...\n") << QStringList();
        QTest::addRow("silent: go.mod copied elsewhere is GMD302's")
            << project("FROM golang:1.22\nCOPY go.mod go.sum /src/\nWORKDIR /app\nRUN go mod download\n")
            << QStringList();
        QTest::addRow("silent: go.mod excluded by .dockerignore is GMD400's")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build .\n")
                   .contextFile(u".dockerignore"_s, "go.mod\n")
            << QStringList();
        QTest::addRow("silent: go build of a file") << project("FROM golang:1.22\nCOPY main.go .\nRUN go build main.go\n")
                                                    << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD300"_s); }

    void messageAndFix()
    {
        const auto findings = gmdtest::runCheck(u"GMD300"_s,
            project("FROM golang:1.22\nWORKDIR /app\nRUN go mod download\nCOPY . .\n").build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QCOMPARE(f.severity, gmd::Severity::Error);
        QCOMPARE(f.location->line, 3);
        QVERIFY(f.message.contains(u"go.mod file not found in current directory or any parent directory"_s));
        QVERIFY(f.message.contains(u"/app"_s));
        QCOMPARE(f.fix->commands, (QStringList { u"COPY go.mod go.sum ./"_s, u"RUN go mod download"_s }));
    }
};

QTEST_GUILESS_MAIN(TestGmd300)
#include "tst_gmd300.moc"
