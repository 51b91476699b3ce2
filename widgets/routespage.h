// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace gmd {

class RoutesModel;

/// The "Routes" page: for each requirement of go.mod, where cmd/go fetches it from and how it
/// verifies it.
class RoutesPage : public QWidget
{
    Q_OBJECT
public:
    explicit RoutesPage(RoutesModel* model, QWidget* parent = nullptr);
    ~RoutesPage() override;

    /// Sets the line above the table ("3 modules of /x/go.mod").
    void setSummary(const QString& text);
    QTreeView* view() const { return m_view; }

private:
    QLabel* m_summary = nullptr;
    QTreeView* m_view = nullptr;
};

} // namespace gmd
