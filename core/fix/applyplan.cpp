// SPDX-License-Identifier: MIT
#include "applyplan.h"

#include "common/processrunner.h"
#include "common/secrets.h"
#include "common/textfile.h"
#include "gitintegration.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// A file's state: its bytes, or nullopt when absent. Error when unreadable.
std::optional<QByteArray> readState(const QString& path, QString* error)
{
    const FileReadResult r = readTextFile(path, kDefaultMaxTextFile, false);
    if (r.status == ReadStatus::Missing)
        return std::nullopt;
    if (!r.ok())
        *error = r.message;
    return r.bytes;
}

ProcessResult runGo(const ApplyOptions& options, const QStringList& args)
{
    ProcessOptions po;
    po.environment = options.goEnvironment;
    // The journaled file must be the file go writes: pin GOENV to it.
    po.environment.insert(u"GOENV"_s, options.goEnvFile);
    // Outside any module, so no go.mod (toolchain line) influences the run.
    po.workingDirectory = QDir::rootPath();
    po.timeoutMs = options.goTimeoutMs;
    return runProcess(options.goExecutable, args, po);
}

QString goFailure(const QStringList& args, const ProcessResult& p)
{
    const QString detail = !p.started || p.timedOut ? p.errorString : QString::fromUtf8(p.err).trimmed();
    return maskSecrets(u"go %1 failed: %2"_s.arg(args.join(u' '), detail));
}

/// Runs `go env -u` and `go env -w` for the plan's changes (issue 5 section 4), journaling the
/// GOENV file's bytes before and after. On failure the GOENV file is put back.
bool applyGoEnv(const FixPlan& plan, const ApplyOptions& options, JournalGoEnv* journal, ApplyResult* r)
{
    journal->file = options.goEnvFile;
    journal->changes = plan.goEnv;
    QString readError;
    const std::optional<QByteArray> before = readState(options.goEnvFile, &readError);
    if (!readError.isEmpty()) {
        r->error = readError;
        return false;
    }
    journal->existedBefore = before.has_value();
    journal->oldBytes = before.value_or(QByteArray());

    QStringList keys;
    QStringList unset { u"env"_s, u"-u"_s };
    QStringList set { u"env"_s, u"-w"_s };
    for (const GoEnvChange& c : plan.goEnv) {
        keys.append(c.key);
        if (c.value)
            set.append(c.key + u'=' + *c.value);
        else
            unset.append(c.key);
    }
    // The old effective values, for display only: stored masked.
    const ProcessResult old = runGo(options, QStringList { u"env"_s, u"-json"_s } + keys);
    const QJsonObject values = QJsonDocument::fromJson(old.out).object();
    for (const QString& k : std::as_const(keys))
        journal->oldValues.insert(k, maskValue(k, values.value(k).toString()));

    for (const QStringList& args : { unset, set }) {
        if (args.size() == 2)
            continue;
        const ProcessResult p = runGo(options, args);
        if (!p.err.trimmed().isEmpty() && p.ok())
            r->warnings.append(maskSecrets(QString::fromUtf8(p.err).trimmed()));
        if (p.ok())
            continue;
        r->error = goFailure(args, p);
        QString ignored;
        const std::optional<QByteArray> now = readState(options.goEnvFile, &ignored);
        if (now != before && ignored.isEmpty()) {
            const AtomicWriteResult back = writeFilesAtomically({ FileChange { options.goEnvFile, now, before } });
            if (!back.ok)
                r->error += u"\nRestoring the go env file failed: "_s + back.error;
        }
        return false;
    }
    const std::optional<QByteArray> after = readState(options.goEnvFile, &readError);
    journal->existsAfter = after.has_value();
    journal->newBytes = after.value_or(QByteArray());
    return true;
}

/// Puts the plan's files back to their original bytes (created ones removed) and the GOENV
/// file back to `goEnv`'s old bytes.
QString rollback(const FixPlan& plan, const std::optional<JournalGoEnv>& goEnv)
{
    QList<FileChange> back;
    for (const FileEdit& e : plan.edits)
        back.append(
            FileChange { e.path, e.replacement, e.create ? std::nullopt : std::optional<QByteArray>(e.original) });
    if (goEnv && (goEnv->existedBefore != goEnv->existsAfter || goEnv->oldBytes != goEnv->newBytes)) {
        back.append(
            FileChange { goEnv->file, goEnv->existsAfter ? std::optional<QByteArray>(goEnv->newBytes) : std::nullopt,
                goEnv->existedBefore ? std::optional<QByteArray>(goEnv->oldBytes) : std::nullopt });
    }
    const AtomicWriteResult r = writeFilesAtomically(back);
    return r.ok ? QString() : r.error;
}

} // namespace

