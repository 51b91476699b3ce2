// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace gmd {

/// Edits AppSettings: the go command, its timeout and whether the network may be probed.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// The settings as edited.
    AppSettings settings() const;

private:
    void browseGo();

    QLineEdit* m_go = nullptr;
    QSpinBox* m_timeout = nullptr;
    QCheckBox* m_noNetwork = nullptr;
    QCheckBox* m_rankProxies = nullptr;
};

} // namespace gmd
