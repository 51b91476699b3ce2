// SPDX-License-Identifier: MIT
#pragma once

#include "env/goenvironment.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTreeView;

namespace gmd {

class EnvironmentModel;
class UnsetFilter;

/// The "Environment" page: the effective Go environment of one context (this machine, later
/// also each Dockerfile RUN), with sources and the values each one hides.
class EnvironmentPage : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentPage(EnvironmentModel* model, QWidget* parent = nullptr);
    ~EnvironmentPage() override;

    /// Shows the environments of a diagnosis (the first one selected).
    void setEnvironments(const QList<EnvContext>& contexts);
    void clear();
    /// Shows variables that are not set anywhere too.
    void setShowUnset(bool show);

    QTreeView* view() const { return m_view; }

private:
    void showContext(int index);

    EnvironmentModel* m_model = nullptr;
    UnsetFilter* m_filter = nullptr;
    QList<EnvContext> m_contexts;
    QComboBox* m_contextBox = nullptr;
    QCheckBox* m_showUnset = nullptr;
    QLabel* m_goVersion = nullptr;
    QTreeView* m_view = nullptr;
};

} // namespace gmd
