// SPDX-License-Identifier: MIT
#pragma once

// Shared helpers of the build check tests: run the checks on a Dockerfile text and list one
// rule's findings as "line: message".

#include "buildcheck/buildcheck.h"
#include "dockerfile/dockerfileparser.h"

#include <QHash>
#include <QStringList>
#include <QTest>

namespace buildchecktest {

/// Options with `NAME=VALUE` build args.
inline gmd::BuildCheckOptions withArgs(const QStringList& buildArgs)
{
    gmd::BuildCheckOptions options;
    for (const QString& arg : buildArgs) {
        const qsizetype eq = arg.indexOf(u'=');
        options.buildArgs.insert(arg.left(eq), eq < 0 ? QString() : arg.mid(eq + 1));
    }
    return options;
}

inline gmd::BuildCheckReport run(const QByteArray& dockerfile, const gmd::BuildCheckOptions& options = {})
{
    const gmd::DockerfileAst ast = gmd::parseDockerfile(dockerfile, QStringLiteral("Dockerfile"));
    return gmd::runBuildChecks(ast, gmd::buildDockerfileModel(ast), options);
}

/// "line: message" of every finding of `rule` (all rules when empty), in emission order.
inline QStringList findings(const gmd::BuildCheckReport& report, const QString& rule = {})
{
    QStringList out;
    for (const gmd::BuildCheckResult& r : report.results) {
        if (rule.isEmpty() || r.rule == rule)
            out.append(QString::number(r.location.line) + QStringLiteral(": ") + r.message);
    }
    return out;
}

/// Columns for the usual table: the rule, the Dockerfile, build args and the expected findings.
inline void addColumns()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QByteArray>("dockerfile");
    QTest::addColumn<QStringList>("buildArgs");
    QTest::addColumn<QStringList>("expected");
}

/// Runs one row of the usual table.
inline void compareRow()
{
    QFETCH(QString, rule);
    QFETCH(QByteArray, dockerfile);
    QFETCH(QStringList, buildArgs);
    QFETCH(QStringList, expected);
    const gmd::BuildCheckReport report = run(dockerfile, withArgs(buildArgs));
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(findings(report, rule), expected);
}

} // namespace buildchecktest
