// SPDX-License-Identifier: MIT
#include "checklistfiltermodel.h"

#include "checklistmodel.h"

namespace gmd {

ChecklistFilterModel::ChecklistFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    // State changes of a running diagnosis arrive as dataChanged: re-filter on them.
    setDynamicSortFilter(true);
}

ChecklistFilterModel::~ChecklistFilterModel() = default;

void ChecklistFilterModel::setFilterText(const QString& text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

void ChecklistFilterModel::setHidePassing(bool hide)
{
    if (hide == m_hidePassing)
        return;
    m_hidePassing = hide;
    invalidateFilter();
}

bool ChecklistFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    // A category is shown through its children (recursive filtering), never by itself: an
    // empty category under "hide passing" disappears.
    if (idx.data(ChecklistModel::IsCategoryRole).toBool())
        return false;
    if (m_hidePassing && idx.data(ChecklistModel::StateRole).toInt() == int(CheckState::Pass))
        return false;
    if (m_text.isEmpty())
        return true;
    const QString id = idx.data(ChecklistModel::CheckIdRole).toString();
    const QString title = sourceModel()->index(sourceRow, ChecklistModel::TitleColumn, sourceParent).data().toString();
    const QString category = idx.data(ChecklistModel::CategoryRole).toString();
    return id.contains(m_text, Qt::CaseInsensitive) || title.contains(m_text, Qt::CaseInsensitive)
        || category.contains(m_text, Qt::CaseInsensitive);
}

} // namespace gmd
