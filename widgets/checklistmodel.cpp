// SPDX-License-Identifier: MIT
#include "checklistmodel.h"

#include "checks/checklabels.h"

#include "common/secrets.h"
#include "icons.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {
// internalId of a category row; a check row stores its category's row + 1.
constexpr quintptr kCategoryId = 0;
} // namespace

ChecklistModel::ChecklistModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

ChecklistModel::~ChecklistModel() = default;

void ChecklistModel::setChecks(const QList<CheckInfo>& checks)
{
    beginResetModel();
    m_items.clear();
    m_categories.clear();
    m_byId.clear();
    QHash<QString, int> categoryRow;
    for (const CheckInfo& info : checks) {
        if (m_byId.contains(info.id))
            continue;
        auto it = categoryRow.constFind(info.category);
        if (it == categoryRow.constEnd()) {
            it = categoryRow.insert(info.category, int(m_categories.size()));
            m_categories.append(Category { info.category, {} });
        }
        Item item;
        item.info = info;
        item.category = *it;
        item.row = int(m_categories[*it].items.size());
        m_byId.insert(info.id, int(m_items.size()));
        m_categories[*it].items.append(int(m_items.size()));
        m_items.append(item);
    }
    endResetModel();
}

void ChecklistModel::resetStates()
{
    for (Item& item : m_items) {
        item.state = CheckState::Pending;
        item.outcome.reset();
    }
    if (!m_categories.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_categories.size()) - 1, ColumnCount - 1));
        for (int c = 0; c < m_categories.size(); ++c) {
            const QModelIndex parent = index(c, 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
        }
    }
}

void ChecklistModel::setRunning(const QString& id)
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd() || isFinal(m_items[*it].state))
        return;
    m_items[*it].state = CheckState::Running;
    emitChanged(*it);
}

void ChecklistModel::setOutcome(const CheckOutcome& outcome)
{
    const auto it = m_byId.constFind(outcome.info.id);
    if (it == m_byId.constEnd())
        return;
    Item& item = m_items[*it];
    item.state = checkStateFor(outcome.status);
    item.outcome = outcome;
    emitChanged(*it);
}

void ChecklistModel::setOutcomes(const QList<CheckOutcome>& outcomes)
{
    for (const CheckOutcome& o : outcomes)
        setOutcome(o);
}

void ChecklistModel::finishUnfinished(CheckState state, const QString& reason)
{
    for (int i = 0; i < m_items.size(); ++i) {
        Item& item = m_items[i];
        if (isFinal(item.state))
            continue;
        CheckOutcome o;
        o.info = item.info;
        o.status = CheckStatus::Skip;
        o.reason = reason;
        item.state = state;
        item.outcome = o;
        emitChanged(i);
    }
}

CheckState ChecklistModel::state(const QString& id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? CheckState::Pending : m_items[*it].state;
}

CheckInfo ChecklistModel::checkInfo(const QString& id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? CheckInfo {} : m_items[*it].info;
}

const CheckOutcome* ChecklistModel::outcome(const QString& id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd() || !m_items[*it].outcome)
        return nullptr;
    return &*m_items[*it].outcome;
}

int ChecklistModel::finishedCount() const
{
    int n = 0;
    for (const Item& item : m_items)
        n += isFinal(item.state) ? 1 : 0;
    return n;
}

QModelIndex ChecklistModel::indexOfCheck(const QString& id, int column) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd())
        return {};
    const Item& item = m_items[*it];
    return createIndex(item.row, column, quintptr(item.category + 1));
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kCategoryId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kCategoryId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kCategoryId);
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_categories.size());
    if (parent.internalId() == kCategoryId && parent.column() == 0)
        return int(m_categories.value(parent.row()).items.size());
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kCategoryId)
        return categoryData(index.row(), index.column(), role);
    const Category& cat = m_categories[int(index.internalId() - 1)];
    return checkData(m_items[cat.items[index.row()]], index.column(), role);
}

QVariant ChecklistModel::checkData(const Item& item, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == CheckColumn ? item.info.id : gmd::checkLabel(item.info);
    case Qt::DecorationRole:
        return column == CheckColumn ? QVariant(icons::forState(item.state)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip =
            u"<b>%1</b> %2<br><i>%3</i><br>%4"_s.arg(item.info.id, gmd::checkLabel(item.info).toHtmlEscaped(),
                                                     item.info.title.toHtmlEscaped(), checkStateText(item.state));
        if (item.outcome && !item.outcome->reason.isEmpty())
            tip += u": "_s + maskSecrets(item.outcome->reason).toHtmlEscaped();
        if (item.outcome && !item.outcome->findings.isEmpty())
            tip += u"<br>"_s + tr("%n finding(s)", nullptr, int(item.outcome->findings.size()));
        return tip;
    }
    case StateRole:
        return int(item.state);
    case StateKeyRole:
        return checkStateKey(item.state);
    case CheckIdRole:
        return item.info.id;
    case CategoryRole:
        return item.info.category;
    case IsCategoryRole:
        return false;
    case ReasonRole:
        return item.outcome ? maskSecrets(item.outcome->reason) : QString();
    case FindingCountRole:
        return item.outcome ? int(item.outcome->findings.size()) : 0;
    default:
        return {};
    }
}

QVariant ChecklistModel::categoryData(int category, int column, int role) const
{
    const Category& cat = m_categories[category];
    switch (role) {
    case Qt::DisplayRole:
        return column == CheckColumn ? cat.name : QVariant();
    case Qt::DecorationRole:
        return column == CheckColumn ? QVariant(icons::forState(categoryState(category))) : QVariant();
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case StateRole:
        return int(categoryState(category));
    case StateKeyRole:
        return checkStateKey(categoryState(category));
    case CheckIdRole:
        return QString();
    case CategoryRole:
        return cat.name;
    case IsCategoryRole:
        return true;
    case FindingCountRole: {
        int n = 0;
        for (int i : cat.items)
            n += m_items[i].outcome ? int(m_items[i].outcome->findings.size()) : 0;
        return n;
    }
    default:
        return {};
    }
}

CheckState ChecklistModel::categoryState(int category) const
{
    QList<CheckState> states;
    for (int i : m_categories[category].items)
        states.append(m_items[i].state);
    return aggregateState(states);
}

void ChecklistModel::emitChanged(int item)
{
    const Item& it = m_items[item];
    const QModelIndex first = createIndex(it.row, 0, quintptr(it.category + 1));
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    const QModelIndex cat = createIndex(it.category, 0, kCategoryId);
    Q_EMIT dataChanged(cat, cat.siblingAtColumn(ColumnCount - 1));
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case TitleColumn:
        return tr("Title");
    default:
        return {};
    }
}

} // namespace gmd
