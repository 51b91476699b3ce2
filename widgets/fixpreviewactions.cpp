// SPDX-License-Identifier: MIT
// The fix panel's actions (issue 5 section 3): apply with the dirty-file warning and verification
// by running the finding's check again, undo from the journal, and the fix-only git commit. The
// blocking parts (applyPlan, collectFacts, libgit2) run on QtConcurrent workers; the results come
// back through the panel's QFutureWatchers.
#include "fixpreview.h"

#include "checks/engine.h"
#include "checks/factscollector.h"
#include "checks/registry.h"
#include "common/secrets.h"
#include "diagnosisrunner.h"
#include "fix/applyplan.h"
#include "fix/gitintegration.h"
#include "fix/journal.h"
#include "fixgen/fixgenerators.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// Blocking: applies `plan`, then collects the facts and runs the checks again (no network).
FixOutcome applyAndVerify(const FixPlan& plan, std::shared_ptr<const DiagnosisRun> run, std::optional<Finding> finding,
    const QString& journalDir)
{
    FixOutcome out;
    out.planId = plan.id;
    ApplyOptions ao;
    ao.goExecutable = run->facts.go.path.isEmpty() ? run->request.goCommand : run->facts.go.path;
    ao.goEnvironment = run->request.environment;
    ao.goEnvFile = run->facts.hostInputs.userEnvFilePath;
    ao.goTimeoutMs = run->request.goTimeoutMs;
    ao.journalDirectory = journalDir;
    if (!plan.goEnv.isEmpty() && ao.goEnvFile.isEmpty()) {
        out.message = FixPreview::tr("Not applied: there is no go env file (%1).")
                          .arg(maskSecrets(run->facts.hostInputs.userEnvFileProblem));
        return out;
    }
    const ApplyResult r = applyPlan(plan, ao);
    if (!r.ok) {
        QStringList lines { FixPreview::tr("Not applied, nothing was written: %1").arg(maskSecrets(r.error)) };
        for (const QString& f : r.changedSincePreview)
            lines << FixPreview::tr("%1 changed since the preview: diagnose again (F5) for a new fix.").arg(f);
        for (const QString& f : r.notWritable)
            lines << FixPreview::tr("%1 is not writable.").arg(f);
        out.message = lines.join(u'\n');
        return out;
    }
    out.ok = true;
    out.journalEntryId = r.journalEntryId;
    QStringList lines;
    for (const QString& w : r.warnings)
        lines << maskSecrets(w);
    if (finding) {
        CollectOptions co;
        co.projectDir = run->request.projectDir;
        // A shell profile edit changes the environment of shells started from now on: verify
        // with that one (FixPlan::shellEnvironment).
        co.environment = withShellEnvironment(run->request.environment, { plan });
        co.goCommand = run->request.goCommand;
        co.goTimeoutMs = run->request.goTimeoutMs;
        // Fixes are about configuration, never probe outcomes, except the ranked GOPROXY
        // (GMD612): that one is verified by ranking the proxies again.
        const bool ranked = finding->id == u"GMD612"_s;
        co.network = ranked && run->request.network;
        co.rankProxies = co.network;
        co.rankingOptions = run->request.ranking;
        const Facts after = collectFacts(co);
        // Only the check of the finding: the main window diagnoses the whole project again
        // afterwards to refresh every page.
        QList<const Check*> check;
        for (const Check* c : allChecks()) {
            if (c->info().id == finding->id)
                check << c;
        }
        const DiagnosisResult again = runChecks(after, check, {});
        out.verified = verifiedFixed(*finding, run->result.findings, again.findings);
    }
    if (!plan.shellEnvironment.isEmpty()) {
        QStringList names;
        for (const GoEnvChange& c : plan.shellEnvironment)
            names << c.key;
        lines << FixPreview::tr("Verified with the environment a new shell gets. Shells already open, and this "
                                "window, keep the old %1 until they are restarted, so the finding stays listed "
                                "here until Go Module Doctor is started from a new shell.")
                     .arg(names.join(u", "_s));
    }
    lines.prepend(out.verified ? FixPreview::tr("Applied and verified fixed: %1 no longer fires.").arg(plan.findingId)
                               : FixPreview::tr("Applied, but the finding still fires."));
    out.message = lines.join(u'\n');
    return out;
}

