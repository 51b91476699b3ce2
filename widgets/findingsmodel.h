// SPDX-License-Identifier: MIT
#pragma once

#include "checks/finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace gmd {

/// The ranked findings of a diagnosis (most likely root cause first), one row each. Texts
/// are masked (maskSecrets) before they reach a view.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        SeverityRole = Qt::UserRole, ///< Severity as int
        SeverityKeyRole, ///< severityKey() ("error")
        CheckIdRole, ///< "GMD100"
        CategoryRole,
        RankRole, ///< 1-based position in the ranking
        RootCauseScoreRole,
        EnvironmentIdRole, ///< "host", "Dockerfile:builder:12"
    };
    enum Columns {
        RankColumn,
        SeverityColumn,
        CheckColumn,
        SubjectColumn,
        TitleColumn,
        EnvironmentColumn,
        ColumnCount
    };

    explicit FindingsModel(QObject* parent = nullptr);
    ~FindingsModel() override;

    /// Replaces the findings (already ranked by the engine).
    void setFindings(const QList<Finding>& findings);
    void clear();
    /// The finding of a row of this model (nullptr when out of range).
    const Finding* finding(int row) const;
    const QList<Finding>& findings() const { return m_findings; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

/// The translated name of a severity ("Error", "Warning", "Info").
QString severityText(Severity severity);

} // namespace gmd
