// SPDX-License-Identifier: MIT
// GMD304 no-module-cache-reuse: the source is bound into the downloading RUN and no cache mount
// keeps the modules.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n";

FactsBuilder project(const QByteArray& dockerfile)
{
    return FactsBuilder().goMod(kGoMod).contextFile(u"main.go"_s, "package main\n").dockerfile(dockerfile);
}
} // namespace

class TestGmd304 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: whole context bound, no cache mount")
            << project("FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=bind,target=. go build -o /app .\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: cache mount on GOCACHE only")
            << project("FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=bind,target=. "
                       "--mount=type=cache,target=/root/.cache/go-build go build -o /app .\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: GOMODCACHE moved by ENV, cache on the old path")
            << project("FROM golang:1.22\nENV GOMODCACHE=/cache/mod\nWORKDIR /src\nRUN --mount=type=bind,target=. "
                       "--mount=type=cache,target=/go/pkg/mod go build -o /app .\n")
            << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("silent: cache mount on /go/pkg/mod")
            << project("FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=bind,target=. "
                       "--mount=type=cache,target=/go/pkg/mod go build -o /app .\n")
            << QStringList();
        QTest::addRow("silent: go.mod layer first")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\nCOPY . .\nRUN go build .\n")
            << QStringList();
        QTest::addRow("silent: COPY . . is GMD303's")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build .\n") << QStringList();
        QTest::addRow("silent: bind of go.mod only")
            << project("FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=bind,source=go.mod,target=go.mod go mod download\n")
            << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD304"_s); }

    void fix()
    {
        const auto findings = gmdtest::runCheck(u"GMD304"_s,
            project("FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=bind,target=. go build -o /app .\n").build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Info);
        QCOMPARE(findings[0].fix->commands,
            QStringList { u"RUN --mount=type=cache,target=/go/pkg/mod --mount=type=bind,target=. go build -o /app ."_s });
    }
};

QTEST_GUILESS_MAIN(TestGmd304)
#include "tst_gmd304.moc"
