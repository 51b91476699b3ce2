// SPDX-License-Identifier: MIT
#pragma once

// Stages and effective environment of a Dockerfile (spec dockerfile.md S, C1, B1.3/B1.4, B4, G):
// the stage graph, a per-instruction timeline of the build state, the go commands every RUN
// runs, and for each of them the go command's effective environment as an EnvContext.

#include "docker/buildstate.h"
#include "docker/goinvocation.h"
#include "docker/golangimages.h"
#include "docker/suppressions.h"
#include "dockerfile/dockerfileast.h"
#include "dockerfile/dockerfilemodel.h"
#include "env/goenvironment.h"

#include <QList>
#include <QMap>
#include <QString>

namespace gmd {

/// How the build is run (the `docker build` command line).
struct DockerAnalysisOptions
{
    QMap<QString, QString> buildArgs; ///< --build-arg K=V
    QString target; ///< --target; empty = the last stage
    QString fileName; ///< the Dockerfile path used in ids, labels and locations (default: the AST's)
    QString targetPlatform = QStringLiteral("linux/amd64"); ///< --platform
    QString buildPlatform = QStringLiteral("linux/amd64"); ///< the builder's platform (BUILDPLATFORM)
};

/// An ARG before the first FROM (S2).
struct GlobalArg
{
    QString name;
    std::optional<QString> value; ///< nullopt: declared but unset
    EnvSource source = EnvSource::DockerfileArg; ///< DockerfileArg (default) or BuildArg
    SourceLocation location;
};

/// A reference from one stage to another (or to an image) by COPY --from or RUN --mount from=.
struct StageReference
{
    SourceLocation location;
    QString reference; ///< as written
    int stage = -1; ///< the stage it resolves to (B1.3), -1 for an image
    bool mount = false; ///< RUN --mount from= (else COPY --from)
};

/// The state before one instruction of a stage.
struct TimelineStep
{
    InstructionKind kind = InstructionKind::Unknown;
    int command = -1; ///< index in DockerStage::commands; -1 for a parent's ONBUILD trigger (B3.8)
    SourceLocation location;
    BuildState before;
    int run = -1; ///< index in DockerfileAnalysis::runs for RUN instructions
};

/// One RUN instruction.
struct RunInfo
{
    int stage = -1;
    int step = -1; ///< index in StageInfo::steps
    SourceLocation location;
    bool execForm = false;
    QStringList command; ///< exec-form elements, or the shell text (heredoc bodies appended)
    bool heredocScript = false; ///< the command is a heredoc script (A8.10)
    QList<RunMount> mounts; ///< typed, values expanded (B4.5)
    QString network = QStringLiteral("default"); ///< --network (spec G2)
    QString security = QStringLiteral("sandbox");
    QString workdir; ///< WORKDIR before `cd`
    QList<EnvAssignment> environment; ///< what the process gets: build env winners, then proxy args (S8)
    QList<GoInvocation> go; ///< go commands, in order
    int context = -1; ///< index in DockerfileAnalysis::contexts when it runs go

    bool invokesGo() const { return !go.isEmpty(); }
    /// "mod download", "build", ... in order, without repeats.
    QStringList goSubcommands() const;
    /// The cache mounts (`type=cache`).
    QList<RunMount> cacheMounts() const;
    /// True for secret or ssh mounts (spec G4).
    bool hasCredentialMount() const;
};

/// One build stage.
struct StageInfo
{
    int index = 0;
    QString name; ///< lower-cased `AS` name, empty when unnamed
    QString baseAsWritten; ///< FROM text as written
    QString baseExpanded; ///< against the global scope (S3)
    bool baseResolved = true; ///< false when a variable in the FROM text was undefined
    int parentStage = -1; ///< FROM an earlier stage (B1.3), -1 otherwise
    BaseImageFacts image; ///< the image at the root of the parent chain (unknown for scratch and others)
    QString platformAsWritten;
    QString platform; ///< expanded --platform, else the target platform ("linux/amd64")
    QString goos = QStringLiteral("linux");
    QString goarch = QStringLiteral("amd64");
    QList<StageReference> references; ///< COPY --from and RUN --mount from=
    bool reachable = false; ///< runs when building the target (B1.4)
    bool isTarget = false;
    SourceLocation location; ///< the FROM line
    QList<TimelineStep> steps; ///< one per instruction after FROM
    BuildState initial; ///< the state right after FROM
    BuildState final; ///< the state after the last instruction

    /// The name, or "#<index>" for an unnamed stage.
    QString label() const;
};

/// Everything analyzeDockerfile() found.
struct DockerfileAnalysis
{
    QString fileName;
    QList<EnvAssignment> globalScope; ///< automatic platform args and global ARG values (S1/S2)
    QList<GlobalArg> globalArgs;
    QList<StageInfo> stages;
    int target = -1; ///< the target stage index, -1 when there is none
    QList<RunInfo> runs; ///< every RUN of every stage, in file order
    QList<EnvContext> contexts; ///< one per go-invoking RUN, reachable or not (see reachableContexts())
    QList<Suppression> suppressions;
    EnvPairs proxyBuildArgs; ///< S8: NAME=value pairs passed to every RUN
    Diagnostics diagnostics; ///< expansion errors and undefined variables (file:line:col)

    /// The stage with that name (case-insensitive) or "#<index>", or nullptr.
    const StageInfo* stage(const QString& nameOrIndex) const;
    /// The RUN at a Dockerfile line, or nullptr.
    const RunInfo* runAtLine(int line) const;
    /// The contexts whose RUN belongs to a stage reachable from the target (spec G5).
    QList<EnvContext> reachableContexts() const;
};

/// Analyses a parsed Dockerfile (pure: no files, no network).
DockerfileAnalysis analyzeDockerfile(
    const DockerfileAst& ast, const DockerfileModel& model, const DockerAnalysisOptions& options = {});

/// The "<file>:<stage>:<line>" id analyzeDockerfile() gives the context of a RUN.
QString dockerContextId(const QString& file, const StageInfo& stage, int line);

} // namespace gmd
