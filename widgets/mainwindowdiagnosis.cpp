// SPDX-License-Identifier: MIT
// MainWindow, continued: starting, following and finishing a diagnosis. Everything here runs
// on the GUI thread; DiagnosisRunner delivers the worker's results only for the current run.
#include "checklistmodel.h"
#include "checklistpane.h"
#include "common/secrets.h"
#include "diagnosisrunner.h"
#include "environmentmodel.h"
#include "environmentpage.h"
#include "findingsmodel.h"
#include "findingspage.h"
#include "fixpreview.h"
#include "flowchartview.h"
#include "logpage.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "report/diagnosisflow.h"
#include "routesmodel.h"
#include "routespage.h"
#include "statusindicator.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

void MainWindow::diagnose(const QString& dir)
{
    const QFileInfo info(dir.isEmpty() ? QString() : QDir(dir).absolutePath());
    QString problem;
    if (dir.trimmed().isEmpty())
        problem = tr("No project folder was given.");
    else if (!info.exists())
        problem = tr("The folder '%1' does not exist.").arg(QDir::toNativeSeparators(dir));
    else if (!info.isDir())
        problem =
            tr("'%1' is not a folder. Choose the folder that contains go.mod.").arg(QDir::toNativeSeparators(dir));
    else if (!info.isReadable() || !info.isExecutable())
        problem = tr("The folder '%1' is not readable: check its permissions.").arg(QDir::toNativeSeparators(dir));
    if (!problem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, problem);
        m_logPage->append(problem);
        m_status->setMessage(problem);
        return;
    }

    m_projectDir = info.absoluteFilePath();
    m_store->beginGroup(u"paths"_s);
    m_store->setValue(u"lastFolder"_s, m_projectDir);
    m_store->endGroup();
    updateTitle();
    m_banner->dismiss();

    m_checklistModel->resetStates();
    m_findingsModel->clear();
    m_environmentPage->clear();
    m_routesModel->clear();
    m_routesPage->setSummary({});
    m_flowchart->setMessage(tr("Diagnosing…"));

    DiagnosisRequest request;
    request.projectDir = m_projectDir;
    request.environment = m_environment;
    request.goCommand = goCommand();
    request.goTimeoutMs = m_settings.goTimeoutSeconds * 1000;
    request.network = !m_settings.noNetwork;
    request.rankProxies = m_settings.rankProxies;
    m_runner->start(request);
    updateActions();
}

void MainWindow::rediagnose()
{
    if (m_projectDir.isEmpty()) {
        openFolder();
        return;
    }
    diagnose(m_projectDir);
}

void MainWindow::cancelDiagnosis()
{
    m_runner->cancel();
}

void MainWindow::onStarted(const QString& projectDir)
{
    m_logPage->append(tr("diagnosing %1 with go command '%2' (timeout %3 s%4)")
                          .arg(projectDir, goCommand())
                          .arg(m_settings.goTimeoutSeconds)
                          .arg(m_settings.noNetwork ? tr(", no network") : QString()));
    m_status->start(m_checklistModel->checkCount(), tr("Asking the go command…"));
    // The selected check's page must not show the previous run's result.
    if (!m_checklistPane->reselect())
        m_findingsPage->showAll();
}

void MainWindow::onFactsCollected(const std::shared_ptr<const Facts>& facts, qint64 elapsedMs)
{
    m_logPage->appendFacts(*facts, elapsedMs);
    m_environmentPage->setEnvironments(facts->environments);
    m_routesModel->setRoutes(facts->hostRoutes);
    m_routesPage->setSummary(facts->project.goModPath.isEmpty()
            ? tr("No go.mod in this folder: there are no requirements to route.")
            : tr("%n requirement(s) of %1 on this machine.", nullptr, int(facts->hostRoutes.size()))
                  .arg(QDir::toNativeSeparators(facts->project.goModPath)));

    const GoToolInfo& go = facts->go;
    if (!go.found) {
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("The go command '%1' cannot be used: %2. The checks that need it are skipped; "
               "set its path in Settings (Ctrl+,) or with --go.")
                .arg(go.requested, maskSecrets(go.problem)));
    } else if (go.hung) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
            tr("The go command did not answer within %1 s and was stopped: %2")
                .arg(m_settings.goTimeoutSeconds)
                .arg(maskSecrets(go.problem)));
    } else if (!facts->project.goModProblem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, maskSecrets(facts->project.goModProblem));
    }
    m_status->progress(m_checklistModel->finishedCount(), m_checklistModel->checkCount(), tr("Running the checks…"));
}

void MainWindow::onCheckStarted(const QString& checkId)
{
    m_checklistModel->setRunning(checkId);
}

void MainWindow::onCheckFinished(const CheckOutcome& outcome)
{
    m_checklistModel->setOutcome(outcome);
    m_status->progress(m_checklistModel->finishedCount(), m_checklistModel->checkCount(), {});
}

void MainWindow::onFinished(const std::shared_ptr<const DiagnosisRun>& run)
{
    m_lastRun = run;
    m_checklistModel->setOutcomes(run->result.checks);
    m_findingsPage->fixPreview()->setRun(run); // before the findings: selecting one computes its fixes
    m_findingsModel->setFindings(run->result.findings);
    m_flowchart->setFlow(buildDiagnosisFlow(run->facts, run->result)); // laid out off the GUI thread

    int errors = 0, warnings = 0, passed = 0;
    for (const Finding& f : run->result.findings) {
        errors += f.severity == Severity::Error ? 1 : 0;
        warnings += f.severity == Severity::Warning ? 1 : 0;
    }
    for (const CheckOutcome& o : run->result.checks)
        passed += o.status == CheckStatus::Pass ? 1 : 0;
    m_logPage->appendRun(*run);
    const QString summary = tr("%1 error(s), %2 warning(s) · %3 of %4 checks passed")
                                .arg(errors)
                                .arg(warnings)
                                .arg(passed)
                                .arg(run->result.checks.size());
    m_status->stop(summary);

    // Refresh what the checklist selection shows, now with findings.
    if (!m_checklistPane->reselect())
        m_findingsPage->showAll();
    updateActions();
    if (!m_pendingFixMessage.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Information, m_pendingFixMessage);
        m_pendingFixMessage.clear();
    }
    Q_EMIT diagnosisFinished();
}

void MainWindow::onCancelled()
{
    m_checklistModel->finishUnfinished(CheckState::Skip, tr("cancelled"));
    m_logPage->append(tr("diagnosis cancelled after %1").arg(formatDuration(m_status->elapsedMs())));
    m_status->stop(tr("Diagnosis cancelled."));
    updateActions();
    Q_EMIT diagnosisCancelled();
}

} // namespace gmd
