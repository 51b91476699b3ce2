// SPDX-License-Identifier: MIT
#pragma once

#include "checks/engine.h"
#include "checks/facts.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>

#include <atomic>
#include <memory>

namespace gmd {

/// What to diagnose, and how.
struct DiagnosisRequest
{
    QString projectDir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); ///< the diagnosed environment
    QString goCommand = QStringLiteral("go");
    int goTimeoutMs = 10000;
    bool network = true;
    bool rankProxies = false; ///< also rank proxies (needs `network`)
    RankingOptions ranking; ///< candidates and rounds of the ranking
};

/// The immutable result of one finished run.
struct DiagnosisRun
{
    quint64 generation = 0;
    DiagnosisRequest request;
    Facts facts;
    DiagnosisResult result;
    qint64 collectMs = 0; ///< time spent gathering facts (running go)
    qint64 checksMs = 0; ///< time spent in the checks
};

/// Runs collectFacts() and runChecks() off the GUI thread (QtConcurrent::run) and reports back
/// on the thread the runner lives in. Every start() bumps a generation counter: results of an
/// older run (cancelled or superseded) are dropped when they arrive, and their std::atomic
/// cancel flag is raised so that the go command is killed and pending checks are skipped.
/// Signals are only emitted for the current generation.
class DiagnosisRunner : public QObject
{
    Q_OBJECT
public:
    explicit DiagnosisRunner(QObject* parent = nullptr);
    /// Cancels the running diagnosis and waits for its worker (bounded by the go timeout).
    ~DiagnosisRunner() override;

    /// Starts diagnosing `request`, cancelling a run in progress. Returns the new generation.
    quint64 start(const DiagnosisRequest& request);
    /// Cancels the current run: raises its cancel flag and emits cancelled() at once; whatever
    /// the worker still reports is dropped.
    void cancel();
    bool isRunning() const { return m_running; }
    quint64 generation() const { return m_generation; }
    /// Blocks until every worker started so far has returned (tests, shutdown).
    void waitForWorkers();

Q_SIGNALS:
    /// The facts are being collected (the go command runs).
    void started(quint64 generation, const QString& projectDir);
    /// The facts are known; the checks start now.
    void factsCollected(quint64 generation, std::shared_ptr<const gmd::Facts> facts, qint64 elapsedMs);
    void checkStarted(quint64 generation, const QString& checkId);
    void checkFinished(quint64 generation, const gmd::CheckOutcome& outcome);
    /// The run is complete (not emitted for cancelled or superseded runs).
    void finished(std::shared_ptr<const gmd::DiagnosisRun> run);
    /// The current run was cancelled by cancel().
    void cancelled(quint64 generation);

private:
    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QList<QFuture<void>> m_workers;
};

} // namespace gmd
