// SPDX-License-Identifier: MIT
#pragma once

#include "env/goenvironment.h"

#include <QAbstractItemModel>
#include <QList>

namespace gmd {

/// The effective Go environment of one context as a tree: one row per variable (the reported
/// variables first, in their display order, then any other), with the values it hides
/// (shadowed lower-precedence values, an ignored empty OS value) as child rows. Values are
/// masked with maskValue().
class EnvironmentModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        NameRole = Qt::UserRole, ///< the variable name (on child rows too)
        SourceKeyRole, ///< envSourceKey() ("os", "user-env-file")
        IsSetRole, ///< the variable has a value
        IsHiddenValueRole, ///< the row is a value hidden by the effective one
    };
    enum Columns { VariableColumn, ValueColumn, SourceColumn, LocationColumn, ColumnCount };

    explicit EnvironmentModel(QObject* parent = nullptr);
    ~EnvironmentModel() override;

    /// Shows the environment of `context`.
    void setEnvironment(const EnvContext& context);
    void clear();
    /// The row of variable `name` (invalid when not shown).
    QModelIndex indexOfVariable(const QString& name) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Hidden
    {
        EnvValue value;
        QString note; ///< why it does not apply
    };
    struct Row
    {
        EnvValue value;
        QList<Hidden> hidden;
    };

    QVariant rowData(const Row& row, int column, int role) const;
    QVariant hiddenData(const Row& row, const Hidden& hidden, int column, int role) const;

    QList<Row> m_rows;
};

/// A value as shown: masked for `name`, control characters visible, "(empty)" when empty.
QString displayEnvValue(const QString& name, const QString& value);
/// The location of a value: "file:line", the origin, or "from GOPATH" for derived values.
QString envValueLocation(const EnvValue& value);

} // namespace gmd
