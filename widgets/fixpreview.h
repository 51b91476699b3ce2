// SPDX-License-Identifier: MIT
#pragma once

#include "checks/finding.h"
#include "fix/filediff.h"
#include "fix/fixplan.h"
#include "fix/gitintegration.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QSyntaxHighlighter;
class QToolButton;

namespace gmd {

struct DiagnosisRun;
class SideBySideDiffView;

/// The outcome of an apply (or undo) run off the GUI thread, shown in the panel.
struct FixOutcome
{
    bool ok = false;
    bool verified = false; ///< apply: the finding no longer fires after the checks ran again
    QString planId;
    QString journalEntryId;
    QString message; ///< masked, for display
};

/// Colours a unified diff: KSyntaxHighlighting's "Diff" definition when the build has it,
/// else '+' lines green, '-' red and '@@' headers blue. Returns the highlighter (owned by `document`'s parent chain).
QSyntaxHighlighter* attachDiffHighlighter(QPlainTextEdit* edit);

/// The fix panel under the finding detail (issue 5): the fix plans of the selected finding
/// (id, safety class, title), the description, manual steps (copy-only), go env changes, the
/// git status of every file a plan edits and its diff (unified or side by side); Apply runs
/// applyPlan() off the GUI thread (asking first when a file has uncommitted changes), runs the
/// checks again and says whether the finding is verified fixed; "Commit this fix" commits only
/// the fixed files; undoLastFix() undoes from the journal. Everything shown is masked (maskSecrets).
class FixPreview : public QWidget
{
    Q_OBJECT
public:
    explicit FixPreview(QWidget* parent = nullptr);
    ~FixPreview() override;

    /// The diagnosis the plans are computed from (its facts, environment and go command).
    void setRun(std::shared_ptr<const DiagnosisRun> run);
    /// Computes the plans of `finding` (off the GUI thread) and shows them.
    void showFinding(const Finding& finding);
    /// Shows the given plans directly (no finding to verify against). Their diffs are computed
    /// off the GUI thread; plansReady() follows.
    void setPlans(const QList<FixPlan>& plans);
    /// Shows nothing (a check or the welcome page is selected).
    void clear();

    /// Applies the selected plan (asking first for Confirm plans). No-op for manual plans or while busy.
    void applySelected();
    /// Undoes the newest fix of the journal that is not undone yet.
    void undoLastFix();
    /// Replaces the QMessageBox asking to confirm a Confirm plan (tests).
    void setConfirmHandler(std::function<bool(const FixPlan&)> handler) { m_confirm = std::move(handler); }
    /// Replaces the QMessageBox asking whether to apply a plan that edits files with uncommitted
    /// git changes (`dirtyFiles`, as shown); false leaves everything unwritten (tests).
    void setDirtyWarningHandler(std::function<bool(const FixPlan&, const QStringList& dirtyFiles)> handler)
    {
        m_dirtyWarning = std::move(handler);
    }

    /// Side by side (true) or unified (false) diff; the main window remembers the choice.
    void setSideBySide(bool sideBySide);
    bool isSideBySide() const;
    /// The git status lines of the current plan's files ("Dockerfile: untracked", ...), or
    /// empty while they are being read or when the plan edits no files.
    QString gitStatusText() const;
    /// True after a successful apply whose files all lie in one git repository, until it is
    /// committed or undone.
    bool canCommitLastFix() const { return m_lastFix.has_value(); }
    /// The short id of the last commitLastFix() commit (empty before one succeeded).
    QString lastCommitId() const { return m_lastCommitId; }

