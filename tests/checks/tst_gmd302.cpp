// SPDX-License-Identifier: MIT
// GMD302 gomod-other-dir: go.mod copied to another folder than the go command runs in.
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

class TestGmd302 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: COPY go.mod /src/ then WORKDIR /app")
            << project("FROM golang:1.22\nCOPY go.mod /src/\nWORKDIR /app\nRUN go mod download\n")
            << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("fires: COPY . /src but the RUN cds elsewhere")
            << project("FROM golang:1.22\nCOPY . /src\nRUN cd /build && go build -o /app /src\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("fires: sibling folder of the module")
            << project("FROM golang:1.22\nWORKDIR /go/src/app\nCOPY . .\nWORKDIR /go/src/tools\nRUN go build ./...\n")
            << QStringList { u"Dockerfile:5"_s };
        QTest::addRow("silent: WORKDIR is the module folder")
            << project("FROM golang:1.22\nCOPY go.mod /src/\nWORKDIR /src\nRUN go mod download\n") << QStringList();
        QTest::addRow("silent: go -C into the module")
            << project("FROM golang:1.22\nCOPY . /src\nRUN go -C /src build -o /app .\n") << QStringList();
        QTest::addRow("silent: no go.mod anywhere is GMD300's")
            << project("FROM golang:1.22\nWORKDIR /app\nRUN go mod download\n") << QStringList();
        QTest::addRow("silent: below the module folder")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN cd cmd && go build .\n") << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD302"_s); }

    void messageAndFix()
    {
        const auto findings = gmdtest::runCheck(u"GMD302"_s,
            project("FROM golang:1.22\nCOPY go.mod /src/\nWORKDIR /app\nRUN go mod download\n").build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(u"/src/go.mod (line 2)"_s));
        QCOMPARE(findings[0].fix->commands, (QStringList { u"WORKDIR /src"_s, u"RUN go mod download"_s }));
    }
};

QTEST_GUILESS_MAIN(TestGmd302)
#include "tst_gmd302.moc"
