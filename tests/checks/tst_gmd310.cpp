// SPDX-License-Identifier: MIT
// GMD310 gowork-not-copied: the workspace is left behind, or copied without its modules.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kWork = "go 1.22\n\nuse (\n\t./api\n\t./shared\n)\n";

FactsBuilder project(const QByteArray& dockerfile, const QByteArray& work = kWork)
{
    return FactsBuilder()
        .goWork(work)
        .contextFile(u"go.work"_s, work)
        .contextFile(u"api/go.mod"_s, "module example.com/api\n\ngo 1.22\n\nrequire example.com/shared v0.0.0\n")
        .contextFile(u"api/main.go"_s, "package main\n")
        .contextFile(u"shared/go.mod"_s, "module example.com/shared\n\ngo 1.22\n")
        .contextFile(u"shared/shared.go"_s, "package shared\n")
        .dockerfile(dockerfile);
}
} // namespace

class TestGmd310 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: only the api module copied")
            << project("FROM golang:1.22\nWORKDIR /src/api\nCOPY api/ ./\nRUN go build -o /app .\n")
            << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("fires: go.work copied without shared/")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY go.work ./\nCOPY api/ api/\nWORKDIR /src/api\n"
                       "RUN go build -o /app .\n")
            << QStringList { u"Dockerfile:6"_s };
        QTest::addRow("silent: whole workspace copied")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN cd api && go build -o /app .\n") << QStringList();
        QTest::addRow("silent: GOWORK=off on purpose")
            << project("FROM golang:1.22\nENV GOWORK=off\nWORKDIR /src/api\nCOPY api/ ./\nRUN go build -o /app .\n")
            << QStringList();
        QTest::addRow("silent: module not in the workspace")
            << project("FROM golang:1.22\nWORKDIR /src/tool\nCOPY shared/ ./\nRUN go build .\n",
                   "go 1.22\n\nuse ./api\n")
            << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD310"_s); }

    void severities()
    {
        auto findings = gmdtest::runCheck(u"GMD310"_s,
            project("FROM golang:1.22\nWORKDIR /src/api\nCOPY api/ ./\nRUN go build -o /app .\n").build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Warning);
        QCOMPARE(findings[0].fix->commands, QStringList { u"COPY go.work /src/"_s });
        findings = gmdtest::runCheck(u"GMD310"_s,
            project("FROM golang:1.22\nWORKDIR /src\nCOPY go.work ./\nCOPY api/ api/\nWORKDIR /src/api\n"
                    "RUN go build -o /app .\n")
                .build());
        QCOMPARE(findings[0].severity, gmd::Severity::Error);
        QVERIFY(findings[0].message.contains(u"cannot load module shared listed in go.work file"_s));
        QCOMPARE(findings[0].fix->commands, QStringList { u"COPY shared/ /src/shared/"_s });
    }
};

QTEST_GUILESS_MAIN(TestGmd310)
#include "tst_gmd310.moc"
