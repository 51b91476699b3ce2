// SPDX-License-Identifier: MIT
#pragma once

#include "trace/tracelineparser.h"
#include "trace/traceurl.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace gmd {

// Times in this module are milliseconds of a monotonic clock chosen by the caller (the runner
// uses the elapsed time since it started go; tests use fixed numbers). -1 means "not yet".

/// One HTTP request of the go command: a `# get URL` line and its result line (OUT-2).
/// go -x does not report bytes, so neither does this: progress counts requests.
struct TraceRequest
{
    enum class Outcome {
        Running, ///< a start line without a result line (yet): NET-1, the signature of a hang
        Ok, ///< 2xx/3xx
        NotFound, ///< 404/410: the next GOPROXY entry is tried (PROXY-8)
        HttpStatus, ///< another status (401, 403, 5xx …)
        Failed, ///< `# get URL: <error>` (dial, TLS, timeout)
        Refused, ///< `insecure`, `unsupported`, `insecure credentials`: go did not send it
    };
    int id = 0;
    QString url; ///< masked
    TraceUrlInfo info; ///< host, module, version, proxy/sumdb/go-get
    qint64 startMs = -1;
    qint64 endMs = -1;
    int startLine = 0;
    int endLine = 0;
    bool hasStartLine = true; ///< false for the special forms, which have none (OUT-2)
    Outcome outcome = Outcome::Running;
    int status = 0;
    QString statusText;
    double seconds = -1; ///< go's own duration
    QString error;

    bool done() const { return outcome != Outcome::Running; }
    /// "404 Not Found (0.001s)", the error text, or "no answer yet".
    QString outcomeText() const;
};

/// One VCS subprocess: `cd DIR; git ARGS` and its timing line `N.NNNs # cd DIR; git ARGS` (OUT-3).
struct TraceVcsCommand
{
    int id = 0;
    QString dir;
    QString vcs; ///< "git"
    QString command; ///< the arguments as printed ("ls-remote -q origin")
    QString vcsType; ///< "git3" (from the workdir/reuse/mkdir lines), when known
    QString remote; ///< the repository URL, when known
    qint64 startMs = -1;
    qint64 endMs = -1;
    int startLine = 0;
    int endLine = 0;
    double seconds = -1;

    bool done() const { return endMs >= 0; }
    /// "cd DIR; git ARGS" as go printed it.
    QString commandLine() const;
    /// `git ls-remote` or `git fetch`: the commands that talk to the remote and may prompt (H7).
    bool talksToRemote() const;
};

/// A `# lock FILE` line: waiting for a per-repository lock (CACHE-3, H11) until a line about
/// the same directory shows that the lock was taken.
struct TraceLockWait
{
    int id = 0;
    QString lockFile;
    QString dir; ///< lockFile without ".lock"
    QString vcsType;
    QString remote;
    qint64 startMs = -1;
    qint64 endMs = -1;
    int line = 0;

    bool done() const { return endMs >= 0; }
};

/// `go: downloading go1.X.Y (os/arch)`: a toolchain download that -x cannot trace (TC-5, H9);
/// it is over when go prints anything else.
struct TraceToolchainDownload
{
    int id = 0;
    QString version;
    QString goos;
    QString goarch;
    qint64 startMs = -1;
    qint64 endMs = -1;
    int line = 0;

    bool done() const { return endMs >= 0; }
};

/// Something started and not (yet) finished.
struct TraceOpenItem
{
    enum class Kind { Request, VcsCommand, LockWait, ToolchainDownload };
    Kind kind = Kind::Request;
    int id = 0; ///< the id in requests() / vcsCommands() / lockWaits() / toolchainDownloads()
    qint64 startMs = -1;
    QString label; ///< the URL, command line, lock file or toolchain
};

/// One bar of a per-host timeline.
struct TraceTimelineEntry
{
    QString host; ///< host[:port]; for VCS commands the remote's host, "vcs" when unknown
    QString label; ///< URL or command line
    qint64 startMs = -1;
    qint64 endMs = -1; ///< -1 while running
    QString outcome; ///< outcomeText(), "0.005s", "running"
    bool ok = false;
};

