// SPDX-License-Identifier: MIT
#pragma once

#include "net/probetypes.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

template <typename T> class QFutureWatcher;

namespace gmd {

class HttpProbe;
struct TlsTrust;

/// Runs every probe of a plan in parallel (the whole run costs about the slowest probe), in the
/// thread it lives in, without ever blocking it: CA files named by SSL_CERT_FILE/SSL_CERT_DIR
/// are read in Qt's thread pool first.
class ProbeRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProbeRunner(QObject* parent = nullptr);
    ~ProbeRunner() override;

    /// Starts `plan`; false (and nothing happens) while a run is in progress. An empty plan
    /// finishes at once (finished() is queued).
    bool start(const ProbePlan& plan, const ProbeOptions& options = {});
    /// Aborts every lookup and socket at once; probes not finished end as Cancelled and
    /// finished() is emitted before this returns.
    void cancel();
    /// True between start() and finished().
    bool isRunning() const { return m_running; }
    /// The results in plan order (NotRun for probes not finished yet).
    QList<ProbeResult> results() const { return m_results; }

Q_SIGNALS:
    /// A probe started (all of them start together).
    void probeStarted(const QString& probeId);
    /// One stage of one probe completed, `elapsedMs` after that probe started.
    void stageCompleted(const QString& probeId, gmd::ProbeStage stage, qint64 elapsedMs);
    /// One probe ended.
    void probeFinished(const gmd::ProbeResult& result);
    /// Every probe ended; results in plan order.
    void finished(const QList<gmd::ProbeResult>& results);

private:
    void launch(std::shared_ptr<const TlsTrust> trust);
    void onProbeFinished(int index, const ProbeResult& result);
    void complete();

    ProbePlan m_plan;
    ProbeOptions m_options;
    QList<ProbeResult> m_results;
    QList<HttpProbe*> m_probes;
    QFutureWatcher<TlsTrust>* m_trustWatcher = nullptr;
    int m_pending = 0;
    bool m_running = false;
    bool m_launching = false;
};

/// Runs `plan` in the calling thread with its own QEventLoop (for the CLI and the facts
/// collector, never a GUI thread) and returns the results in plan order. When `cancel` becomes
/// true the remaining probes are aborted (checked every 50 ms).
QList<ProbeResult> runProbesBlocking(
    const ProbePlan& plan, const ProbeOptions& options, const std::atomic<bool>* cancel = nullptr);

} // namespace gmd
