// SPDX-License-Identifier: MIT
// GMD301 gosum-not-copied (H4): go.mod copied without the go.sum the context has.
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

class TestGmd301 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: COPY go.mod alone, then download")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\nCOPY . .\nRUN go build .\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: bind mount of go.mod only")
            << project("FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=bind,source=go.mod,target=go.mod "
                       "--mount=type=cache,target=/go/pkg/mod go mod download\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: go.sum excluded by .dockerignore, only go.mod copied")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\n")
                   .contextFile(u".dockerignore"_s, "*.sum\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("silent: COPY . . with go.sum excluded is GMD400's")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build .\n")
                   .contextFile(u".dockerignore"_s, "*.sum\n")
            << QStringList();
        QTest::addRow("fires: two stages share one COPY, reported once")
            << project("FROM golang:1.22 AS base\nWORKDIR /src\nCOPY go.mod .\n\nFROM base AS test\n"
                       "RUN go mod download\n\nFROM base AS build\nRUN go mod download\nCOPY --from=test /src/go.mod /x\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("silent: go.mod and go.sum together")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\n") << QStringList();
        QTest::addRow("silent: go.* wildcard")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY go.* ./\nRUN go mod download\n") << QStringList();
        QTest::addRow("silent: no go.sum in the context")
            << FactsBuilder().goMod(kGoMod).dockerfile("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\n"
                                                       "RUN go mod download\n")
            << QStringList();
        QTest::addRow("silent: go mod tidy writes go.sum")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod tidy\n") << QStringList();
        QTest::addRow("silent: whole context copied")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build .\n") << QStringList();
        QTest::addRow("silent: unreachable stage")
            << project("FROM golang:1.22 AS old\nCOPY go.mod ./\nRUN go mod download\n\nFROM alpine:3.20\n")
            << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD301"_s); }

    void messageAndFix()
    {
        auto findings = gmdtest::runCheck(u"GMD301"_s,
            project("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\n").build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Warning);
        QVERIFY(findings[0].message.contains(u"missing go.sum entry"_s));
        QCOMPARE(findings[0].fix->commands, QStringList { u"COPY go.mod go.sum ./"_s });

        findings = gmdtest::runCheck(u"GMD301"_s,
            project("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\n")
                .contextFile(u".dockerignore"_s, "# sums\n*.sum\n")
                .build());
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings[0].message.contains(u".dockerignore line 2 '*.sum' excludes go.sum"_s),
            qPrintable(findings[0].message));
    }
};

QTEST_GUILESS_MAIN(TestGmd301)
#include "tst_gmd301.moc"
