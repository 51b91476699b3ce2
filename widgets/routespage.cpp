// SPDX-License-Identifier: MIT
#include "routespage.h"

#include "routesmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

RoutesPage::RoutesPage(RoutesModel* model, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"routesPage"_s);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"routesView"_s);
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(RoutesModel::ModuleColumn, 260);
    m_view->setColumnWidth(RoutesModel::VersionColumn, 110);
    m_view->setColumnWidth(RoutesModel::RouteColumn, 280);
    m_view->setTextElideMode(Qt::ElideMiddle);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // Fit module, version and route to their texts (within reason); the database takes the rest.
        for (int c : { RoutesModel::ModuleColumn, RoutesModel::VersionColumn, RoutesModel::RouteColumn }) {
            m_view->resizeColumnToContents(c);
            m_view->setColumnWidth(c, qBound(80, m_view->columnWidth(c) + 12, 420));
        }
    });
    auto* hint = new QLabel(tr("Hover a row for every source in order and the patterns that matched."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
}

RoutesPage::~RoutesPage() = default;

void RoutesPage::setSummary(const QString& text)
{
    m_summary->setText(text);
}

} // namespace gmd
