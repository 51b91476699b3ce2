// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace gmd {

/// Narrows a FindingsModel to one check or one category (what is selected in the checklist).
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilterModel(QObject* parent = nullptr);
    ~FindingsFilterModel() override;

    /// Shows only the findings of check `id`.
    void setCheck(const QString& id);
    /// Shows only the findings of the checks of `category`.
    void setCategory(const QString& category);
    /// Shows every finding.
    void showAll();
    QString checkFilter() const { return m_check; }
    QString categoryFilter() const { return m_category; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_check;
    QString m_category;
};

} // namespace gmd