QString fixCommitMessage(const FixPlan& plan, const QString& findingTitle)
{
    const QString checkId = plan.findingId.section(u':', 0, 0);
    QString message = u"Fix %1: %2"_s.arg(checkId, findingTitle.isEmpty() ? plan.title : findingTitle);
    if (!findingTitle.isEmpty())
        message += u"\n\n"_s + plan.title;
    if (!plan.description.isEmpty())
        message += u"\n\n"_s + plan.description;
    message += u"\n\nApplied by Go Module Doctor (fix plan %1)."_s.arg(plan.id);
    return maskSecrets(message);
}

ApplyResult applyPlan(const FixPlan& plan, const ApplyOptions& options)
{
    ApplyResult r;
    const QStringList problems = validateFixPlan(plan);
    if (!problems.isEmpty()) {
        r.error = problems.join(u'\n');
        return r;
    }
    if (!plan.isApplicable()) {
        r.error = u"Fix '%1' has nothing to apply (it is manual: copy its commands)."_s.arg(plan.title);
        return r;
    }
    if (!plan.goEnv.isEmpty() && (options.goExecutable.isEmpty() || options.goEnvFile.isEmpty())) {
        r.error = u"Fix '%1' changes go env, but no go command or GOENV file was given."_s.arg(plan.title);
        return r;
    }

    // Git preconditions first, so a commit that cannot be made stops the fix before any write.
    QMap<QString, QStringList> toCommit;
    if (options.commitToGit) {
        for (const FileEdit& e : plan.edits) {
            const GitFileStatus s = gitStatusFor(e.path);
            if (!s.error.isEmpty()) {
                r.error = s.error;
                return r;
            }
            if (!s.inRepository) {
                r.warnings.append(u"'%1' is not in a git repository; it was not committed."_s.arg(e.path));
                continue;
            }
            if (s.hasUncommittedChanges()) {
                r.error = u"'%1' has uncommitted changes; committing the fix would include them. Commit or "
                          "stash them first, or apply without committing."_s.arg(e.path);
                return r;
            }
            toCommit[s.repositoryRoot].append(e.path);
        }
        for (auto it = toCommit.cbegin(); it != toCommit.cend(); ++it) {
            const QString problem = gitSignatureProblem(it.key());
            if (!problem.isEmpty()) {
                r.error = problem;
                return r;
            }
        }
    }

    QList<FileChange> changes;
    for (const FileEdit& e : plan.edits)
        changes.append(
            FileChange { e.path, e.create ? std::nullopt : std::optional<QByteArray>(e.original), e.replacement });
    const AtomicWriteResult written = writeFilesAtomically(changes, options.writeOptions);
    r.changedSincePreview = written.changedSincePreview;
    r.notWritable = written.notWritable;
    if (!written.ok) {
        r.error = written.error;
        return r;
    }

    std::optional<JournalGoEnv> goEnv;
    if (!plan.goEnv.isEmpty()) {
        JournalGoEnv g;
        if (!applyGoEnv(plan, options, &g, &r)) {
            const QString failed = rollback(plan, std::nullopt);
            if (!failed.isEmpty())
                r.error += u"\nRestoring the edited files failed: "_s + failed;
            return r;
        }
        goEnv = g;
    }

    JournalEntry entry;
    entry.findingId = plan.findingId;
    entry.planId = plan.id;
    entry.planTitle = plan.title;
    entry.goEnv = goEnv;
    for (qsizetype i = 0; i < plan.edits.size(); ++i) {
        const FileEdit& e = plan.edits[i];
        entry.files.append(JournalFile { e.path, e.create, written.modes.value(i), e.original, e.replacement, {}, {} });
    }
    Journal journal(options.journalDirectory);
    QString journalError;
    r.journalEntryId = journal.record(entry, &journalError);
    if (r.journalEntryId.isEmpty()) {
        // Every apply must be undoable: without its journal entry the fix is taken back.
        r.error = u"The fix was not kept because its undo record could not be written: %1"_s.arg(journalError);
        const QString failed = rollback(plan, goEnv);
        if (!failed.isEmpty())
            r.error += u"\nRestoring failed: "_s + failed;
        return r;
    }

    const QString message = fixCommitMessage(plan, options.findingTitle);
    for (auto it = toCommit.cbegin(); it != toCommit.cend(); ++it) {
        const GitCommitResult c = commitFilesOnly(it.key(), it.value(), message);
        if (c.ok)
            r.commits.append(JournalCommit { it.key(), c.commitId });
        else
            r.warnings.append(u"The fix was applied but not committed: %1"_s.arg(c.error));
    }
    if (!r.commits.isEmpty() && !journal.setCommits(r.journalEntryId, r.commits, &journalError))
        r.warnings.append(u"The commit could not be recorded in the journal: %1"_s.arg(journalError));
    r.ok = true;
    return r;
}

} // namespace gmd
