// SPDX-License-Identifier: MIT
// GMD311 vendor-excluded (H10): the build wants vendor/ and the image lacks it.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n\nrequire github.com/google/uuid v1.6.0\n";

FactsBuilder project(const QByteArray& dockerfile, bool vendored = true)
{
    FactsBuilder b;
    b.goMod(kGoMod).contextFile(u"main.go"_s, "package main\n").dockerfile(dockerfile);
    if (vendored) {
        b.vendor()
            .contextFile(u"vendor/modules.txt"_s, "# github.com/google/uuid v1.6.0\n## explicit\ngithub.com/google/uuid\n")
            .contextFile(u"vendor/github.com/google/uuid/uuid.go"_s, "package uuid\n")
            .contextFile(u"vendor/github.com/google/uuid/uuid_test.go"_s, "package uuid\n");
    }
    return b;
}
const QByteArray kBuild = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n";
} // namespace

class TestGmd311 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: H10 -mod=vendor, vendor excluded")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -mod=vendor -o /app .\n")
                   .contextFile(u".dockerignore"_s, "vendor\n")
            << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("fires: GOFLAGS=-mod=vendor, only go.mod copied")
            << project("FROM golang:1.22\nENV GOFLAGS=-mod=vendor\nWORKDIR /src\nCOPY go.mod main.go ./\n"
                       "RUN go build -o /app .\n")
            << QStringList { u"Dockerfile:5"_s };
        QTest::addRow("fires: default vendor mode, modules.txt excluded")
            << project(kBuild).contextFile(u".dockerignore"_s, "**/modules.txt\n") << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("fires: default vendor mode, test files excluded from vendor")
            << project(kBuild).contextFile(u".dockerignore"_s, "**/*_test.go\n") << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("fires (warning): vendored context, vendor/ excluded entirely")
            << project(kBuild).contextFile(u".dockerignore"_s, "vendor/\n") << QStringList { u"Dockerfile:4"_s };
        QTest::addRow("silent: vendor copied with the source") << project(kBuild) << QStringList();
        QTest::addRow("silent: -mod=mod overrides the default")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -mod=mod -o /app .\n")
                   .contextFile(u".dockerignore"_s, "vendor\n")
            << QStringList();
        QTest::addRow("silent: go mod download ignores vendor")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\n") << QStringList();
        QTest::addRow("silent: no vendor anywhere") << project(kBuild, false) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD311"_s); }

    void severityAndEvidence()
    {
        auto findings = gmdtest::runCheck(u"GMD311"_s,
            project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -mod=vendor -o /app .\n")
                .contextFile(u".dockerignore"_s, "# deps\nvendor\n")
                .build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Error);
        QVERIFY2(findings[0].message.contains(u".dockerignore line 2 'vendor' excludes vendor/modules.txt"_s),
            qPrintable(findings[0].message));
        findings = gmdtest::runCheck(u"GMD311"_s,
            project(kBuild).contextFile(u".dockerignore"_s, "vendor/\n").build());
        QCOMPARE(findings[0].severity, gmd::Severity::Warning);
        QVERIFY(findings[0].message.contains(u"downloads every module"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd311)
#include "tst_gmd311.moc"
