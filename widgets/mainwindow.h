// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "reportexport.h"

#include <QMainWindow>
#include <QProcessEnvironment>

#include <memory>

class QAction;
class QSettings;
class QSplitter;
class QTabWidget;

namespace gmd {

class ChecklistModel;
class ChecklistPane;
class DiagnosisRunner;
class EnvironmentModel;
class EnvironmentPage;
class FindingsModel;
class FindingsPage;
class LogPage;
class MessageBanner;
class RoutesModel;
class RoutesPage;
class FlowchartView;
class StatusIndicator;
struct CheckOutcome;
struct DiagnosisRun;
struct Facts;

/// The main window: the checklist on the left, the Findings / Environment / Routes / Log pages
/// on the right, a diagnosis running in the background (DiagnosisRunner) and the report export.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Settings go to the default QSettings of the application.
    explicit MainWindow(QWidget* parent = nullptr);
    /// Settings go to the INI file `settingsFile` (tests; portable use).
    explicit MainWindow(const QString& settingsFile, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The environment the go command and the checks see (default: this process's).
    void setEnvironment(const QProcessEnvironment& environment);
    /// Uses `go` instead of the configured go command until the settings change (`--go PATH`).
    void setGoCommandOverride(const QString& go);
    /// The go command the next diagnosis uses.
    QString goCommand() const;
    AppSettings settings() const { return m_settings; }
    /// Replaces and persists the settings.
    void setSettings(const AppSettings& settings);

    /// Diagnoses the project folder `dir` (cancelling a run in progress). A missing or
    /// unreadable folder is reported in the message banner.
    void diagnose(const QString& dir);
    /// Diagnoses the current folder again (F5); asks for one when there is none.
    void rediagnose();
    /// Cancels the running diagnosis (Esc).
    void cancelDiagnosis();
    /// Writes the last complete diagnosis as `format` to `path`; false with `error` otherwise.
    bool exportReport(const QString& path, ReportFormat format, QString* error = nullptr);

    QString projectDir() const { return m_projectDir; }
    bool isDiagnosing() const;
    /// The last complete diagnosis (nullptr before the first one finishes).
    const DiagnosisRun* lastRun() const { return m_lastRun.get(); }

    ChecklistModel* checklistModel() const { return m_checklistModel; }
    FindingsModel* findingsModel() const { return m_findingsModel; }
    EnvironmentModel* environmentModel() const { return m_environmentModel; }
    RoutesModel* routesModel() const { return m_routesModel; }
    DiagnosisRunner* runner() const { return m_runner; }
    MessageBanner* banner() const { return m_banner; }
    LogPage* logPage() const { return m_logPage; }
    StatusIndicator* statusIndicator() const { return m_status; }
    ChecklistPane* checklistPane() const { return m_checklistPane; }
    QAction* undoFixAction() const { return m_undoFixAction; }
    FindingsPage* findingsPage() const { return m_findingsPage; }
    QTabWidget* pages() const { return m_tabs; }
    /// The "Diagnosis Path" page.
    FlowchartView* flowchart() const { return m_flowchart; }

Q_SIGNALS:
    /// A diagnosis completed; lastRun() holds it.
    void diagnosisFinished();
    /// The running diagnosis was cancelled.
    void diagnosisCancelled();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void init();
    void createActions();
    void createMenus();
    void createCentralWidget();
    void applyIcons();
    void restoreWindowState();
    void saveWindowState();
    void updateActions();
    void updateTitle();

    void openFolder();
    void exportWithDialog();
    void editSettings();
    void showAbout();

    void onStarted(const QString& projectDir);
    void onFactsCollected(const std::shared_ptr<const Facts>& facts, qint64 elapsedMs);
    void onCheckStarted(const QString& checkId);
    void onCheckFinished(const CheckOutcome& outcome);
    void onFinished(const std::shared_ptr<const DiagnosisRun>& run);
    void onCancelled();
    void onCheckSelected(const QString& id);
    void onCategorySelected(const QString& category);
    void onFixDone(bool ok, const QString& message);

    std::unique_ptr<QSettings> m_store;
    AppSettings m_settings;
    QString m_goOverride;
    QProcessEnvironment m_environment;
    QString m_projectDir;
    std::shared_ptr<const DiagnosisRun> m_lastRun;

    DiagnosisRunner* m_runner = nullptr;
    ChecklistModel* m_checklistModel = nullptr;
    FindingsModel* m_findingsModel = nullptr;
    EnvironmentModel* m_environmentModel = nullptr;
    RoutesModel* m_routesModel = nullptr;

    MessageBanner* m_banner = nullptr;
    QSplitter* m_splitter = nullptr;
    ChecklistPane* m_checklistPane = nullptr;
    QTabWidget* m_tabs = nullptr;
    FindingsPage* m_findingsPage = nullptr;
    EnvironmentPage* m_environmentPage = nullptr;
    RoutesPage* m_routesPage = nullptr;
    FlowchartView* m_flowchart = nullptr;
    LogPage* m_logPage = nullptr;
    StatusIndicator* m_status = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_diagnoseAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_hidePassingAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_undoFixAction = nullptr;
    QString m_pendingFixMessage; ///< shown in the banner when the diagnosis after a fix finishes
};

} // namespace gmd
