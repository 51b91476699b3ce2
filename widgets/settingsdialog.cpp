// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

SettingsDialog::SettingsDialog(const AppSettings& settings, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);

    m_go = new QLineEdit(settings.goCommand, this);
    m_go->setObjectName(u"goCommand"_s);
    m_go->setPlaceholderText(u"go"_s);
    m_go->setToolTip(tr("The go command to interrogate: a name looked up on PATH, or a path."));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseGo);
    auto* goRow = new QHBoxLayout;
    goRow->addWidget(m_go, 1);
    goRow->addWidget(browse);

    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(u"goTimeout"_s);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.goTimeoutSeconds);
    m_timeout->setToolTip(tr("How long one go command may run before the doctor stops it and reports a hang."));

    m_noNetwork = new QCheckBox(tr("Do not contact proxies or checksum databases"), this);
    m_noNetwork->setObjectName(u"noNetwork"_s);
    m_noNetwork->setChecked(settings.noNetwork);
    m_rankProxies = new QCheckBox(tr("Rank proxies and recommend a faster GOPROXY order (a few seconds more)"), this);
    m_rankProxies->setObjectName(u"rankProxies"_s);
    m_rankProxies->setChecked(settings.rankProxies);
    m_rankProxies->setToolTip(tr("Measures the GOPROXY entries and well-known public proxies over several rounds; "
                                 "the recommendation (GMD612) comes with a fix."));
    m_rankProxies->setEnabled(!settings.noNetwork);
    connect(m_noNetwork, &QCheckBox::toggled, m_rankProxies, [this](bool off) { m_rankProxies->setEnabled(!off); });

    auto* form = new QFormLayout;
    form->addRow(tr("&Go command:"), goRow);
    form->addRow(tr("Go &timeout:"), m_timeout);
    form->addRow(tr("Network:"), m_noNetwork);
    form->addRow(QString(), m_rankProxies);

    auto* note = new QLabel(tr("The settings apply to the next diagnosis."), this);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const AppSettings defaults;
        m_go->setText(defaults.goCommand);
        m_timeout->setValue(defaults.goTimeoutSeconds);
        m_noNetwork->setChecked(defaults.noNetwork);
        m_rankProxies->setChecked(defaults.rankProxies);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    const QString go = m_go->text().trimmed();
    s.goCommand = go.isEmpty() ? AppSettings().goCommand : go;
    s.goTimeoutSeconds = m_timeout->value();
    s.noNetwork = m_noNetwork->isChecked();
    s.rankProxies = m_rankProxies->isChecked();
    return s;
}

void SettingsDialog::browseGo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the go command"), m_go->text());
    if (!path.isEmpty())
        m_go->setText(path);
}

} // namespace gmd
