// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"
#include "checkstate.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;

namespace gmd {

class FindingDetailView;
class FixPreview;
class FindingsFilterModel;
class FindingsModel;

/// The "Findings" page: the ranked findings (narrowed to the check or category selected in
/// the checklist) above the detail of the selected one.
class FindingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPage(FindingsModel* model, QWidget* parent = nullptr);
    ~FindingsPage() override;

    /// Shows all findings (nothing selected in the checklist).
    void showAll();
    /// Narrows the list to check `info` and shows its first finding, or the check itself.
    void showCheck(const CheckInfo& info, CheckState state, const QString& reason);
    /// Narrows the list to a category.
    void showCategory(const QString& category, CheckState state);
    /// Selects the first finding shown (or the welcome page when there is none and no run).
    void selectFirst();
    /// Shows the start page.
    void showWelcome();
    /// Shows all findings and selects the one at `row` of the findings model (the diagnosis
    /// path page opens a finding this way); false when there is no such row.
    bool selectFinding(int row);

    QTreeView* view() const { return m_view; }
    FindingDetailView* detail() const { return m_detail; }
    /// The fix panel under the detail.
    FixPreview* fixPreview() const { return m_fixPreview; }
    QSplitter* splitter() const { return m_splitter; }

Q_SIGNALS:
    /// "Show all" was clicked: the checklist selection no longer applies.
    void showAllRequested();

private:
    void updateHeader();
    void onCurrentChanged();

    FindingsModel* m_model = nullptr;
    FindingsFilterModel* m_filter = nullptr;
    QLabel* m_header = nullptr;
    QPushButton* m_showAll = nullptr;
    QTreeView* m_view = nullptr;
    FindingDetailView* m_detail = nullptr;
    FixPreview* m_fixPreview = nullptr;
    QSplitter* m_splitter = nullptr;
    CheckInfo m_check;
    CheckState m_checkState = CheckState::Pending;
    QString m_checkReason;
};

} // namespace gmd
