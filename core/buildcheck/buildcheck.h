// SPDX-License-Identifier: MIT
#pragma once

// BuildKit's build checks (`docker build --check`, spec dockerfile.md D) as pure functions over
// the parse tree and the stage model, with BuildKit's rule names, descriptions, links and
// message texts so that users recognise them.
//
// Offline limits (D1.7): the base images are never pulled. InvalidBaseImagePlatform needs the
// pulled image and is not run. UndefinedVar cannot see the ENV of an unknown base image, so in
// stages built on one only names no image can define ($0, $@, ...) are reported; the ENV of
// well-known official images (golang, alpine, debian, ...) and of images passed in
// BuildCheckOptions::baseImageEnv is known. JSONArgsRecommended assumes base images set no SHELL.

#include "buildcheck/buildcheckconfig.h"
#include "common/diagnostic.h"
#include "dockerfile/dockerfileast.h"
#include "dockerfile/dockerfilemodel.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gmd {

class PatternMatcher;

/// One finding, as BuildKit's lint result reports it.
struct BuildCheckResult
{
    QString rule; ///< e.g. "UndefinedVar"
    QString description; ///< the rule's description
    QString url; ///< documentation link (may be empty)
    QString message; ///< BuildKit's formatted message, e.g. "Usage of undefined variable '$FOO'"
    SourceLocation location; ///< the instruction (line..endLine); file = the AST's file name
    bool experimental = false;

    /// BuildKit's short form: "<rule>: <message> (line <n>)".
    QString formatShort() const;
};

struct BuildCheckOptions
{
    /// --build-arg values (BUILDKIT_DOCKERFILE_CHECK is read from here, D1.5).
    QHash<QString, QString> buildArgs;
    /// --target; empty means the last stage.
    QString target;
    /// false: `docker build --check` without --target, every stage is evaluated (D1.7);
    /// true (or a target given): only stages the target depends on run the dispatch-time checks.
    bool reachableOnly = false;
    /// Platforms for the automatic args (S1): os/arch[/variant].
    QString targetPlatform = QStringLiteral("linux/amd64");
    QString buildPlatform = QStringLiteral("linux/amd64");
    /// The build context's .dockerignore; CopyIgnoredFile runs only with a non-empty one.
    const PatternMatcher* ignoreMatcher = nullptr;
    /// Replaces the directive and BUILDKIT_DOCKERFILE_CHECK when set.
    std::optional<BuildCheckConfig> config;
    /// ENV (NAME=VALUE entries) of base images known to the caller, keyed by the image reference
    /// as FROM names it after global ARG expansion (e.g. "registry.local/base:1"); makes
    /// UndefinedVar decidable for stages built on them.
    QHash<QString, QStringList> baseImageEnv;
};

struct BuildCheckReport
{
    QList<BuildCheckResult> results; ///< in the order BuildKit emits them
    BuildCheckConfig config; ///< the configuration used
    /// A build error found on the way: a check configuration that does not parse (then no check
    /// ran) or an unknown --target (then no dispatch-time check ran).
    QString error;
    /// D1.3: "lint violation found for rules: ..." when `error=true` and something fired.
    QString failure;
    /// Rules that were not decided offline, each "<rule>: <reason>".
    QStringList notRun;
};

/// Runs every offline-decidable build check (D2) on a parsed Dockerfile and its stage model,
/// honouring `# check=` (D1.1-D1.4), BUILDKIT_DOCKERFILE_CHECK (D1.5) and per-instruction
/// `# check=` comments (D1.6). Never fails; opens no files.
BuildCheckReport runBuildChecks(
    const DockerfileAst& ast, const DockerfileModel& model, const BuildCheckOptions& options = {});

} // namespace gmd
