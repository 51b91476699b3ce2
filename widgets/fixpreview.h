// SPDX-License-Identifier: MIT
#pragma once

#include "checks/finding.h"
#include "fix/fixplan.h"

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
class QSyntaxHighlighter;

namespace gmd {

struct DiagnosisRun;

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
/// (id, safety class, title), the description, manual steps (copy-only), go env changes and
/// the unified diff of the file edits; Apply runs applyPlan() off the GUI thread, runs the
/// checks again and says whether the finding is verified fixed; undoLastFix() undoes from the
/// journal. Everything shown is masked (maskSecrets).
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
    /// Shows the given plans directly (no finding to verify against).
    void setPlans(const QList<FixPlan>& plans);
    /// Shows nothing (a check or the welcome page is selected).
    void clear();

    /// Applies the selected plan (asking first for Confirm plans). No-op for manual plans or while busy.
    void applySelected();
    /// Undoes the newest fix of the journal that is not undone yet.
    void undoLastFix();
    /// Replaces the QMessageBox asking to confirm a Confirm plan (tests).
    void setConfirmHandler(std::function<bool(const FixPlan&)> handler) { m_confirm = std::move(handler); }

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

Q_SIGNALS:
    /// The plans of the finding shown are known (possibly none).
    void plansReady();
    /// An apply finished (ok or not); the main window diagnoses again after a successful one.
    void applyFinished(const gmd::FixOutcome& outcome);
    void undoFinished(const gmd::FixOutcome& outcome);

private:
    void showPlan(int row);
    void setBusy(bool busy);
    void setStatus(const QString& text, bool error);
    void copyManual();
    void onApplyDone();
    void onUndoDone();

    std::shared_ptr<const DiagnosisRun> m_run;
    std::optional<Finding> m_finding;
    QList<FixPlan> m_plans;
    quint64 m_generation = 0;
    bool m_busy = false;
    std::function<bool(const FixPlan&)> m_confirm;

    QLabel* m_header = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_safety = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_goEnv = nullptr;
    QPlainTextEdit* m_manual = nullptr;
    QPushButton* m_copy = nullptr;
    QPlainTextEdit* m_diff = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_status = nullptr;
    QFutureWatcher<FixOutcome>* m_applyWatcher = nullptr;
    QFutureWatcher<FixOutcome>* m_undoWatcher = nullptr;
    QFutureWatcher<QList<FixPlan>>* m_plansWatcher = nullptr;
};

} // namespace gmd

Q_DECLARE_METATYPE(gmd::FixOutcome)
