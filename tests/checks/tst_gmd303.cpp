// SPDX-License-Identifier: MIT
// GMD303 copy-all-before-download: COPY . . before the first module download.
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
    return FactsBuilder()
        .goMod(kGoMod)
        .goSum(kGoSum)
        .contextFile(u"main.go"_s, "package main\n")
        .contextFile(u"backend/go.mod"_s, "module example.com/backend\n\ngo 1.22\n")
        .contextFile(u"backend/main.go"_s, "package main\n")
        .dockerfile(dockerfile);
}
} // namespace

class TestGmd303 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: COPY . . then go build")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: COPY . . then go mod download")
            << project("FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go mod download\nRUN go build -o /app .\n"
                       "FROM scratch\nCOPY --from=build /app /app\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: a module folder copied with its source")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY backend/ ./\nRUN go build -o /app .\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: COPY . . in a parent stage, download in the child")
            << project("FROM golang:1.22 AS src\nWORKDIR /src\nCOPY . .\n\nFROM src AS build\nRUN go build -o /app .\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("silent: cache-friendly order")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n"
                       "RUN go build -o /app .\n")
            << QStringList();
        QTest::addRow("silent: cache mount on the module cache")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/go/pkg/mod go build .\n")
            << QStringList();
        QTest::addRow("silent: bind mounts instead of COPY")
            << project("FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=bind,target=. go build -o /app .\n")
            << QStringList();
        QTest::addRow("silent: earlier download with bind-mounted go.mod")
            << project("FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=bind,source=go.mod,target=go.mod "
                       "--mount=type=bind,source=go.sum,target=go.sum go mod download\nCOPY . .\nRUN go build .\n")
            << QStringList();
        QTest::addRow("silent: H10 vendored build downloads nothing")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n")
                   .contextFile(u"vendor/modules.txt"_s, "# github.com/google/uuid v1.6.0\n## explicit\n")
            << QStringList();
        QTest::addRow("silent: unreachable stage")
            << project("FROM golang:1.22 AS lint\nCOPY . .\nRUN go vet ./...\n\nFROM alpine:3.20\n") << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD303"_s); }

    void fixShowsTheOrder()
    {
        auto findings = gmdtest::runCheck(u"GMD303"_s,
            project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n").build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Warning);
        QCOMPARE(findings[0].fix->commands,
            (QStringList { u"COPY go.mod go.sum ./"_s, u"RUN go mod download"_s, u"COPY . ."_s,
                u"RUN CGO_ENABLED=0 go build -o /app ."_s }));
        findings = gmdtest::runCheck(u"GMD303"_s,
            project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go mod download\n").build());
        QCOMPARE(findings[0].fix->commands,
            (QStringList { u"COPY go.mod go.sum ./"_s, u"RUN go mod download"_s, u"COPY . ."_s }));
        findings = gmdtest::runCheck(u"GMD303"_s,
            project("FROM golang:1.22\nWORKDIR /src\nCOPY backend/ ./\nRUN go build .\n").build());
        QCOMPARE(findings[0].fix->commands.value(0), u"COPY backend/go.mod ./"_s);
        // The fix line goes at the COPY, whose WORKDIR is not the RUN's: an absolute destination.
        findings = gmdtest::runCheck(u"GMD303"_s,
            project("FROM golang:1.22\nWORKDIR /src\nCOPY backend/ ./backend/\nWORKDIR /src/backend\nRUN go build .\n")
                .build());
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings[0].fix->commands.value(0).endsWith(u"COPY backend/go.mod /src/backend/"_s), qPrintable(findings[0].fix->commands.value(0)));
    }
};

QTEST_GUILESS_MAIN(TestGmd303)
#include "tst_gmd303.moc"
