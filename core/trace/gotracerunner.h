// SPDX-License-Identifier: MIT
#pragma once

#include "trace/stalldetector.h"
#include "trace/tracelineparser.h"
#include "trace/tracestate.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QProcess;
class QTemporaryDir;
class QTimer;

namespace gmd {

/// How to run `go mod download -x` under watch.
struct GoTraceOptions
{
    QString goExecutable = QStringLiteral("go"); ///< a name looked up on the environment's PATH, or a path
    QString projectDir; ///< where go.mod is
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    bool json = false; ///< add -json (the per-module results go to stdout)
    bool all = false; ///< download `all` instead of the default set
    QStringList modules; ///< explicit module@version arguments (after `all`, if any)
    /// Use a fresh temporary GOMODCACHE (removed at the end) so that nothing comes from the
    /// cache; -modcacherw is added so that it can be removed.
    bool freshModCache = true;
    bool forceLocalToolchain = false; ///< GOTOOLCHAIN=local: no toolchain switch (TC-1)
    bool toolchainTrace = true; ///< add GODEBUG=toolchaintrace=1 when go is 1.24 or newer (TC-5)
    QString goVersion; ///< "1.24.4" when known; otherwise `go version` is asked first
    qint64 stallAfterMs = 5000; ///< report an item without a result after this long
    qint64 killAfterStallMs = 0; ///< final stall timeout: kill go when the oldest stall is this old (0 = never)
    qint64 timeoutMs = 0; ///< hard limit for the whole run (0 = none)
    int tickMs = 200; ///< how often the stall detector looks
    QList<ProbeHint> probeHints; ///< probe results to cite in stall messages
};

/// One module of `go mod download -json` (its stdout: a stream of JSON objects).
struct GoDownloadResult
{
    QString path;
    QString version;
    QString error; ///< masked
    QString info; ///< the cached .info file, when downloaded
    QString goMod;
    QString zip;
    QString dir;
    QString sum;
};

/// Parses the stream of objects `go mod download -json` prints; stops at malformed input.
QList<GoDownloadResult> parseGoModDownloadJson(const QByteArray& stdoutData);

/// What a run left behind.
struct GoTraceSummary
{
    bool started = false;
    QString startError; ///< why go could not be started
    QString program; ///< the go executable used
    QStringList arguments;
    QString goVersion; ///< from options or `go version`
    QString modCache; ///< the temporary GOMODCACHE ("" when the user's cache was used)
    bool modCacheRemoved = false;
    qint64 downloadedBytes = -1; ///< size of the temporary cache's download folder at the end; -1 = user's cache
    QStringList addedEnvironment; ///< NAME=value pairs the runner set (GOMODCACHE, GOTOOLCHAIN, GODEBUG)
    int exitCode = -1;
    bool crashed = false;
    bool cancelled = false; ///< cancel() was called
    bool killed = false; ///< the process group was killed (cancel, stall timeout or hard timeout)
    bool timedOut = false; ///< the hard timeout struck
    bool stallTimeout = false; ///< the final stall timeout struck
    QString killReason;
    qint64 elapsedMs = 0;
    qint64 processGroup = 0; ///< the pgid go ran in (= its pid)
    QList<TraceRequest> requests;
    QList<TraceVcsCommand> vcsCommands;
    QList<TraceLockWait> lockWaits;
    QList<StallFinding> stalls;
    QList<TraceEvent> errors; ///< GoError, GoAuthErrors, SecurityError
    QStringList toolchainLines; ///< TC-4/TC-5 lines
    QList<GoDownloadResult> results; ///< the parsed -json output (empty without -json)
    QByteArray stdoutData; ///< the -json output (capped at 16 MiB)
    QByteArray stderrData; ///< go's stderr as received (capped at 16 MiB; not masked)

    bool ok() const { return started && !killed && !crashed && exitCode == 0; }
};

/// Runs the real `go mod download -x [-json] [all]` in its own process group, parses its stderr
/// as it arrives, and reports events, stalls and progress while it runs. Lives in one thread
/// (uses QProcess and a QTimer); needs a running event loop there.
class GoTraceRunner : public QObject
{
    Q_OBJECT
public:
    explicit GoTraceRunner(QObject* parent = nullptr);
    /// Kills the process group if go still runs.
    ~GoTraceRunner() override;

    /// Starts the run (asks `go version` first when options.goVersion is empty). Returns false
    /// when already running; failures to start are reported through finished().
    bool start(const GoTraceOptions& options);
    /// Kills the whole process group; finished() follows with cancelled = killed = true.
    void cancel();
    bool isRunning() const { return m_running; }
    /// The pgid of the running go (0 when none).
    qint64 processGroup() const { return m_pgid; }
    const TraceState& state() const { return m_state; }
    /// Milliseconds since start() (the clock of state() and of the stall findings).
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

Q_SIGNALS:
    /// One parsed stderr line (URLs masked).
    void traceEvent(const gmd::TraceEvent& event);
    /// A stalled item, once per item.
    void stallDetected(const gmd::StallFinding& finding);
    /// Requests done and running (go -x reports no bytes).
    void progress(int done, int running);
    /// The run is over (normally, failed to start, cancelled or killed).
    void finished(const gmd::GoTraceSummary& summary);

private:
    void startGo();
    void onVersionFinished();
    void onStderr();
    void onTick();
    void onGoFinished();
    void kill(const QString& reason);
    void finish();
    void publish(const QList<TraceEvent>& events);

    GoTraceOptions m_options;
    GoTraceSummary m_summary;
    TraceLineParser m_parser;
    TraceState m_state;
    StallDetector m_detector;
    QElapsedTimer m_clock;
    qint64 m_lastChunkMs = 0;
    QProcess* m_process = nullptr;
    QProcess* m_versionProcess = nullptr;
    QTimer* m_timer = nullptr;
    std::unique_ptr<QTemporaryDir> m_modCache;
    qint64 m_pgid = 0;
    int m_lastDone = -1;
    int m_lastRunning = -1;
    bool m_running = false;
};

/// Blocking wrapper for the CLI: runs a GoTraceRunner in a local event loop until it finishes,
/// `hardTimeoutMs` passes (0 = options.timeoutMs) or `*cancel` becomes true (polled). The
/// callbacks (may be empty) see stalls and events as they happen. Needs a QCoreApplication.
GoTraceSummary runGoTrace(const GoTraceOptions& options, qint64 hardTimeoutMs = 0,
    const std::atomic<bool>* cancel = nullptr, const std::function<void(const StallFinding&)>& onStall = {},
    const std::function<void(const TraceEvent&)>& onEvent = {});

/// The go command line the runner uses for `options` (without the program).
QStringList goTraceArguments(const GoTraceOptions& options);

} // namespace gmd

Q_DECLARE_METATYPE(gmd::GoTraceSummary)
