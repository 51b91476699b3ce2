// SPDX-License-Identifier: MIT
// The main window: construction, actions, layout, persistence and dialogs. The handling of a
// running diagnosis is in mainwindowdiagnosis.cpp.
#include "mainwindow.h"

#include "checklistmodel.h"
#include "checklistpane.h"
#include "checks/registry.h"
#include "diagnosisrunner.h"
#include "environmentmodel.h"
#include "environmentpage.h"
#include "findingdetailview.h"
#include "findingsmodel.h"
#include "findingspage.h"
#include "fixpreview.h"
#include "flowchartview.h"
#include "icons.h"
#include "logpage.h"
#include "messagebanner.h"
#include "report/reportmeta.h"
#include "routesmodel.h"
#include "routespage.h"
#include "settingsdialog.h"
#include "statusindicator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_store(std::make_unique<QSettings>())
{
    init();
}

MainWindow::MainWindow(const QString& settingsFile, QWidget* parent)
    : QMainWindow(parent)
    , m_store(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    init();
}

MainWindow::~MainWindow() = default;

void MainWindow::init()
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(icons::application());
    m_environment = QProcessEnvironment::systemEnvironment();
    m_settings = AppSettings::load(*m_store);

    m_runner = new DiagnosisRunner(this);
    m_checklistModel = new ChecklistModel(this);
    m_findingsModel = new FindingsModel(this);
    m_environmentModel = new EnvironmentModel(this);
    m_routesModel = new RoutesModel(this);

    QList<CheckInfo> infos;
    for (const Check* c : allChecks())
        infos.append(c->info());
    m_checklistModel->setChecks(infos);

    createActions();
    createCentralWidget();
    createMenus();
    applyIcons();

    connect(m_runner, &DiagnosisRunner::started, this, [this](quint64, const QString& dir) { onStarted(dir); });
    connect(m_runner, &DiagnosisRunner::factsCollected, this,
        [this](quint64, const std::shared_ptr<const Facts>& f, qint64 ms) { onFactsCollected(f, ms); });
    connect(m_runner, &DiagnosisRunner::checkStarted, this, [this](quint64, const QString& id) { onCheckStarted(id); });
    connect(m_runner, &DiagnosisRunner::checkFinished, this,
        [this](quint64, const CheckOutcome& outcome) { onCheckFinished(outcome); });
    connect(m_runner, &DiagnosisRunner::finished, this, &MainWindow::onFinished);
    connect(m_runner, &DiagnosisRunner::cancelled, this, &MainWindow::onCancelled);

    restoreWindowState();
    updateTitle();
    updateActions();
    m_status->setMessage(
        tr("%n check(s) ready. Open a Go project folder to diagnose it.", nullptr, m_checklistModel->checkCount()));
}

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Project Folder…"), this);
    m_openAction->setObjectName(u"openAction"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Choose a Go project folder and diagnose it"));
    m_openAction->setIconText(tr("Open"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFolder);

    m_diagnoseAction = new QAction(tr("&Diagnose"), this);
    m_diagnoseAction->setObjectName(u"diagnoseAction"_s);
    m_diagnoseAction->setShortcut(Qt::Key_F5);
    m_diagnoseAction->setToolTip(tr("Run every check against the project folder (F5)"));
    connect(m_diagnoseAction, &QAction::triggered, this, &MainWindow::rediagnose);

    m_cancelAction = new QAction(tr("&Cancel"), this);
    m_cancelAction->setObjectName(u"cancelAction"_s);
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setToolTip(tr("Stop the running diagnosis (Esc)"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelDiagnosis);

    m_exportAction = new QAction(tr("&Export Report…"), this);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setToolTip(tr("Save the diagnosis as text, JSON or SARIF"));
    m_exportAction->setIconText(tr("Export"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportWithDialog);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setIconText(tr("Settings"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::editSettings);

    m_aboutAction = new QAction(tr("&About Go Module Doctor"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_hidePassingAction = new QAction(tr("&Hide Passing Checks"), this);
    m_hidePassingAction->setCheckable(true);
    m_undoFixAction = new QAction(tr("&Undo Last Fix"), this);
    m_undoFixAction->setObjectName(u"undoFixAction"_s);
    m_undoFixAction->setToolTip(tr("Restore what the last applied fix changed, byte for byte"));
    m_undoFixAction->setIconText(tr("Undo Fix"));
    m_findAction = new QAction(tr("&Filter Checks"), this);
    m_findAction->setShortcut(QKeySequence::Find);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_diagnoseAction);
    file->addAction(m_cancelAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_undoFixAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_findAction);
    view->addAction(m_hidePassingAction);
    connect(m_findAction, &QAction::triggered, m_checklistPane, &ChecklistPane::focusFilter);
    connect(m_hidePassingAction, &QAction::toggled, m_checklistPane, &ChecklistPane::setHidePassing);
    connect(m_checklistPane, &ChecklistPane::hidePassingChanged, m_hidePassingAction, &QAction::setChecked);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_settingsAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_openAction);
    bar->addAction(m_diagnoseAction);
    bar->addAction(m_cancelAction);
    bar->addSeparator();
    bar->addAction(m_exportAction);
    bar->addAction(m_undoFixAction);
    bar->addSeparator();
    bar->addAction(m_settingsAction);
}

void MainWindow::createCentralWidget()
{
    m_banner = new MessageBanner(this);
    m_checklistPane = new ChecklistPane(m_checklistModel, this);
    connect(m_checklistPane, &ChecklistPane::checkSelected, this, &MainWindow::onCheckSelected);
    connect(m_checklistPane, &ChecklistPane::categorySelected, this, &MainWindow::onCategorySelected);
    connect(m_checklistPane, &ChecklistPane::selectionCleared, this, [this] { m_findingsPage->showAll(); });

    m_findingsPage = new FindingsPage(m_findingsModel, this);
    connect(m_findingsPage, &FindingsPage::showAllRequested, this, [this] {
        QTreeView* view = m_checklistPane->view();
        const QSignalBlocker blocker(view->selectionModel());
        view->selectionModel()->clear();
    });
    FixPreview* fixes = m_findingsPage->fixPreview();
    connect(m_undoFixAction, &QAction::triggered, fixes, &FixPreview::undoLastFix);
    connect(fixes, &FixPreview::applyFinished, this, [this](const FixOutcome& o) { onFixDone(o.ok, o.message); });
    connect(fixes, &FixPreview::undoFinished, this, [this](const FixOutcome& o) { onFixDone(o.ok, o.message); });
    m_environmentPage = new EnvironmentPage(m_environmentModel, this);
    m_routesPage = new RoutesPage(m_routesModel, this);
    m_logPage = new LogPage(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"pages"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_findingsPage, tr("Findings"));
    m_tabs->addTab(m_environmentPage, tr("Environment"));
    m_tabs->addTab(m_routesPage, tr("Routes"));
    m_flowchart = new FlowchartView(this);
    m_tabs->addTab(m_flowchart, tr("Diagnosis Path"));
    connect(m_flowchart, &FlowchartView::findingActivated, this, [this](int index) {
        QTreeView* checklist = m_checklistPane->view(); // its selection no longer applies
        const QSignalBlocker blocker(checklist->selectionModel());
        checklist->selectionModel()->clear();
        if (m_findingsPage->selectFinding(index))
            m_tabs->setCurrentWidget(m_findingsPage);
    });
    m_tabs->addTab(m_logPage, tr("Log"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_checklistPane);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 380, 900 });
    m_splitter->setChildrenCollapsible(false);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_status = new StatusIndicator(this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);
}

void MainWindow::applyIcons()
{
    m_openAction->setIcon(icons::themed(u"action-open"_s));
    m_diagnoseAction->setIcon(icons::themed(u"action-diagnose"_s));
    m_cancelAction->setIcon(icons::themed(u"action-cancel"_s));
    m_exportAction->setIcon(icons::themed(u"action-export"_s));
    m_undoFixAction->setIcon(icons::themed(u"action-undo"_s));
    m_settingsAction->setIcon(icons::themed(u"action-settings"_s));
    m_aboutAction->setIcon(icons::themed(u"action-about"_s));
}

void MainWindow::restoreWindowState()
{
    m_store->beginGroup(u"window"_s);
    if (!restoreGeometry(m_store->value(u"geometry"_s).toByteArray()))
        resize(1280, 800);
    restoreState(m_store->value(u"state"_s).toByteArray());
    m_splitter->restoreState(m_store->value(u"mainSplitter"_s).toByteArray());
    m_findingsPage->splitter()->restoreState(m_store->value(u"findingsSplitter"_s).toByteArray());
    m_findingsPage->detail()->splitter()->restoreState(m_store->value(u"detailSplitter"_s).toByteArray());
    m_checklistPane->setHidePassing(m_store->value(u"hidePassing"_s, false).toBool());
    m_environmentPage->setShowUnset(m_store->value(u"showUnsetVariables"_s, false).toBool());
    m_findingsPage->fixPreview()->setSideBySide(m_store->value(u"fixDiffSideBySide"_s, false).toBool());
    m_store->endGroup();
}

void MainWindow::saveWindowState()
{
    m_store->beginGroup(u"window"_s);
    m_store->setValue(u"geometry"_s, saveGeometry());
    m_store->setValue(u"state"_s, saveState());
    m_store->setValue(u"mainSplitter"_s, m_splitter->saveState());
    m_store->setValue(u"findingsSplitter"_s, m_findingsPage->splitter()->saveState());
    m_store->setValue(u"detailSplitter"_s, m_findingsPage->detail()->splitter()->saveState());
    m_store->setValue(u"hidePassing"_s, m_checklistPane->hidePassing());
    m_store->setValue(u"fixDiffSideBySide"_s, m_findingsPage->fixPreview()->isSideBySide());
    m_store->endGroup();
    m_store->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isDiagnosing())
        cancelDiagnosis();
    saveWindowState();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Monochrome icons take the text colour: render them again when the palette (dark mode)
    // changes.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        icons::clearCache();
        applyIcons();
    }
}

void MainWindow::setEnvironment(const QProcessEnvironment& environment)
{
    m_environment = environment;
}

void MainWindow::setGoCommandOverride(const QString& go)
{
    m_goOverride = go.trimmed();
}

QString MainWindow::goCommand() const
{
    return m_goOverride.isEmpty() ? m_settings.goCommand : m_goOverride;
}

void MainWindow::setSettings(const AppSettings& settings)
{
    if (settings.goCommand != m_settings.goCommand)
        m_goOverride.clear();
    m_settings = settings;
    m_settings.save(*m_store);
    m_store->sync();
}

bool MainWindow::isDiagnosing() const
{
    return m_runner->isRunning();
}

void MainWindow::updateActions()
{
    const bool running = isDiagnosing();
    m_cancelAction->setEnabled(running);
    m_diagnoseAction->setEnabled(!m_projectDir.isEmpty());
    m_exportAction->setEnabled(m_lastRun != nullptr);
}

void MainWindow::updateTitle()
{
    const QString app = tr("Go Module Doctor");
    if (m_projectDir.isEmpty())
        setWindowTitle(app);
    else
        setWindowTitle(QDir::toNativeSeparators(m_projectDir) + u" — "_s + app);
}

void MainWindow::openFolder()
{
    m_store->beginGroup(u"paths"_s);
    const QString start =
        m_projectDir.isEmpty() ? m_store->value(u"lastFolder"_s, QDir::homePath()).toString() : m_projectDir;
    m_store->endGroup();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Go Project Folder"), start);
    if (!dir.isEmpty())
        diagnose(dir);
}

void MainWindow::exportWithDialog()
{
    if (!m_lastRun)
        return;
    const QStringList filters = reportFileFilters();
    QString selected = filters.value(int(ReportFormat::Json));
    const QString suggested = QDir(m_projectDir).filePath(u"gomoddoctor-report.json"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested, filters.join(u";;"_s), &selected);
    if (path.isEmpty())
        return;
    ReportFormat format = ReportFormat(qMax(0, int(filters.indexOf(selected))));
    if (QFileInfo(path).suffix().isEmpty()) {
        static const QString suffixes[] = { u".txt"_s, u".json"_s, u".sarif"_s };
        path += suffixes[int(format)];
    } else {
        format = reportFormatForPath(path);
    }
    QString error;
    if (!exportReport(path, format, &error)) {
        QMessageBox::warning(this, tr("Export Report"), error);
        return;
    }
    m_status->setMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
}

bool MainWindow::exportReport(const QString& path, ReportFormat format, QString* error)
{
    if (!m_lastRun) {
        if (error)
            *error = tr("There is no complete diagnosis to export yet.");
        return false;
    }
    const bool ok = writeReportFile(path, renderReport(m_lastRun->facts, m_lastRun->result, format), error);
    m_logPage->append(ok ? tr("report written to %1").arg(path) : (error ? *error : QString()));
    return ok;
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(AppSettings { goCommand(), m_settings.goTimeoutSeconds, m_settings.noNetwork, m_settings.rankProxies }, this);
    if (dialog.exec() == QDialog::Accepted)
        setSettings(dialog.settings());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Go Module Doctor"),
        tr("<h3>Go Module Doctor %1</h3>"
           "<p>Finds and fixes why <code>go mod download</code> hangs or fails: it reads the effective Go "
           "environment with the source of every value, the module files and the routes to proxies and "
           "checksum databases, and runs %2 checks over them.</p>"
           "<p>Secrets in URLs and variables are masked everywhere, including exported reports.</p>"
           "<p>Built with Qt %3.</p>")
            .arg(doctorVersion())
            .arg(m_checklistModel->checkCount())
            .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::onFixDone(bool ok, const QString& message)
{
    m_logPage->append(message);
    m_status->setMessage(message.section(u'\n', 0, 0));
    if (!ok) {
        m_banner->showMessage(MessageBanner::Kind::Error, message);
        return;
    }
    // The other pages and findings must show the changed project: diagnose again, and say
    // what happened once that run is done (diagnose() dismisses the banner).
    if (m_projectDir.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Information, message);
        return;
    }
    m_pendingFixMessage = message;
    diagnose(m_projectDir); // supersedes a run in progress: it saw the files before the fix
}

void MainWindow::onCheckSelected(const QString& id)
{
    const CheckOutcome* outcome = m_checklistModel->outcome(id);
    m_findingsPage->showCheck(
        m_checklistModel->checkInfo(id), m_checklistModel->state(id), outcome ? outcome->reason : QString());
    m_tabs->setCurrentWidget(m_findingsPage);
}

void MainWindow::onCategorySelected(const QString& category)
{
    const QModelIndex idx = m_checklistPane->view()->currentIndex();
    m_findingsPage->showCategory(category, CheckState(idx.data(ChecklistModel::StateRole).toInt()));
    m_tabs->setCurrentWidget(m_findingsPage);
}

} // namespace gmd
