// SPDX-License-Identifier: MIT
// GMD401 context-without-dockerignore (dockerignore.md 6, dockerfile.md G6).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
FactsBuilder project(const QByteArray& dockerfile)
{
    return FactsBuilder()
        .goMod("module example.com/app\n\ngo 1.22\n")
        .contextFile(u"main.go"_s, "package main\n")
        .contextFile(u".git/HEAD"_s, "ref: refs/heads/main\n")
        .contextFile(u".git/config"_s, "[core]\n")
        .contextFile(u"web/node_modules/x/index.js"_s, "module.exports = 1\n")
        .dockerfile(dockerfile);
}
const QByteArray kCopyAll = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n";
} // namespace

class TestGmd401 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: no .dockerignore, COPY . .") << project(kCopyAll) << QStringList { u"build context"_s };
        QTest::addRow("fires: .dockerignore misses .git")
            << project(kCopyAll).contextFile(u".dockerignore"_s, "**/node_modules\n") << QStringList { u".dockerignore"_s };
        QTest::addRow("fires: bind mount of the whole context")
            << project("FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=bind,target=. go build -o /app .\n")
            << QStringList { u"build context"_s };
        QTest::addRow("silent: .dockerignore excludes both")
            << project(kCopyAll).contextFile(u".dockerignore"_s, ".git\n**/node_modules\n") << QStringList();
        QTest::addRow("silent: only named files are sent")
            << project("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod main.go ./\nRUN go build .\n") << QStringList();
        QTest::addRow("silent: whole copy only in an unreachable stage")
            << project("FROM golang:1.22 AS dev\nCOPY . .\n\nFROM golang:1.22\nCOPY main.go go.mod ./\n")
            << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD401"_s); }

    void sizesAndCounts()
    {
        const auto findings = gmdtest::runCheck(u"GMD401"_s, project(kCopyAll).build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QCOMPARE(f.severity, gmd::Severity::Warning);
        QVERIFY2(f.message.contains(u".git/ (2 files, "_s), qPrintable(f.message));
        QVERIFY2(f.message.contains(u"web/node_modules/ (1 file, "_s), qPrintable(f.message));
        QCOMPARE(f.fix->commands, (QStringList { u".git"_s, u"web/node_modules"_s }));
    }

    void largeFolder()
    {
        gmd::Facts facts = FactsBuilder()
                               .goMod("module example.com/app\n\ngo 1.22\n")
                               .contextFile(u"testdata/big.bin"_s, "x")
                               .dockerfile(kCopyAll)
                               .build();
        // A 60 MB folder without writing 60 MB: the scan's figures are what the check reads.
        facts.dockerfiles[0].context.largestIncludedDirectories = { { u"testdata"_s, 60'000'000, 12 },
            { u"vendor"_s, 80'000'000, 900 } };
        const auto findings = gmdtest::runCheck(u"GMD401"_s, facts);
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings[0].message.contains(u"testdata/ (12 files, 60"_s), qPrintable(findings[0].message));
        QVERIFY(!findings[0].message.contains(u"vendor/"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd401)
#include "tst_gmd401.moc"
