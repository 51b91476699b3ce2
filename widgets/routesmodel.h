// SPDX-License-Identifier: MIT
#pragma once

#include "env/routes.h"

#include <QAbstractTableModel>
#include <QList>

namespace gmd {

/// The route cmd/go takes for each requirement of go.mod: which proxies or VCS it tries, in
/// order, and whether (and through what) it consults the checksum database. URLs are masked.
class RoutesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        ModuleRole = Qt::UserRole,
        UsesDirectRole, ///< some source fetches directly from the VCS
        SumDbConsultedRole,
        ProblemRole, ///< GOPROXY or GOVCS error text, "" when none
    };
    enum Columns { ModuleColumn, VersionColumn, RouteColumn, SumDbColumn, ColumnCount };

    explicit RoutesModel(QObject* parent = nullptr);
    ~RoutesModel() override;

    /// Replaces the routes.
    void setRoutes(const QList<ModuleRoute>& routes);
    void clear();
    const ModuleRoute* route(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString sumDbText(const ModuleRoute& route) const;
    QString toolTip(const ModuleRoute& route) const;

    QList<ModuleRoute> m_routes;
};

} // namespace gmd
