// SPDX-License-Identifier: MIT
// Helpers shared by the docker module tests.
#pragma once

#include "docker/dockeranalysis.h"
#include "dockerfile/dockerfilemodel.h"
#include "dockerfile/dockerfileparser.h"
#include "testutil/testutil.h"

#include <QStringList>

namespace dockertest {

/// Parses, models and analyses Dockerfile text named "Dockerfile".
inline gmd::DockerfileAnalysis analyze(const QByteArray& text, const gmd::DockerAnalysisOptions& options = {})
{
    const gmd::DockerfileAst ast = gmd::parseDockerfile(text, QStringLiteral("Dockerfile"));
    const gmd::DockerfileModel model = gmd::buildDockerfileModel(ast);
    return gmd::analyzeDockerfile(ast, model, options);
}

/// A fixture from tests/data/docker.
inline QByteArray fixture(const QString& name)
{
    return gmdtest::readFile(gmdtest::testDataDir() + QStringLiteral("/docker/") + name);
}

/// The text of a row: "@name" reads a fixture, anything else is the Dockerfile itself.
inline QByteArray dockerfileText(const QByteArray& row)
{
    if (row.startsWith('@'))
        return fixture(QString::fromUtf8(row.mid(1)));
    return row;
}

/// Options with --build-arg values given as "K=V".
inline gmd::DockerAnalysisOptions withBuildArgs(const QStringList& pairs, const QString& target = {})
{
    gmd::DockerAnalysisOptions o;
    for (const QString& p : pairs) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        o.buildArgs.insert(p.left(eq), p.mid(eq + 1));
    }
    o.target = target;
    return o;
}

/// The EnvContext of the RUN at `line`, or nullptr.
inline const gmd::EnvContext* contextAt(const gmd::DockerfileAnalysis& a, int line)
{
    const gmd::RunInfo* run = a.runAtLine(line);
    if (!run || run->context < 0)
        return nullptr;
    return &a.contexts.at(run->context);
}

/// The state before the instruction at `line`, or nullptr.
inline const gmd::BuildState* stateAt(const gmd::DockerfileAnalysis& a, int line)
{
    for (const gmd::StageInfo& s : a.stages) {
        for (const gmd::TimelineStep& step : s.steps) {
            if (step.location.line == line)
                return &step.before;
        }
    }
    return nullptr;
}

/// "line: message" of every diagnostic at or above `level`.
inline QStringList diagnostics(const gmd::DockerfileAnalysis& a, gmd::DiagnosticLevel level)
{
    QStringList out;
    for (const gmd::Diagnostic& d : a.diagnostics) {
        if (int(d.level) <= int(level))
            out.append(QStringLiteral("%1: %2").arg(d.location.line).arg(d.message));
    }
    return out;
}

} // namespace dockertest
