// SPDX-License-Identifier: MIT
#include "environmentmodel.h"

#include "common/secrets.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {
constexpr quintptr kTopLevel = 0; // a child row stores its parent's row + 1
}

QString displayEnvValue(const QString& name, const QString& value)
{
    if (value.isEmpty())
        return QCoreApplication::translate("gmd::EnvironmentModel", "(empty)");
    QString s = maskValue(name, value);
    s.replace(u'\r', u"\\r"_s).replace(u'\n', u"\\n"_s).replace(u'\t', u"\\t"_s);
    return s;
}

QString envValueLocation(const EnvValue& value)
{
    if (value.location.isValid())
        return maskSecrets(value.location.toString());
    if (!value.derivedFrom.isEmpty())
        return QCoreApplication::translate("gmd::EnvironmentModel", "from %1").arg(value.derivedFrom);
    return maskSecrets(value.origin);
}

EnvironmentModel::EnvironmentModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

EnvironmentModel::~EnvironmentModel() = default;

void EnvironmentModel::setEnvironment(const EnvContext& context)
{
    QStringList names = reportedVariables();
    for (const QString& n : context.env.names()) {
        if (!names.contains(n))
            names.append(n);
    }
    beginResetModel();
    m_rows.clear();
    for (const QString& name : names) {
        Row row;
        row.value = context.env.get(name);
        for (const EnvValue& h : row.value.hidden)
            row.hidden.append(Hidden { h, tr("hidden by the %1 value").arg(envSourceName(row.value.source)) });
        if (row.value.osSetButEmpty) {
            // ENV-2: cmd/go treats NAME= in the OS environment as unset.
            EnvValue os;
            os.name = name;
            os.source = EnvSource::OsEnvironment;
            row.hidden.append(Hidden { os, tr("set but empty in the OS environment: the go command ignores it") });
        }
        m_rows.append(row);
    }
    endResetModel();
}

void EnvironmentModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QModelIndex EnvironmentModel::indexOfVariable(const QString& name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].value.name == name)
            return index(i, 0);
    }
    return {};
}

QModelIndex EnvironmentModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EnvironmentModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int EnvironmentModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() == kTopLevel && parent.column() == 0)
        return int(m_rows.value(parent.row()).hidden.size());
    return 0;
}

int EnvironmentModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant EnvironmentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel)
        return rowData(m_rows[index.row()], index.column(), role);
    const Row& row = m_rows[int(index.internalId() - 1)];
    return hiddenData(row, row.hidden[index.row()], index.column(), role);
}

QVariant EnvironmentModel::rowData(const Row& row, int column, int role) const
{
    const EnvValue& v = row.value;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case VariableColumn:
            return v.name;
        case ValueColumn:
            return v.isSet() ? displayEnvValue(v.name, v.value) : QString();
        case SourceColumn:
            return envSourceName(v.source);
        case LocationColumn:
            return envValueLocation(v);
        }
        return {};
    case Qt::ToolTipRole:
        if (!v.isSet())
            return tr("%1 is not set anywhere: the go command uses an empty value.").arg(v.name);
        if (!row.hidden.isEmpty())
            return tr("%1 hides %n other value(s); expand the row to see them.", nullptr, int(row.hidden.size()))
                .arg(v.name);
        return maskSecrets(v.describe());
    case Qt::ForegroundRole:
        if (!v.isSet())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (column == ValueColumn) {
            QFont f(u"monospace"_s);
            f.setStyleHint(QFont::Monospace);
            f.setItalic(v.isSet() && v.value.isEmpty());
            return f;
        }
        return {};
    case NameRole:
        return v.name;
    case SourceKeyRole:
        return envSourceKey(v.source);
    case IsSetRole:
        return v.isSet();
    case IsHiddenValueRole:
        return false;
    default:
        return {};
    }
}

QVariant EnvironmentModel::hiddenData(const Row& row, const Hidden& hidden, int column, int role) const
{
    const EnvValue& v = hidden.value;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case VariableColumn:
            return tr("hidden");
        case ValueColumn:
            return displayEnvValue(row.value.name, v.value);
        case SourceColumn:
            return envSourceName(v.source);
        case LocationColumn:
            return envValueLocation(v);
        }
        return {};
    case Qt::ToolTipRole:
        return hidden.note;
    case Qt::ForegroundRole:
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    case Qt::FontRole: {
        QFont f;
        if (column == ValueColumn) {
            f = QFont(u"monospace"_s);
            f.setStyleHint(QFont::Monospace);
        }
        f.setStrikeOut(column == ValueColumn);
        f.setItalic(column != ValueColumn);
        return f;
    }
    case NameRole:
        return row.value.name;
    case SourceKeyRole:
        return envSourceKey(v.source);
    case IsSetRole:
        return false;
    case IsHiddenValueRole:
        return true;
    default:
        return {};
    }
}

QVariant EnvironmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VariableColumn:
        return tr("Variable");
    case ValueColumn:
        return tr("Effective value");
    case SourceColumn:
        return tr("Source");
    case LocationColumn:
        return tr("Location");
    default:
        return {};
    }
}

} // namespace gmd
