// SPDX-License-Identifier: MIT
#pragma once

#include "checks/engine.h"
#include "checkstate.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace gmd {

/// The checklist: categories (in registry order of first appearance) with their checks as
/// children, each with a live state. setChecks() resets the model; the per-check updates of a
/// running diagnosis are dataChanged() on the check row and its category row, so that views
/// keep selection and expansion while the run progresses.
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        StateRole = Qt::UserRole, ///< CheckState as int
        StateKeyRole, ///< checkStateKey() ("pass")
        CheckIdRole, ///< "GMD100"; empty on category rows
        CategoryRole, ///< the category name (on both kinds of rows)
        IsCategoryRole, ///< bool
        ReasonRole, ///< why a check was skipped or could not run
        FindingCountRole, ///< number of findings (a category sums its checks)
    };
    enum Columns { CheckColumn, TitleColumn, ColumnCount };

    explicit ChecklistModel(QObject* parent = nullptr);
    ~ChecklistModel() override;

    /// Replaces the list of checks (all pending).
    void setChecks(const QList<CheckInfo>& checks);
    /// Puts every check back to pending (a new run starts).
    void resetStates();
    /// Marks a check as running; unknown ids are ignored.
    void setRunning(const QString& id);
    /// Records the outcome of a finished check; unknown ids are ignored.
    void setOutcome(const CheckOutcome& outcome);
    /// Records the outcomes of a whole run (the final result).
    void setOutcomes(const QList<CheckOutcome>& outcomes);
    /// Gives every check that has no result yet the state `state` with `reason` (after a cancel).
    void finishUnfinished(CheckState state, const QString& reason);

    /// The state of check `id` (Pending when unknown).
    CheckState state(const QString& id) const;
    /// The static description of check `id` (empty when unknown).
    CheckInfo checkInfo(const QString& id) const;
    /// The outcome of check `id`, when it has finished.
    const CheckOutcome* outcome(const QString& id) const;
    int checkCount() const { return int(m_items.size()); }
    /// Number of checks with a final state.
    int finishedCount() const;
    /// The index of check `id` in column `column` (invalid when unknown).
    QModelIndex indexOfCheck(const QString& id, int column = CheckColumn) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        CheckInfo info;
        CheckState state = CheckState::Pending;
        std::optional<CheckOutcome> outcome;
        int category = 0;
        int row = 0;
    };
    struct Category
    {
        QString name;
        QList<int> items; ///< indexes into m_items
    };

    QVariant checkData(const Item& item, int column, int role) const;
    QVariant categoryData(int category, int column, int role) const;
    CheckState categoryState(int category) const;
    void emitChanged(int item);

    QList<Item> m_items;
    QList<Category> m_categories;
    QHash<QString, int> m_byId;
};

} // namespace gmd
