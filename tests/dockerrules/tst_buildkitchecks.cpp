// SPDX-License-Identifier: MIT
// BuildKit's build checks registered as checks (spec dockerfile.md D1, D2): one row that fires and
// one that must not for every offline rule, located at BuildKit's line, with BuildKit's message.
// The rules themselves are tested in tests/buildcheck; this tests the wrappers.
#include "checks/checktestutil.h"

#include "buildcheck/buildcheckrules.h"
#include "checks/engine.h"
#include "checks/registry.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
FactsBuilder df(const QByteArray& dockerfile)
{
    return FactsBuilder().goMod("module example.com/app\n\ngo 1.22\n").dockerfile(dockerfile);
}
} // namespace

class TestBuildKitChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyOfflineRuleIsRegistered()
    {
        for (const gmd::BuildCheckRule& rule : gmd::buildCheckRules()) {
            const gmd::Check* check = gmd::findCheck(rule.name);
            QCOMPARE(check != nullptr, rule.offline);
            if (!check)
                continue;
            const gmd::CheckInfo info = check->info();
            QCOMPARE(info.category, u"BuildKit build checks"_s);
            QCOMPARE(info.title, rule.description);
            QCOMPARE(info.severity, rule.experimental ? gmd::Severity::Info : gmd::Severity::Warning);
            QVERIFY2(rule.url.endsWith(u'/' + info.slug + u'/'), qPrintable(info.slug));
        }
    }

    void rules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        auto row = [](const char* name, const char* rule, const FactsBuilder& b, const QStringList& expected) {
            QTest::addRow("%s", name) << QString::fromLatin1(rule) << b << expected;
        };
        const QStringList l1 { u"Dockerfile:1"_s };
        const QStringList l2 { u"Dockerfile:2"_s };
        const QStringList l3 { u"Dockerfile:3"_s };
        row("StageNameCasing fires", "StageNameCasing", df("FROM golang:1.22 AS Build\n"), l1);
        row("StageNameCasing silent", "StageNameCasing", df("FROM golang:1.22 AS build\n"), none);
        row("FromAsCasing fires", "FromAsCasing", df("FROM golang:1.22 as build\n"), l1);
        row("FromAsCasing silent", "FromAsCasing", df("from golang:1.22 as build\n"), none);
        // BuildKit reports the line after the empty one.
        row("NoEmptyContinuation fires", "NoEmptyContinuation", df("FROM golang:1.22\nRUN go version \\\n\n && true\n"),
            QStringList { u"Dockerfile:4"_s });
        row("NoEmptyContinuation silent", "NoEmptyContinuation", df("FROM golang:1.22\nRUN go version \\\n && true\n"),
            none);
        row("ConsistentInstructionCasing fires", "ConsistentInstructionCasing",
            df("FROM golang:1.22\nrun go version\nRUN go env\n"), l2);
        row("ConsistentInstructionCasing silent", "ConsistentInstructionCasing",
            df("from golang:1.22\nrun go version\n"), none);
        row("DuplicateStageName fires", "DuplicateStageName",
            df("FROM golang:1.22 AS build\nFROM alpine:3.20 AS build\n"), l2);
        row("DuplicateStageName silent", "DuplicateStageName",
            df("FROM golang:1.22 AS build\nFROM alpine:3.20 AS final\n"), none);
        row("ReservedStageName fires", "ReservedStageName", df("FROM golang:1.22 AS scratch\n"), l1);
        row("ReservedStageName silent", "ReservedStageName", df("FROM golang:1.22 AS builder\n"), none);
        row("JSONArgsRecommended fires", "JSONArgsRecommended", df("FROM scratch\nCOPY app /app\nENTRYPOINT /app\n"), l3);
        row("JSONArgsRecommended silent", "JSONArgsRecommended",
            df("FROM scratch\nCOPY app /app\nENTRYPOINT [\"/app\"]\n"), none);
        row("MaintainerDeprecated fires", "MaintainerDeprecated", df("FROM golang:1.22\nMAINTAINER dev@example.com\n"),
            l2);
        row("MaintainerDeprecated silent", "MaintainerDeprecated",
            df("FROM golang:1.22\nLABEL org.opencontainers.image.authors=dev@example.com\n"), none);
        row("UndefinedArgInFrom fires", "UndefinedArgInFrom", df("FROM golang:${GO_VERSION}\n"), l1);
        row("UndefinedArgInFrom silent", "UndefinedArgInFrom", df("ARG GO_VERSION=1.22\nFROM golang:${GO_VERSION}\n"),
            none);
        row("WorkdirRelativePath fires", "WorkdirRelativePath", df("FROM golang:1.22\nWORKDIR src\n"), l2);
        row("WorkdirRelativePath silent", "WorkdirRelativePath", df("FROM golang:1.22\nWORKDIR /src\nWORKDIR app\n"),
            none);
        row("UndefinedVar fires", "UndefinedVar", df("FROM golang:1.22\nWORKDIR /src\nCOPY . $APP_DIR\n"), l3);
        row("UndefinedVar silent", "UndefinedVar", df("FROM golang:1.22\nARG APP_DIR=/app\nCOPY . $APP_DIR\n"), none);
        row("MultipleInstructionsDisallowed fires", "MultipleInstructionsDisallowed",
            df("FROM scratch\nCMD [\"/a\"]\nCMD [\"/b\"]\n"), l2);
        row("MultipleInstructionsDisallowed silent", "MultipleInstructionsDisallowed",
            df("FROM scratch\nENTRYPOINT [\"/a\"]\nCMD [\"-v\"]\n"), none);
        row("LegacyKeyValueFormat fires", "LegacyKeyValueFormat", df("FROM golang:1.22\nENV CGO_ENABLED 0\n"), l2);
        row("LegacyKeyValueFormat silent", "LegacyKeyValueFormat", df("FROM golang:1.22\nENV CGO_ENABLED=0\n"), none);
        row("RedundantTargetPlatform fires", "RedundantTargetPlatform",
            df("FROM --platform=$TARGETPLATFORM golang:1.22\n"), l1);
        row("RedundantTargetPlatform silent", "RedundantTargetPlatform",
            df("FROM --platform=$BUILDPLATFORM golang:1.22\n"), none);
        row("SecretsUsedInArgOrEnv fires", "SecretsUsedInArgOrEnv", df("FROM golang:1.22\nARG GITHUB_TOKEN\n"), l2);
        row("SecretsUsedInArgOrEnv silent on Go module settings", "SecretsUsedInArgOrEnv",
            df("FROM golang:1.22\nENV GOPRIVATE=github.com/acme/* GONOSUMDB=github.com/acme/* "
               "GONOPROXY=github.com/acme/* GOAUTH=netrc GOFLAGS=-mod=mod\nARG GOPROXY\n"),
            none);
        row("InvalidDefaultArgInFrom fires", "InvalidDefaultArgInFrom",
            df("ARG REGISTRY\nFROM ${REGISTRY}/golang:1.22\n"), l2);
        row("InvalidDefaultArgInFrom silent", "InvalidDefaultArgInFrom",
            df("ARG REGISTRY=docker.io/library\nFROM ${REGISTRY}/golang:1.22\n"), none);
        row("FromPlatformFlagConstDisallowed fires", "FromPlatformFlagConstDisallowed",
            df("FROM --platform=linux/arm64 golang:1.22 AS build\n"), l1);
        row("FromPlatformFlagConstDisallowed silent", "FromPlatformFlagConstDisallowed",
            df("FROM --platform=linux/arm64 golang:1.22 AS build-arm64\n"), none);
        row("CopyIgnoredFile fires", "CopyIgnoredFile",
            df("FROM golang:1.22\nCOPY README.md /doc/\n")
                .contextFile(u"README.md"_s, "# x\n")
                .contextFile(u".dockerignore"_s, "*.md\n"),
            l2);
        row("CopyIgnoredFile silent", "CopyIgnoredFile",
            df("FROM golang:1.22\nCOPY main.go /src/\n")
                .contextFile(u"main.go"_s, "package main\n")
                .contextFile(u".dockerignore"_s, "*.md\n"),
            none);
        row("InvalidDefinitionDescription fires when enabled", "InvalidDefinitionDescription",
            df("# check=experimental=InvalidDefinitionDescription\n# the go release\nARG GO_VERSION=1.22\n"
               "FROM golang:${GO_VERSION}\n"),
            l3);
        row("InvalidDefinitionDescription silent when not enabled", "InvalidDefinitionDescription",
            df("# the go release\nARG GO_VERSION=1.22\nFROM golang:${GO_VERSION}\n"), none);
        row("ExposeProtoCasing fires", "ExposeProtoCasing", df("FROM scratch\nEXPOSE 8080/TCP\n"), l2);
        row("ExposeProtoCasing silent", "ExposeProtoCasing", df("FROM scratch\nEXPOSE 8080/tcp\n"), none);
        row("ExposeInvalidFormat fires", "ExposeInvalidFormat", df("FROM scratch\nEXPOSE 80:8080\n"), l2);
        row("ExposeInvalidFormat silent", "ExposeInvalidFormat", df("FROM scratch\nEXPOSE 8080\n"), none);
        row("skipped by # check=skip", "StageNameCasing",
            df("# check=skip=StageNameCasing\nFROM golang:1.22 AS Build\n"), none);
        row("D1.7 unreachable stage: dispatch-time rule silent", "LegacyKeyValueFormat",
            df("FROM golang:1.22 AS dev\nENV A 1\n\nFROM golang:1.22 AS build\nENV B=2\n"), none);
    }
    void rules()
    {
        QFETCH(QString, rule);
        QFETCH(FactsBuilder, facts);
        QFETCH(QStringList, expected);
        const QList<gmd::Finding> findings = gmdtest::runCheck(rule, facts.build());
        if (gmdtest::subjects(findings) != expected) {
            for (const gmd::Finding& f : findings)
                qWarning().noquote() << f.subject << f.message;
        }
        QCOMPARE(gmdtest::subjects(findings), expected);
    }

    void messageSeverityAndErrorMode()
    {
        auto findings = gmdtest::runCheck(u"StageNameCasing"_s, df("FROM golang:1.22 AS Build\n").build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].message, u"Stage name 'Build' should be lowercase"_s);
        QCOMPARE(findings[0].severity, gmd::Severity::Warning);
        QCOMPARE(findings[0].location->line, 1);
        QCOMPARE(findings[0].docPath, u"docs/checks/StageNameCasing.md"_s);
        findings = gmdtest::runCheck(u"StageNameCasing"_s,
            df("# check=error=true\nFROM golang:1.22 AS Build\n").build());
        QCOMPARE(findings[0].severity, gmd::Severity::Error);
        QVERIFY(findings[0].message.contains(u"lint violation found for rules: StageNameCasing"_s));
        findings = gmdtest::runCheck(u"InvalidDefinitionDescription"_s,
            df("# check=experimental=InvalidDefinitionDescription\n# the go release\nARG GO_VERSION=1.22\n"
               "FROM golang:${GO_VERSION}\n")
                .build());
        QCOMPARE(findings[0].severity, gmd::Severity::Info);
    }

    void suppressedInline()
    {
        // An inline suppression names BuildKit rules like any other id.
        const gmd::Facts facts =
            df("# gomoddoctor ignore=StageNameCasing -- upstream name\nFROM golang:1.22 AS Build\n").build();
        gmd::EngineOptions options;
        options.only = { u"StageNameCasing"_s };
        const gmd::DiagnosisResult result = gmd::runChecks(facts, gmd::allChecks(), options);
        QVERIFY(result.findings.isEmpty());
        QCOMPARE(result.suppressed.size(), 1);
    }

    void allRulesInOneEngineRun()
    {
        // Every wrapper shares one report per Dockerfile, computed once even in parallel.
        const gmd::Facts facts = df("FROM golang:1.22 as Build\nENV CGO_ENABLED 0\nMAINTAINER x\n").build();
        gmd::EngineOptions options;
        options.threads = 8;
        const gmd::DiagnosisResult result = gmd::runChecks(facts, gmd::allChecks(), options);
        QSet<QString> ids;
        for (const gmd::Finding& f : result.findings)
            ids.insert(f.id);
        for (const QString& id :
            { u"StageNameCasing"_s, u"FromAsCasing"_s, u"LegacyKeyValueFormat"_s, u"MaintainerDeprecated"_s })
            QVERIFY2(ids.contains(id), qPrintable(id));
    }
};

QTEST_GUILESS_MAIN(TestBuildKitChecks)
#include "tst_buildkitchecks.moc"
