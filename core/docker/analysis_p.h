// SPDX-License-Identifier: MIT
// Internal to the docker module: the pieces analyzeDockerfile() is built from.
#pragma once

#include "docker/dockeranalysis.h"

namespace gmd::docker_detail {

/// What every step of the analysis reads.
struct AnalysisInput
{
    const DockerfileAst& ast;
    const DockerfileModel& model;
    const DockerAnalysisOptions& options;
    QString file; ///< the Dockerfile path for locations
};

/// A diagnostic at an instruction (message masked, source line attached).
Diagnostic diagnosticAt(const AnalysisInput& in, const DockerNode& node, DiagnosticLevel level, const QString& message);

/// The location of an instruction's keyword.
SourceLocation locationOf(const AnalysisInput& in, const DockerNode& node);

/// Expands a Dockerfile field (C1) against `state`; errors and undefined names (UndefinedVar,
/// a note only when the base image is unknown) go to `diagnostics`. On error the text is returned.
QString expandField(const AnalysisInput& in, const BuildState& state, bool imageKnown, const DockerNode& node,
    const QString& text, Diagnostics* diagnostics, bool* ok = nullptr);

/// Analyses one RUN of stage `stage` (mounts, network, go commands, files it generates, `go env -w`
/// writes); updates `state` to the state after the RUN.
RunInfo analyzeRun(const AnalysisInput& in, DockerfileAnalysis* analysis, int stage, const DockerInstruction& inst,
    int step, BuildState* state);

/// Walks the instructions of stage `index` (its parent must have been walked), filling the
/// stage's timeline, final state and references, and appending its RUNs to `analysis->runs`.
void walkStage(const AnalysisInput& in, DockerfileAnalysis* analysis, int index);

/// The go command's effective environment at a go-invoking RUN (one context per RUN).
EnvContext buildGoRunContext(const AnalysisInput& in, const StageInfo& stage, const RunInfo& run);

/// The user env file `go env -w` writes for an environment (ENV-4 inside a Linux container).
QString imageUserEnvFile(const QMap<QString, QString>& env, const QString& goVersion);

} // namespace gmd::docker_detail
