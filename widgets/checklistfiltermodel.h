// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace gmd {

/// Filters a ChecklistModel by text (id, title or category) and optionally hides passing
/// checks. Recursive filtering keeps a category while any of its checks is shown.
class ChecklistFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ChecklistFilterModel(QObject* parent = nullptr);
    ~ChecklistFilterModel() override;

    /// Shows only checks whose id, title or category contains `text` (case-insensitive).
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    /// Hides checks that passed.
    void setHidePassing(bool hide);
    bool hidePassing() const { return m_hidePassing; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    bool m_hidePassing = false;
};

} // namespace gmd
