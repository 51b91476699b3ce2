// SPDX-License-Identifier: MIT
#pragma once

// Which build checks run (spec dockerfile.md D1): the `# check=` directive, the
// BUILDKIT_DOCKERFILE_CHECK build arg and `# check=` comments attached to one instruction.

#include "dockerfile/dockerfileast.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace gmd {

/// BuildKit's linter.Config.
struct BuildCheckConfig
{
    QStringList skip; ///< `skip=R1,R2` (names are case-sensitive, D1.2)
    bool skipAll = false; ///< `skip=all`
    bool error = false; ///< `error=true`: findings fail the build (D1.3)
    QStringList experimental; ///< `experimental=R1`
    bool experimentalAll = false; ///< `experimental=all`
    /// BuildKit's error when the options do not parse; the build then fails before any check runs.
    QString parseError;

    /// True when the options parsed.
    bool ok() const { return parseError.isEmpty(); }
};

/// linter.ParseLintOptions (D1.1) on an options text such as `skip=A,B;error=true`. On failure
/// parseError holds BuildKit's unwrapped text, e.g. `invalid check option "foo"`.
BuildCheckConfig parseCheckOptions(const QString& options);

/// The `# check=` directive value (text after the first space ignored, A2.8) parsed as BuildKit
/// does; errors read `failed to parse check options: invalid check option "foo"`.
BuildCheckConfig parseCheckDirective(const QString& value);

/// The configuration a build uses (D1.1, D1.5): BUILDKIT_DOCKERFILE_CHECK among `buildArgs`
/// replaces the directive entirely (errors read `failed to parse
/// build-arg:BUILDKIT_DOCKERFILE_CHECK: ...`); else the directive; else the defaults.
BuildCheckConfig resolveBuildCheckConfig(
    const DockerfileDirectives& directives, const QHash<QString, QString>& buildArgs);

/// D1.6: the first `check=` among an instruction's attached comments (text after its first
/// space ignored); nothing when there is none or it does not parse (BuildKit then keeps the
/// file's configuration).
std::optional<BuildCheckConfig> checkConfigFromComments(const QStringList& comments);

/// linter.Run's decision for `rule`: an experimental rule runs only when enabled by the file or
/// the instruction (skip does not apply, D1.4); any other rule runs unless skipped by either.
bool isBuildCheckEnabled(const QString& rule, bool experimental, const BuildCheckConfig& file,
    const BuildCheckConfig* instruction = nullptr);

/// D1.3: with `error=true` and findings, BuildKit's `lint violation found for rules: R1, R2`
/// (each name once, first-seen order); empty otherwise.
QString buildCheckFailure(const BuildCheckConfig& config, const QStringList& firedRules);

} // namespace gmd