/// The live state of one `go … -x` run, built from parser events: matches start and result
/// lines by URL (concurrent requests interleave; the same URL may be asked twice: first in,
/// first out) and VCS commands with their timing lines.
class TraceState
{
public:
    /// The GOPROXY URL entries, so that URLs decode exactly (see decodeTraceUrl()).
    void setProxyBases(const QStringList& bases) { m_proxyBases = bases; }
    /// When go was started (for "no output at all since start").
    void markStarted(qint64 nowMs) { m_startedMs = nowMs; }
    /// Raw output arrived (also for partial lines).
    void noteOutput(qint64 nowMs) { m_lastOutputMs = nowMs; }
    /// Applies one event seen at `nowMs`.
    void apply(const TraceEvent& event, qint64 nowMs);
    void apply(const QList<TraceEvent>& events, qint64 nowMs);

    qint64 startedMs() const { return m_startedMs; }
    /// When the last line arrived, -1 when none yet.
    qint64 lastOutputMs() const { return m_lastOutputMs; }
    int lineCount() const { return m_lines; }

    const QList<TraceRequest>& requests() const { return m_requests; }
    const QList<TraceVcsCommand>& vcsCommands() const { return m_vcs; }
    const QList<TraceLockWait>& lockWaits() const { return m_locks; }
    const QList<TraceToolchainDownload>& toolchainDownloads() const { return m_toolchains; }
    /// GoError, GoAuthErrors and SecurityError events, in order.
    const QList<TraceEvent>& errors() const { return m_errors; }
    /// `go: downloading M V` lines (OUT-1) as "M V".
    const QStringList& downloads() const { return m_downloads; }
    /// Toolchain switch and GODEBUG=toolchaintrace=1 lines, without "go: " (TC-4, TC-5).
    const QStringList& toolchainLines() const { return m_toolchainLines; }

    int requestsDone() const { return m_requests.size() - m_running; }
    int requestsRunning() const { return m_running; }
    int vcsRunning() const;
    /// "3 requests done, 1 running; bytes are not reported by go -x".
    QString progressText() const;

    /// Everything started and not finished, oldest first.
    QList<TraceOpenItem> openItems() const;
    /// Requests and VCS commands as timeline bars, grouped by host (hosts in order of first
    /// appearance), each host's bars by start time.
    QList<TraceTimelineEntry> timeline() const;
    /// The hosts of timeline(), in order of first appearance.
    QStringList hosts() const;

    const TraceRequest* request(int id) const;
    const TraceVcsCommand* vcsCommand(int id) const;
    const TraceLockWait* lockWait(int id) const;
    const TraceToolchainDownload* toolchainDownload(int id) const;

private:
    void applyHttp(const TraceEvent& e, qint64 nowMs);
    void applyVcs(const TraceEvent& e, qint64 nowMs);
    void closeLocksFor(const QString& dir, qint64 nowMs);
    void rememberRemote(const QString& dir, const QString& type, const QString& remote);

    QStringList m_proxyBases;
    qint64 m_startedMs = -1;
    qint64 m_lastOutputMs = -1;
    int m_lines = 0;
    int m_running = 0;
    QList<TraceRequest> m_requests;
    QList<TraceVcsCommand> m_vcs;
    QList<TraceLockWait> m_locks;
    QList<TraceToolchainDownload> m_toolchains;
    QList<TraceEvent> m_errors;
    QStringList m_downloads;
    QStringList m_toolchainLines;
    QHash<QString, QList<int>> m_openRequests; ///< URL -> indexes of running requests, oldest first
    QHash<QString, QList<int>> m_openVcs; ///< command line -> indexes of running commands
    QHash<QString, QPair<QString, QString>> m_remotes; ///< repo dir -> (type, remote)
};

} // namespace gmd

Q_DECLARE_METATYPE(gmd::TraceRequest)
