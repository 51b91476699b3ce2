// SPDX-License-Identifier: MIT
#include "findingspage.h"

#include "findingdetailview.h"
#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "fixpreview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

FindingsPage::FindingsPage(FindingsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"findingsPage"_s);
    m_filter = new FindingsFilterModel(this);
    m_filter->setSourceModel(model);

    m_header = new QLabel(this);
    m_header->setObjectName(u"findingsHeader"_s);
    m_showAll = new QPushButton(tr("Show all"), this);
    m_showAll->setObjectName(u"showAllFindings"_s);
    m_showAll->setToolTip(tr("Show the findings of every check"));
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        showAll();
        Q_EMIT showAllRequested();
    });

    m_view = new QTreeView(this);
    m_view->setObjectName(u"findingsView"_s);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(FindingsModel::TitleColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(FindingsModel::RankColumn, 36);
    m_view->setColumnWidth(FindingsModel::SeverityColumn, 96);
    m_view->setColumnWidth(FindingsModel::CheckColumn, 76);
    m_view->setColumnWidth(FindingsModel::SubjectColumn, 150);
    m_view->setColumnWidth(FindingsModel::EnvironmentColumn, 120);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsPage::onCurrentChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FindingsPage::updateHeader);

    auto* top = new QWidget(this);
    auto* headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(0, 0, 0, 0);
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_showAll);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(headerRow);
    topLayout->addWidget(m_view, 1);

    m_detail = new FindingDetailView(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"findingsSplitter"_s);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_detail);
    m_fixPreview = new FixPreview(this);
    m_splitter->addWidget(m_fixPreview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    updateHeader();
}

FindingsPage::~FindingsPage() = default;

void FindingsPage::showAll()
{
    m_check = {};
    m_filter->showAll();
    updateHeader();
    selectFirst();
}

void FindingsPage::showCheck(const CheckInfo& info, CheckState state, const QString& reason)
{
    m_check = info;
    m_checkState = state;
    m_checkReason = reason;
    m_filter->setCheck(info.id);
    updateHeader();
    selectFirst();
}

void FindingsPage::showCategory(const QString& category, CheckState state)
{
    m_check = {};
    m_check.category = category;
    m_checkState = state;
    m_checkReason.clear();
    m_filter->setCategory(category);
    updateHeader();
    selectFirst();
}

void FindingsPage::selectFirst()
{
    const QModelIndex first = m_filter->index(0, 0);
    if (first.isValid()) {
        m_view->setCurrentIndex(first);
        onCurrentChanged();
        return;
    }
    m_view->setCurrentIndex({});
    if (!m_check.id.isEmpty() || !m_check.category.isEmpty())
        m_detail->showCheck(m_check, m_checkState, m_checkReason, 0);
    else if (m_model->rowCount() == 0)
        m_detail->showWelcome();
    m_fixPreview->clear();
}

bool FindingsPage::selectFinding(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    showAll();
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    onCurrentChanged();
    return true;
}

void FindingsPage::showWelcome()
{
    m_detail->showWelcome();
    m_fixPreview->clear();
}

void FindingsPage::updateHeader()
{
    const int shown = m_filter->rowCount();
    QString text;
    if (!m_filter->checkFilter().isEmpty())
        text = tr("Findings of %1: %2").arg(m_filter->checkFilter()).arg(shown);
    else if (!m_filter->categoryFilter().isEmpty())
        text = tr("Findings in %1: %2").arg(m_filter->categoryFilter()).arg(shown);
    else
        text = tr("All findings, most likely root cause first: %1").arg(shown);
    m_header->setText(u"<b>%1</b>"_s.arg(text.toHtmlEscaped()));
    m_showAll->setVisible(!m_filter->checkFilter().isEmpty() || !m_filter->categoryFilter().isEmpty());
}

void FindingsPage::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Finding* f = m_model->finding(m_filter->mapToSource(current).row());
    if (f) {
        m_detail->showFinding(*f);
        m_fixPreview->showFinding(*f);
        // The panel was hidden while no finding was selected: give it room when it appears.
        const QList<int> sizes = m_splitter->sizes();
        if (sizes.size() == 3 && sizes[2] < 120) {
            const int total = sizes[0] + sizes[1] + sizes[2];
            m_splitter->setSizes({ total / 5, total * 2 / 5, total - total / 5 - total * 2 / 5 });
        }
    }
}

} // namespace gmd
