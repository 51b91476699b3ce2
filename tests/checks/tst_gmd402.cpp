// SPDX-License-Identifier: MIT
// GMD402 context-suspicious-files: secrets and problems in what the build sends.
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
        .contextFile(u".env"_s, "DB_PASSWORD=x\n")
        .contextFile(u"deploy/.netrc"_s, "machine git.corp.example login ci password x\n")
        .contextFile(u"deploy/gcp/service-account.json"_s, "{}\n")
        .dockerfile(dockerfile);
}
const QByteArray kCopyAll = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n";
} // namespace

class TestGmd402 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: COPY . . sends .env, .netrc, a service account")
            << project(kCopyAll) << QStringList { u".env"_s };
        QTest::addRow("fires: a folder copy holding the .netrc")
            << project("FROM golang:1.22\nCOPY deploy/ /deploy/\nCOPY go.mod main.go ./\n")
            << QStringList { u"deploy/.netrc"_s };
        QTest::addRow("silent: excluded by .dockerignore")
            << project(kCopyAll).contextFile(u".dockerignore"_s, ".env\n**/.netrc\n**/*.json\n") << QStringList();
        QTest::addRow("silent: only module files copied")
            << project("FROM golang:1.22\nCOPY go.mod main.go ./\nRUN go build .\n") << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD402"_s); }

    void message()
    {
        const auto findings = gmdtest::runCheck(u"GMD402"_s, project(kCopyAll).build());
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QCOMPARE(f.severity, gmd::Severity::Warning);
        QCOMPARE(f.location->line, 3);
        QVERIFY2(f.message.contains(u".env, deploy/.netrc, deploy/gcp/service-account.json"_s), qPrintable(f.message));
        QVERIFY(f.message.contains(u"in the image too"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd402)
#include "tst_gmd402.moc"
