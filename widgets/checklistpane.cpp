// SPDX-License-Identifier: MIT
#include "checklistpane.h"

#include "checklistfiltermodel.h"
#include "checklistmodel.h"
#include "icons.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

ChecklistPane::ChecklistPane(ChecklistModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"checklistPane"_s);
    m_filter = new ChecklistFilterModel(this);
    m_filter->setSourceModel(model);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"checklistFilter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter checks (id, title, category)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->addAction(icons::themed(u"action-search"_s), QLineEdit::LeadingPosition);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &ChecklistFilterModel::setFilterText);

    m_hidePassing = new QCheckBox(tr("Hide passing"), this);
    m_hidePassing->setObjectName(u"hidePassing"_s);
    m_hidePassing->setToolTip(tr("Show only the checks that did not pass"));
    connect(m_hidePassing, &QCheckBox::toggled, this, [this](bool hide) {
        m_filter->setHidePassing(hide);
        Q_EMIT hidePassingChanged(hide);
    });

    m_view = new QTreeView(this);
    m_view->setObjectName(u"checklistView"_s);
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(ChecklistModel::CheckColumn, QHeaderView::ResizeToContents);
    m_view->setAnimated(true);

    // Categories span both columns: their names are longer than a check id.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ChecklistPane::spanCategories);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ChecklistPane::spanCategories);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ChecklistPane::spanCategories);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { onCurrentChanged(current); });
    spanCategories();

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_hidePassing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
}

ChecklistPane::~ChecklistPane() = default;

void ChecklistPane::setHidePassing(bool hide)
{
    m_hidePassing->setChecked(hide);
}

bool ChecklistPane::hidePassing() const
{
    return m_hidePassing->isChecked();
}

void ChecklistPane::selectCheck(const QString& id)
{
    const QModelIndex idx = m_filter->mapFromSource(m_model->indexOfCheck(id));
    if (idx.isValid())
        m_view->setCurrentIndex(idx);
}

bool ChecklistPane::reselect()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    onCurrentChanged(current);
    return true;
}

void ChecklistPane::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void ChecklistPane::onCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid()) {
        Q_EMIT selectionCleared();
        return;
    }
    const QModelIndex first = current.siblingAtColumn(0);
    if (first.data(ChecklistModel::IsCategoryRole).toBool())
        Q_EMIT categorySelected(first.data(ChecklistModel::CategoryRole).toString());
    else
        Q_EMIT checkSelected(first.data(ChecklistModel::CheckIdRole).toString());
}

void ChecklistPane::spanCategories()
{
    for (int row = 0; row < m_filter->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
    m_view->expandAll();
}

} // namespace gmd
