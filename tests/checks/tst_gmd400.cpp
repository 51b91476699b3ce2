// SPDX-License-Identifier: MIT
// GMD400 dockerignore-excludes-needed (dockerignore.md 5, 6, 8).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n\nrequire github.com/google/uuid v1.6.0\n";
const QByteArray kGoSum = "github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=\n"
                          "github.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=\n";

FactsBuilder project(const QByteArray& dockerfile, const QByteArray& ignore)
{
    return FactsBuilder()
        .goMod(kGoMod)
        .goSum(kGoSum)
        .contextFile(u"main.go"_s, "package main\n")
        .contextFile(u"configs/app.yaml"_s, "a: 1\n")
        .contextFile(u".dockerignore"_s, ignore)
        .dockerfile(dockerfile);
}
const QByteArray kModFirst = "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n"
                             "RUN go build -o /app .\n";
} // namespace

class TestGmd400 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: *.sum excludes go.sum named by COPY") << project(kModFirst, "*.sum\n")
                                                                  << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: a folder COPY copies nothing")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY configs/ /etc/app/\nCOPY . .\nRUN go build .\n",
                   "configs\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: go.mod removed from COPY . . with exceptions present")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build .\n", "*\n!*.go\n!configs\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("silent: ignore file excludes unrelated files")
            << project(kModFirst, ".git\n*.md\nbin/\n") << QStringList();
        QTest::addRow("silent: exception re-includes go.sum") << project(kModFirst, "*.sum\n!go.sum\n") << QStringList();
        QTest::addRow("silent: COPY of a missing file is not the ignore file's fault")
            << project("FROM golang:1.22\nCOPY missing.txt /x\n", "*.md\n") << QStringList();
        QTest::addRow("silent: unreachable stage")
            << project("FROM golang:1.22 AS old\nCOPY go.sum .\n\nFROM alpine:3.20\n", "*.sum\n") << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD400"_s); }

    void messageAndFix()
    {
        const auto findings = gmdtest::runCheck(u"GMD400"_s, project(kModFirst, "# sums\nbin/\n*.sum\n").build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QCOMPARE(f.severity, gmd::Severity::Error);
        QVERIFY2(f.message.contains(u"'COPY go.mod go.sum ./' at line 3 copies nothing from go.sum: .dockerignore line 3 "
                                    "'*.sum' excludes go.sum"_s),
            qPrintable(f.message));
        QCOMPARE(f.fix->commands, QStringList { u"!go.sum"_s });
    }
};

QTEST_GUILESS_MAIN(TestGmd400)
#include "tst_gmd400.moc"
