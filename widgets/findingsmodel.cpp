// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include "common/secrets.h"
#include "icons.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("gmd::FindingsModel", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("gmd::FindingsModel", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("gmd::FindingsModel", "Info");
    }
    return {};
}

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

FindingsModel::~FindingsModel() = default;

void FindingsModel::setFindings(const QList<Finding>& findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

void FindingsModel::clear()
{
    setFindings({});
}

const Finding* FindingsModel::finding(int row) const
{
    if (row < 0 || row >= m_findings.size())
        return nullptr;
    return &m_findings[row];
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding& f = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return index.row() + 1;
        case SeverityColumn:
            return severityText(f.severity);
        case CheckColumn:
            return f.id;
        case SubjectColumn:
            return maskSecrets(f.subject);
        case TitleColumn:
            return f.title;
        case EnvironmentColumn:
            return f.environmentLabel.isEmpty() ? f.environment : f.environmentLabel;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(icons::forSeverity(f.severity)) : QVariant();
    case Qt::ToolTipRole:
        return maskSecrets(f.message);
    case Qt::TextAlignmentRole:
        return index.column() == RankColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SeverityRole:
        return int(f.severity);
    case SeverityKeyRole:
        return severityKey(f.severity);
    case CheckIdRole:
        return f.id;
    case CategoryRole:
        return f.category;
    case RankRole:
        return index.row() + 1;
    case RootCauseScoreRole:
        return f.rootCauseScore;
    case EnvironmentIdRole:
        return f.environment;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("#");
    case SeverityColumn:
        return tr("Severity");
    case CheckColumn:
        return tr("Check");
    case SubjectColumn:
        return tr("Subject");
    case TitleColumn:
        return tr("Problem");
    case EnvironmentColumn:
        return tr("Environment");
    default:
        return {};
    }
}

} // namespace gmd
