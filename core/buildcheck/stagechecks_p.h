// SPDX-License-Identifier: MIT
#pragma once

// Internal: one stage's conversion as far as the dispatch-time build checks need it
// (BK:d2llb/convert.go dispatch and the dispatch* functions; spec dockerfile.md S4-S6, C1).

#include "buildcheck/buildcheck.h"
#include "checkrun_p.h"
#include "dockershell/shellenv.h"
#include "globalscope_p.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace gmd::buildcheck_detail {

/// What a stage carries into a stage built FROM it (S6).
struct StageState
{
    ShellEnv env; ///< build environment: base image ENV, ENV, ARG values (S5)
    QStringList declaredArgs; ///< ARG names declared in the stage and its in-file ancestors
    bool envKnown = true; ///< false when the root base image's ENV is unknown offline
    bool shellSet = false; ///< the image config has a SHELL (set by a SHELL instruction)
    bool workdirSet = false; ///< a WORKDIR ran in this Dockerfile (WorkdirRelativePath)
    QString os = QStringLiteral("linux"); ///< the stage platform's OS
};

/// Runs the dispatch-time rules of one stage, instruction by instruction.
class StageDispatcher
{
public:
    StageDispatcher(const GlobalScope& scope, const BuildCheckOptions& options, Emitter& emitter, StageState state);

    /// Dispatches `inst`. Findings are reported at `at` (the instruction itself, or the stage's
    /// FROM for an ONBUILD trigger) with `comments` for D1.6 (null for triggers).
    void dispatch(const DockerInstruction& inst, const SourceLocation& at, const QStringList* comments);

    const StageState& state() const { return m_state; }

private:
    /// Expands one field against the stage environment and reports UndefinedVar (C1, D2).
    QString expand(const QString& word);
    void reportUnmatched(const QSet<QString>& unmatched);
    void report(const QString& rule, const QString& message);
    /// D2 MultipleInstructionsDisallowed: reported at the earlier instruction.
    void usedOnce(SourceLocation* previous, const QString& keyword);

    void dispatchEnv(const QList<KeyValuePair>& pairs, const QString& keyword, bool isLabel);
    void dispatchArg(const ArgInstruction& arg);
    void dispatchWorkdir(const QString& path);
    void dispatchCopy(const QStringList& sources, const QList<InlineFile>& inlines, bool checkIgnored, bool isAdd);
    void dispatchRunMounts(const RunInstruction& run);
    void dispatchCommand(const CommandLine& command, const QString& keyword, SourceLocation* previous);
    void dispatchExpose(const QStringList& ports);

    const GlobalScope& m_scope;
    const BuildCheckOptions& m_options;
    Emitter& m_emitter;
    StageState m_state;
    SourceLocation m_at;
    const QStringList* m_comments = nullptr;
    SourceLocation m_cmd;
    SourceLocation m_entrypoint;
    SourceLocation m_healthcheck;
};

} // namespace gmd::buildcheck_detail
