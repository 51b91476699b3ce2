// SPDX-License-Identifier: MIT
#pragma once

#include "atomicfiles.h"
#include "fixplan.h"
#include "journal.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace gmd {

/// How applyPlan() runs.
struct ApplyOptions
{
    /// The go command for `go env -w/-u` (required when the plan changes go env).
    QString goExecutable;
    QProcessEnvironment goEnvironment = QProcessEnvironment::systemEnvironment();
    /// The GOENV file (`go env GOENV`) whose bytes are journaled; GOENV is set to it for the run,
    /// so the file journaled is the file go writes. Required when the plan changes go env.
    QString goEnvFile;
    int goTimeoutMs = 30000;
    /// The journal folder; empty = Journal::defaultDirectory().
    QString journalDirectory;
    /// Commit each edited file that is in a git repository (commitFilesOnly). Refused before
    /// anything is written when such a file has uncommitted changes or git has no user identity.
    bool commitToGit = false;
    /// The title of the finding the plan fixes, for the commit message (fixCommitMessage).
    QString findingTitle;
    /// Fault injection for tests (see AtomicWriteOptions).
    AtomicWriteOptions writeOptions;
};

/// The outcome of applyPlan(). When `ok` is false, nothing stays changed.
struct ApplyResult
{
    bool ok = false;
    QString error; ///< names the path and the reason
    QStringList changedSincePreview; ///< files edited since the plan was computed: re-run the check
    QStringList notWritable; ///< read-only files or folders
    QString journalEntryId; ///< for Journal::undo()
    QList<JournalCommit> commits;
    QStringList warnings; ///< go's warnings, files not committed (outside a repository), ...
};

/// Applies a plan (issue 5 section 4): every file edit is checked against the bytes the plan was
/// computed from and written all-or-nothing (writeFilesAtomically); then `go env -u` / `go env -w`
/// run with the real go, the GOENV file read before and after; then the journal entry is
/// recorded (a failure there rolls everything back); then, if asked, the files are committed.
/// If go fails, the files and the GOENV file are restored. Blocking: call it off the GUI thread.
ApplyResult applyPlan(const FixPlan& plan, const ApplyOptions& options);

/// The commit message for a plan: "Fix <check id>: <findingTitle, or the plan's title>", the
/// plan's title when the subject is the finding's, the description and the plan id (secrets
/// masked; never translated: the history is shared). The CLI and the GUI both use it.
QString fixCommitMessage(const FixPlan& plan, const QString& findingTitle = {});

} // namespace gmd