FixOutcome undoLast(const QString& journalDir)
{
    FixOutcome out;
    Journal journal(journalDir);
    const std::optional<JournalEntry> last = journal.lastEntry();
    if (!last) {
        out.message = FixPreview::tr("Nothing to undo.");
        return out;
    }
    out.planId = last->planId;
    out.journalEntryId = last->id;
    const UndoResult r = journal.undo(last->id);
    if (!r.ok) {
        QStringList lines { FixPreview::tr("Undo refused, nothing was restored: %1").arg(maskSecrets(r.error)) };
        for (const QString& f : r.changedSinceFix)
            lines << FixPreview::tr("%1 changed since the fix.").arg(f);
        out.message = lines.join(u'\n');
        return out;
    }
    out.ok = true;
    out.message = FixPreview::tr("Undone: %1 (%n file(s) restored).", nullptr, int(r.restored.size()))
                      .arg(maskSecrets(last->planTitle));
    return out;
}

} // namespace

void FixPreview::applySelected()
{
    const int row = m_list->currentRow();
    if (m_busy || row < 0 || row >= m_plans.size() || !m_plans[row].isApplicable() || !m_run)
        return;
    const FixPlan plan = m_plans[row];
    if (plan.safety == FixSafety::Confirm) {
        const bool yes = m_confirm ? m_confirm(plan)
                                   : QMessageBox::question(this, tr("Apply Fix"),
                                         tr("<p><b>%1</b></p><p>Safety: <b>%2</b> — %3.</p><p>Apply it?</p>")
                                             .arg(maskSecrets(plan.title).toHtmlEscaped(), fixSafetyKey(plan.safety),
                                                 safetyExplanation(plan.safety).toHtmlEscaped()))
                == QMessageBox::Yes;
        if (!yes)
            return;
    }
    setBusy(true);
    m_pendingFix.reset();
    const QStringList paths = editPaths(plan);
    if (paths.isEmpty()) {
        continueApply(plan, {});
        return;
    }
    // The status is read again now, not taken from the preview: a file may have been edited
    // since. libgit2 blocks, so off the GUI thread; the plan is captured, so the answer
    // belongs to the click even if another finding is shown meanwhile.
    setStatus(tr("Reading the git status of the files…"), false);
    auto* watcher = new QFutureWatcher<QList<GitFileStatus>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, plan] {
        watcher->deleteLater();
        const QList<GitFileStatus> statuses = watcher->result();
        QStringList dirty;
        for (qsizetype i = 0; i < statuses.size() && i < plan.edits.size(); ++i) {
            if (statuses[i].hasUncommittedChanges())
                dirty << displayPath(plan.edits[i].path);
        }
        if (!dirty.isEmpty()) {
            QStringList escaped;
            for (const QString& d : std::as_const(dirty))
                escaped << maskSecrets(d).toHtmlEscaped();
            const bool yes = m_dirtyWarning ? m_dirtyWarning(plan, dirty)
                                            : QMessageBox::warning(this, tr("Uncommitted Changes"),
                                                  tr("<p>This fix edits %n file(s) with uncommitted changes:</p>"
                                                     "<p><b>%1</b></p><p>The fix can still be undone from the "
                                                     "journal, but mixing it with your changes makes review "
                                                     "harder.</p><p>Apply it anyway?</p>",
                                                      nullptr, int(dirty.size()))
                                                      .arg(escaped.join(u"<br>"_s)),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                    == QMessageBox::Yes;
            if (!yes) {
                setBusy(false);
                setStatus(tr("Not applied, nothing was written: %1 has uncommitted changes.")
                              .arg(maskSecrets(dirty.join(u", "_s))),
                    false);
                return;
            }
        }
        continueApply(plan, statuses);
    });
    watcher->setFuture(QtConcurrent::run([paths] { return gitStatuses(paths); }));
}

