// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"
#include "checkstate.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTextBrowser;
class QUrl;

namespace gmd {

/// The detail pane of the Findings page: what is wrong (message, subject, location, the
/// environment it was found in), the evidence table, the fix with its commands and a Copy
/// button, and the check's documentation page (embedded Markdown) beside it.
class FindingDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit FindingDetailView(QWidget* parent = nullptr);
    ~FindingDetailView() override;

    /// Shows one finding.
    void showFinding(const Finding& finding);
    /// Shows a check without a finding to show (passed, skipped, not run, or a category).
    void showCheck(const CheckInfo& info, CheckState state, const QString& reason, int findingCount);
    /// Shows the start page (no diagnosis yet).
    void showWelcome();
    /// Shows the documentation page `docPath` ("docs/checks/GMD100.md").
    void showDoc(const QString& docPath);

    QSplitter* splitter() const { return m_splitter; }
    /// The commands of the fix shown ("" when none).
    QString fixCommands() const;
    QString docMarkdown() const { return m_docMarkdown; }

private:
    void setHeader(const QIcon& icon, const QString& title);
    void copyCommands();
    void openLink(const QUrl& url);
    void showFacts(bool visible);

    QSplitter* m_splitter = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_evidenceLabel = nullptr;
    QTableWidget* m_evidence = nullptr;
    QGroupBox* m_fixBox = nullptr;
    QLabel* m_fixText = nullptr;
    QPlainTextEdit* m_commands = nullptr;
    QPushButton* m_copy = nullptr;
    QTextBrowser* m_doc = nullptr;
    QString m_docMarkdown;
};

} // namespace gmd
