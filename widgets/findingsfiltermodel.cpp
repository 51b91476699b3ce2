// SPDX-License-Identifier: MIT
#include "findingsfiltermodel.h"

#include "findingsmodel.h"

namespace gmd {

FindingsFilterModel::FindingsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

FindingsFilterModel::~FindingsFilterModel() = default;

void FindingsFilterModel::setCheck(const QString& id)
{
    m_check = id;
    m_category.clear();
    invalidateFilter();
}

void FindingsFilterModel::setCategory(const QString& category)
{
    m_check.clear();
    m_category = category;
    invalidateFilter();
}

void FindingsFilterModel::showAll()
{
    m_check.clear();
    m_category.clear();
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_check.isEmpty())
        return idx.data(FindingsModel::CheckIdRole).toString() == m_check;
    if (!m_category.isEmpty())
        return idx.data(FindingsModel::CategoryRole).toString() == m_category;
    return true;
}

} // namespace gmd
