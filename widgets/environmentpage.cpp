// SPDX-License-Identifier: MIT
#include "environmentpage.h"

#include "environmentmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

/// Hides top-level variables that are unset and hide nothing (29 variables are reported;
/// most are usually unset).
class UnsetFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShowUnset(bool show)
    {
        m_showUnset = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        if (m_showUnset || sourceParent.isValid())
            return true;
        const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
        return idx.data(EnvironmentModel::IsSetRole).toBool() || sourceModel()->rowCount(idx) > 0;
    }

private:
    bool m_showUnset = false;
};

EnvironmentPage::EnvironmentPage(EnvironmentModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"environmentPage"_s);
    m_filter = new UnsetFilter(this);
    m_filter->setSourceModel(model);

    m_contextBox = new QComboBox(this);
    m_contextBox->setObjectName(u"environmentContext"_s);
    m_contextBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_contextBox, &QComboBox::currentIndexChanged, this, &EnvironmentPage::showContext);
    m_goVersion = new QLabel(this);
    m_showUnset = new QCheckBox(tr("Show unset variables"), this);
    m_showUnset->setObjectName(u"showUnset"_s);
    connect(m_showUnset, &QCheckBox::toggled, this, &EnvironmentPage::setShowUnset);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"environmentView"_s);
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(EnvironmentModel::VariableColumn, 170);
    m_view->setColumnWidth(EnvironmentModel::ValueColumn, 300);
    m_view->setColumnWidth(EnvironmentModel::SourceColumn, 190);

    m_view->setTextElideMode(Qt::ElideMiddle);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        for (int c :
            { EnvironmentModel::VariableColumn, EnvironmentModel::ValueColumn, EnvironmentModel::SourceColumn }) {
            m_view->resizeColumnToContents(c);
            m_view->setColumnWidth(c, qBound(120, m_view->columnWidth(c) + 12, 440));
        }
    });

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Environment:"), this));
    top->addWidget(m_contextBox);
    top->addWidget(m_goVersion);
    top->addStretch(1);
    top->addWidget(m_showUnset);
    auto* hint = new QLabel(tr("Rows with an arrow hide other values: expand them to see what the effective value "
                               "shadows. Secrets are masked."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
}

EnvironmentPage::~EnvironmentPage() = default;

void EnvironmentPage::setEnvironments(const QList<EnvContext>& contexts)
{
    m_contexts = contexts;
    const QSignalBlocker blocker(m_contextBox);
    m_contextBox->clear();
    for (const EnvContext& c : contexts)
        m_contextBox->addItem(c.label.isEmpty() ? c.id : c.label, c.id);
    m_contextBox->setEnabled(contexts.size() > 1);
    showContext(contexts.isEmpty() ? -1 : 0);
}

void EnvironmentPage::clear()
{
    setEnvironments({});
}

void EnvironmentPage::setShowUnset(bool show)
{
    if (m_showUnset->isChecked() != show)
        m_showUnset->setChecked(show);
    m_filter->setShowUnset(show);
}

void EnvironmentPage::showContext(int index)
{
    if (index < 0 || index >= m_contexts.size()) {
        m_model->clear();
        m_goVersion->clear();
        return;
    }
    const EnvContext& c = m_contexts[index];
    m_model->setEnvironment(c);
    m_goVersion->setText(c.goVersion.isEmpty() ? tr("(go version unknown)") : tr("go %1").arg(c.goVersion));
}

} // namespace gmd