void FixPreview::continueApply(const FixPlan& plan, const QList<GitFileStatus>& statuses)
{
    // A fix-only commit is offered when every file lies in one repository and none had
    // uncommitted changes before: committing such a file would sweep the user's own changes
    // into the fix commit (issue 5 section 6).
    bool commitable = !statuses.isEmpty();
    for (const GitFileStatus& st : statuses) {
        commitable = commitable && st.inRepository && !st.ignored && !st.hasUncommittedChanges()
            && st.repositoryRoot == statuses.first().repositoryRoot;
    }
    if (commitable) {
        LastFix fix;
        fix.findingId = plan.findingId.section(u':', 0, 0);
        fix.message = fixCommitMessage(plan, m_finding ? m_finding->title : QString());
        fix.repositoryRoot = statuses.first().repositoryRoot;
        fix.paths = editPaths(plan);
        m_pendingFix = fix;
    }
    setStatus(tr("Applying %1 and running the checks again…").arg(plan.id), false);
    m_applyWatcher->setFuture(QtConcurrent::run([plan, run = m_run, finding = m_finding, dir = journalDirectory()] {
        return applyAndVerify(plan, run, finding, dir);
    }));
}

void FixPreview::onApplyDone()
{
    const FixOutcome outcome = m_applyWatcher->result();
    setBusy(false);
    setStatus(outcome.message, !outcome.ok);
    if (outcome.ok) {
        m_lastFix = std::exchange(m_pendingFix, std::nullopt);
        m_lastCommitId.clear();
        updateCommitRow();
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_plans.size())
            startGitStatus(m_plans[row]); // the files changed
    }
    m_pendingFix.reset();
    Q_EMIT applyFinished(outcome);
}

void FixPreview::updateCommitRow()
{
    m_commitRow->setVisible(m_lastFix.has_value());
    if (!m_lastFix) {
        updateHeightLimit();
        return;
    }
    QStringList files;
    for (const QString& p : m_lastFix->paths)
        files << displayPath(p);
    m_commitInfo->setText(tr("The fix of %1 changed %2 in the git repository %3.")
                              .arg(m_lastFix->findingId, maskSecrets(files.join(u", "_s)),
                                  maskSecrets(QDir::toNativeSeparators(m_lastFix->repositoryRoot))));
    updateHeightLimit();
}

void FixPreview::commitLastFix()
{
    if (m_busy || !m_lastFix)
        return;
    const LastFix fix = *m_lastFix;
    setBusy(true);
    setStatus(tr("Committing the fix…"), false);
    m_commitWatcher->setFuture(QtConcurrent::run([fix] {
        GitCommitResult r;
        r.error = gitSignatureProblem(fix.repositoryRoot);
        if (!r.error.isEmpty())
            return r;
        // Only these paths, on top of HEAD's tree: never the index, never other files.
        return commitFilesOnly(fix.repositoryRoot, fix.paths, fix.message);
    }));
}

void FixPreview::onCommitDone()
{
    const GitCommitResult r = m_commitWatcher->result();
    setBusy(false);
    if (!r.ok) {
        setStatus(tr("Not committed: %1").arg(maskSecrets(r.error)), true);
        Q_EMIT commitFinished({}, maskSecrets(r.error));
        return;
    }
    m_lastCommitId = r.commitId.left(7);
    setStatus(
        tr("Committed %1: only the fixed files; your other changes stay uncommitted.").arg(m_lastCommitId), false);
    m_lastFix.reset();
    updateCommitRow();
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_plans.size())
        startGitStatus(m_plans[row]);
    Q_EMIT commitFinished(r.commitId, {});
}

void FixPreview::undoLastFix()
{
    if (m_busy)
        return;
    setBusy(true);
    setStatus(tr("Undoing the last fix…"), false);
    m_undoWatcher->setFuture(QtConcurrent::run([dir = journalDirectory()] { return undoLast(dir); }));
}

void FixPreview::onUndoDone()
{
    const FixOutcome outcome = m_undoWatcher->result();
    setBusy(false);
    setStatus(outcome.message, !outcome.ok);
    if (outcome.ok) {
        m_lastFix.reset(); // nothing left to commit
        updateCommitRow();
    }
    Q_EMIT undoFinished(outcome);
}

} // namespace gmd
