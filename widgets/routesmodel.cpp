// SPDX-License-Identifier: MIT
#include "routesmodel.h"

#include "common/secrets.h"
#include "icons.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QString problemOf(const ModuleRoute& r)
{
    if (!r.configError.isEmpty())
        return maskSecrets(r.configError);
    if (!r.govcsError.isEmpty())
        return maskSecrets(r.govcsError);
    return maskSecrets(r.sumdb.error);
}

} // namespace

RoutesModel::RoutesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

RoutesModel::~RoutesModel() = default;

void RoutesModel::setRoutes(const QList<ModuleRoute>& routes)
{
    beginResetModel();
    m_routes = routes;
    endResetModel();
}

void RoutesModel::clear()
{
    setRoutes({});
}

const ModuleRoute* RoutesModel::route(int row) const
{
    if (row < 0 || row >= m_routes.size())
        return nullptr;
    return &m_routes[row];
}

int RoutesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_routes.size());
}

int RoutesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RoutesModel::sumDbText(const ModuleRoute& r) const
{
    const SumDbRoute& db = r.sumdb;
    if (!db.error.isEmpty())
        return tr("invalid GOSUMDB: %1").arg(maskSecrets(db.error));
    if (!db.consulted)
        return db.reason.isEmpty() ? tr("not consulted") : tr("not consulted (%1)").arg(maskSecrets(db.reason));
    if (!db.explicitUrl.isEmpty())
        return tr("%1 at %2").arg(db.name, redactUrl(db.explicitUrl));
    QStringList through;
    for (const QString& c : db.candidates) {
        // The candidates are the probe URLs (<proxy>/sumdb/<name>/supported); what serves the
        // lookups is the base without the probe path.
        QString base = c;
        if (base.endsWith(u"/supported"_s))
            base.chop(int(qstrlen("/supported")));
        through << redactUrl(base);
    }
    if (through.isEmpty())
        return db.name;
    return tr("%1 through %2").arg(db.name, through.join(u" → "_s));
}

QString RoutesModel::toolTip(const ModuleRoute& r) const
{
    QStringList lines;
    lines << u"<b>%1</b> %2"_s.arg(r.module.toHtmlEscaped(), r.version.toHtmlEscaped());
    int n = 0;
    for (const RouteSource& s : r.sources) {
        QString text;
        switch (s.kind) {
        case RouteSource::Kind::Proxy:
            text = tr("proxy %1").arg(redactUrl(s.url));
            if (s.fallback == FallbackMode::OnAnyError)
                text += u" "_s + tr("(next entry on any error)");
            break;
        case RouteSource::Kind::Direct:
            text = tr("direct from the version control system");
            break;
        case RouteSource::Kind::Off:
            text = tr("off: module lookup disabled");
            break;
        case RouteSource::Kind::Skipped:
            text = tr("skipped %1").arg(redactUrl(s.url));
            break;
        }
        if (!s.note.isEmpty())
            text += u" — "_s + maskSecrets(s.note);
        lines << u"%1. %2"_s.arg(++n).arg(text.toHtmlEscaped());
    }
    if (r.noProxy)
        lines << tr("GONOPROXY matches '%1'").arg(r.noProxyGlob).toHtmlEscaped();
    if (r.noSumDb)
        lines << tr("GONOSUMDB matches '%1'").arg(r.noSumDbGlob).toHtmlEscaped();
    if (r.insecure)
        lines << tr("GOINSECURE matches '%1'").arg(r.insecureGlob).toHtmlEscaped();
    const QString problem = problemOf(r);
    if (!problem.isEmpty())
        lines << u"<span style='color:#d8423b'>%1</span>"_s.arg(problem.toHtmlEscaped());
    return lines.join(u"<br>"_s);
}

QVariant RoutesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModuleRoute& r = m_routes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModuleColumn:
            return r.module;
        case VersionColumn:
            return r.version;
        case RouteColumn:
            return r.summary();
        case SumDbColumn:
            return sumDbText(r);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == RouteColumn && !problemOf(r).isEmpty())
            return icons::forSeverity(Severity::Error);
        return {};
    case Qt::ToolTipRole:
        return toolTip(r);
    case ModuleRole:
        return r.module;
    case UsesDirectRole:
        return r.usesDirect();
    case SumDbConsultedRole:
        return r.sumdb.consulted;
    case ProblemRole:
        return problemOf(r);
    default:
        return {};
    }
}

QVariant RoutesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModuleColumn:
        return tr("Module");
    case VersionColumn:
        return tr("Version");
    case RouteColumn:
        return tr("Route");
    case SumDbColumn:
        return tr("Checksum database");
    default:
        return {};
    }
}

} // namespace gmd
