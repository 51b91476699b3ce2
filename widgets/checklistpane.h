// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTreeView;
class QModelIndex;

namespace gmd {

class ChecklistModel;
class ChecklistFilterModel;

/// The left side of the main window: a filter box, a "hide passing" toggle and the tree of
/// categories and checks with their live states.
class ChecklistPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPane(ChecklistModel* model, QWidget* parent = nullptr);
    ~ChecklistPane() override;

    QTreeView* view() const { return m_view; }
    ChecklistFilterModel* filterModel() const { return m_filter; }
    /// Hides or shows the checks that passed.
    void setHidePassing(bool hide);
    bool hidePassing() const;
    /// Selects check `id` (no-op when it is filtered out).
    void selectCheck(const QString& id);
    /// Emits the selection signal for the current row again (its data changed); false when
    /// nothing is selected.
    bool reselect();
    /// Gives the filter box the keyboard focus.
    void focusFilter();

Q_SIGNALS:
    void checkSelected(const QString& id);
    void categorySelected(const QString& category);
    void selectionCleared();
    void hidePassingChanged(bool hide);

private:
    void onCurrentChanged(const QModelIndex& current);
    void spanCategories();

    ChecklistModel* m_model = nullptr;
    ChecklistFilterModel* m_filter = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QCheckBox* m_hidePassing = nullptr;
    QTreeView* m_view = nullptr;
};

} // namespace gmd