    QList<FixPlan> plans() const { return m_plans; }
    int currentPlan() const;
    void setCurrentPlan(int row);
    /// The diff text shown for the current plan (all file edits).
    QString diffText() const;
    /// The status line: errors, "applied", "verified fixed", ...
    QString statusText() const;
    bool isBusy() const { return m_busy; }
    /// The journal folder of the run's environment (Journal::defaultDirectory).
    QString journalDirectory() const;

public Q_SLOTS:
    /// Commits only the files of the last applied fix (gitSignatureProblem() first), off the
    /// GUI thread; the status line shows the short commit id or the error. No-op unless
    /// canCommitLastFix() and not busy.
    void commitLastFix();

Q_SIGNALS:
    /// The plans of the finding shown are known (possibly none).
    void plansReady();
    /// An apply finished (ok or not); the main window diagnoses again after a successful one.
    void applyFinished(const gmd::FixOutcome& outcome);
    void undoFinished(const gmd::FixOutcome& outcome);
    /// The git status of the current plan's files is shown (gitStatusText()).
    void gitStatusReady();
    /// A commitLastFix() finished: the full commit id, or the (masked) error.
    void commitFinished(const QString& commitId, const QString& error);

private:
    /// A plan with the diffs of its file edits (libgit2, computed off the GUI thread).
    struct PlanPreview
    {
        FixPlan plan;
        QList<FileDiff> diffs;
    };
    static QList<PlanPreview> previewsOf(const QList<FixPlan>& plans);
    /// "provably safe: applied without asking" and the like, for the list and the confirmation.
    static QString safetyExplanation(FixSafety safety);
    /// The files a plan writes, in the order of its edits.
    static QStringList editPaths(const FixPlan& plan);
    /// Blocking (libgit2): the git status of each path, in order.
    static QList<GitFileStatus> gitStatuses(const QStringList& paths);
    /// Runs `work` off the GUI thread, then shows its plans and emits plansReady(); a newer
    /// call supersedes it.
    void startPreviews(std::function<QList<PlanPreview>()> work);
    void showPreviews(const QList<PlanPreview>& previews);
    void showPlan(int row);
    void setBusy(bool busy);
    void setStatus(const QString& text, bool error);
    void updateHeightLimit();
    void copyManual();
    void onApplyDone();
    void onUndoDone();
    void onCommitDone();
    void startGitStatus(const FixPlan& plan);
    void continueApply(const FixPlan& plan, const QList<GitFileStatus>& statuses);
    void updateCommitRow();
    QString displayPath(const QString& path) const;

    /// The files of the last successful apply, all in one repository: what commitLastFix() commits.
    struct LastFix
    {
        QString findingId;
        QString message; ///< fixCommitMessage(): the same message the CLI's --commit writes
        QString repositoryRoot;
        QStringList paths;
    };

    std::shared_ptr<const DiagnosisRun> m_run;
    std::optional<Finding> m_finding;
    QList<FixPlan> m_plans;
    QList<QList<FileDiff>> m_diffs; ///< per plan of m_plans
    quint64 m_generation = 0;
    bool m_busy = false;
    std::function<bool(const FixPlan&)> m_confirm;
    std::function<bool(const FixPlan&, const QStringList&)> m_dirtyWarning;
    std::optional<LastFix> m_lastFix;
    std::optional<LastFix> m_pendingFix; ///< what m_lastFix becomes when the apply running succeeds
    QString m_lastCommitId;
    QString m_gitText;

    QLabel* m_header = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_safety = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_goEnv = nullptr;
    QPlainTextEdit* m_manual = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_git = nullptr;
    QWidget* m_diffModes = nullptr;
    QToolButton* m_unifiedButton = nullptr;
    QToolButton* m_sideBySideButton = nullptr;
    QStackedWidget* m_diffStack = nullptr;
    QPlainTextEdit* m_diff = nullptr;
    SideBySideDiffView* m_sideBySide = nullptr;
    QWidget* m_commitRow = nullptr;
    QLabel* m_commitInfo = nullptr;
    QPushButton* m_commit = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_status = nullptr;
    QFutureWatcher<FixOutcome>* m_applyWatcher = nullptr;
    QFutureWatcher<FixOutcome>* m_undoWatcher = nullptr;
    QFutureWatcher<GitCommitResult>* m_commitWatcher = nullptr;
    QFutureWatcher<QList<PlanPreview>>* m_plansWatcher = nullptr;
};

} // namespace gmd

Q_DECLARE_METATYPE(gmd::FixOutcome)
