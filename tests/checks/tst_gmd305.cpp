// SPDX-License-Identifier: MIT
// GMD305 no-build-cache-mount: go build/test/install without a cache mount on GOCACHE.
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

class TestGmd305 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: plain go build")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n")
            << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("fires: go test and go build in two RUNs")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go test ./...\nRUN go build -o /app .\n")
            << QStringList { u"Dockerfile:4"_s, u"Dockerfile:5"_s };
        QTest::addRow("fires: only the module cache is mounted")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/go/pkg/mod go build .\n")
            << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("fires: GOCACHE moved away from the mount")
            << project("FROM golang:1.22\nENV GOCACHE=/tmp/gocache\nWORKDIR /src\nCOPY . .\n"
                       "RUN --mount=type=cache,target=/root/.cache/go-build go build .\n")
            << QStringList { u"Dockerfile:5"_s };
        QTest::addRow("silent: cache mount on /root/.cache/go-build")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\n"
                       "RUN --mount=type=cache,target=/root/.cache/go-build go build -o /app .\n")
            << QStringList();
        QTest::addRow("silent: cache mount on a parent of GOCACHE")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/root/.cache go build .\n")
            << QStringList();
        QTest::addRow("silent: go mod download does not compile")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go mod download\n") << QStringList();
        QTest::addRow("silent: unreachable stage")
            << project("FROM golang:1.22 AS old\nCOPY . .\nRUN go build .\n\nFROM alpine:3.20\n") << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD305"_s); }

    void fixForRootAndUser()
    {
        auto findings = gmdtest::runCheck(u"GMD305"_s,
            project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n").build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Info);
        QVERIFY(findings[0].message.contains(u"/root/.cache/go-build"_s));
        QCOMPARE(findings[0].fix->commands,
            QStringList { u"RUN --mount=type=cache,target=/root/.cache/go-build go build -o /app ."_s });
        findings = gmdtest::runCheck(u"GMD305"_s,
            project("FROM golang:1.22\nRUN useradd -m app\nUSER app\nWORKDIR /home/app/src\nCOPY . .\nRUN go build .\n")
                .build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].fix->commands,
            QStringList { u"RUN --mount=type=cache,target=/home/app/.cache/go-build,uid=<uid of app> go build ."_s });
    }
};

QTEST_GUILESS_MAIN(TestGmd305)
#include "tst_gmd305.moc"
