// SPDX-License-Identifier: MIT
#pragma once

// Internal to the buildcheck module: the finding collector (BuildKit's linter.Run) and the
// check phases, in the order BuildKit runs them (spec dockerfile.md D).

#include "buildcheck/buildcheck.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gmd {

struct GlobalScope;

namespace buildcheck_detail {

/// BuildKit's linter: keeps the findings of the rules the configuration lets run (D1.1-D1.6).
class Emitter
{
public:
    Emitter(const QString& fileName, const BuildCheckConfig& config);

    /// Reports `rule` at `node`'s lines. `comments` are the attached comments of the instruction
    /// being checked, whose `# check=` merges in (D1.6); null for file-level checks.
    void report(const QString& rule, const DockerNode& node, const QString& message, const QStringList* comments);
    /// The same at an explicit location.
    void reportAt(
        const QString& rule, const SourceLocation& location, const QString& message, const QStringList* comments);

    const QString& fileName() const { return m_file; }
    QList<BuildCheckResult> takeResults() { return std::move(m_results); }

private:
    QString m_file;
    BuildCheckConfig m_config;
    QList<BuildCheckResult> m_results;
};

/// An instruction's range as BuildKit reports it (start..end line; column of the keyword).
SourceLocation nodeLocation(const QString& file, const DockerNode& node);

/// suggest.Search (case-sensitive): the option closest to `value` within edit distance 2, empty
/// when none is, or when `value` itself is an option. Ties go to the earliest option.
QString closestName(const QString& value, const QStringList& options);

/// Parse-time and file-level rules: NoEmptyContinuation, StageNameCasing, FromAsCasing,
/// MaintainerDeprecated, InvalidDefinitionDescription, ReservedStageName, DuplicateStageName,
/// ConsistentInstructionCasing.
void runParseChecks(const DockerfileAst& ast, const DockerfileModel& model, Emitter& emitter);

/// Rules on FROM lines in the global scope: InvalidDefaultArgInFrom, UndefinedArgInFrom,
/// RedundantTargetPlatform, FromPlatformFlagConstDisallowed.
void runFromChecks(const DockerfileModel& model, const GlobalScope& scope, Emitter& emitter);

/// Dispatch-time rules, stage by stage. Returns a build error (unknown --target), else empty.
QString runStageChecks(
    const DockerfileModel& model, const GlobalScope& scope, const BuildCheckOptions& options, Emitter& emitter);

} // namespace buildcheck_detail
} // namespace gmd
