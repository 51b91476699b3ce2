// SPDX-License-Identifier: MIT
// GMD309 replace-outside-context: a local replace the build cannot see.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kOutside = "module example.com/app\n\ngo 1.22\n\nrequire example.com/lib v0.0.0\n\n"
                            "replace example.com/lib => ../lib\n";
const QByteArray kInside = "module example.com/app\n\ngo 1.22\n\nrequire example.com/lib v0.0.0\n\n"
                           "replace example.com/lib => ./lib\n";
const QByteArray kUnused = "module example.com/app\n\ngo 1.22\n\nreplace example.com/lib => ../lib\n";

FactsBuilder project(const QByteArray& gomod, const QByteArray& dockerfile)
{
    return FactsBuilder()
        .goMod(gomod)
        .contextFile(u"main.go"_s, "package main\n")
        .contextFile(u"lib/go.mod"_s, "module example.com/lib\n\ngo 1.22\n")
        .contextFile(u"lib/lib.go"_s, "package lib\n")
        .dockerfile(dockerfile);
}
} // namespace

class TestGmd309 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: ../lib is outside the context")
            << project(kOutside, "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n")
            << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("fires: ./lib not copied before the download")
            << project(kInside, "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\nCOPY . .\n")
            << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("fires: ./lib excluded by .dockerignore")
            << project(kInside, "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build .\n")
                   .contextFile(u".dockerignore"_s, "lib\n")
            << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("silent: ./lib copied with the module files")
            << project(kInside, "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nCOPY lib/ lib/\nRUN go mod download\n")
            << QStringList();
        QTest::addRow("silent: whole context copied")
            << project(kInside, "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build .\n") << QStringList();
        QTest::addRow("silent: replaced module not required")
            << project(kUnused, "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build .\n") << QStringList();
        QTest::addRow("silent: unreachable stage")
            << project(kOutside, "FROM golang:1.22 AS old\nCOPY . .\nRUN go build .\n\nFROM alpine:3.20\n")
            << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD309"_s); }

    void messages()
    {
        auto findings = gmdtest::runCheck(u"GMD309"_s,
            project(kOutside, "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n").build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(u"outside the build context"_s));
        QCOMPARE(findings[0].evidence[0].source, u"/work/project/go.mod:7:1"_s);
        findings = gmdtest::runCheck(u"GMD309"_s,
            project(kInside, "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\n").build());
        QCOMPARE(findings[0].fix->commands, QStringList { u"COPY lib/ /src/lib/"_s });
    }
};

QTEST_GUILESS_MAIN(TestGmd309)
#include "tst_gmd309.moc"
