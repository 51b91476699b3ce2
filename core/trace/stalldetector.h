// SPDX-License-Identifier: MIT
#pragma once

#include "trace/tracestate.h"

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace gmd {

/// A network probe's verdict about one host, from whoever probed it (the net module); the
/// stall message cites it. Only the host and a short text are needed, so this module does not
/// depend on the probe code.
struct ProbeHint
{
    QString host; ///< "proxy.corp.example" or "proxy.corp.example:8443"
    QString classification; ///< "accepted but silent", "connect timeout", "healthy", …
    QString detail; ///< optional: "connected in 3 ms, no first byte after 10 s"
};

/// One stalled operation of a `go … -x` run (or go being silent), with the likely cause and fix
/// from go-hang-causes.md.
struct StallFinding
{
    enum class Kind {
        ProxyRequest, ///< a module proxy request without a result line (H1, H16)
        SumDbRequest, ///< a checksum-database request without a result line (H4, H1)
        GoGetDiscovery, ///< a ?go-get=1 request without a result line (H17)
        HttpRequest, ///< another URL (a redirect target, …) (H1, H2)
        ToolchainRequest, ///< a golang.org/toolchain request via the proxy: a whole Go distribution (H9)
        GitCommand, ///< a VCS command without its timing line (H20, H8)
        CredentialPrompt, ///< `git ls-remote` / `git fetch` without a timing line: a prompt is suspected (H7)
        LockWait, ///< `# lock …` and nothing about that repository since (H11)
        ToolchainDownload, ///< `go: downloading go1.X.Y (os/arch)` and nothing after (H9)
        NoOutput, ///< nothing at all since go started (H20, H9, H11, H21)
        Silent, ///< output stopped although nothing is open (H20, H11, H19)
    };
    Kind kind = Kind::ProxyRequest;
    QString key; ///< identifies the stalled item: one finding per key
    QString hangId; ///< "H1", "H7", … (go-hang-causes.md)
    QString url; ///< masked
    QString host;
    QString module;
    QString version;
    QString command; ///< the VCS command line, lock file or toolchain
    qint64 sinceMs = -1; ///< when the item started (or the last output, for NoOutput/Silent)
    qint64 ageMs = 0; ///< how long it had been stalled when reported
    QString summary; ///< one line: what is stalled and for how long
    QString cause; ///< the likely cause
    QString fix; ///< what to do
    QString probe; ///< the cited probe result for the host, "" when none

    /// "proxy-request", "sumdb-request", "go-get", "http-request", "toolchain-request",
    /// "git-command", "credential-prompt", "lock-wait", "toolchain-download", "no-output", "silent".
    QString kindName() const;
    /// summary, cause, probe and fix as one paragraph (masked).
    QString message() const;
};

/// Watches a TraceState: a request or VCS command without a result for stallAfterMs (default
/// 5 s) is reported once; so are a lock wait (H11), a toolchain download with nothing after it
/// (H9), no output at all since the start, and output that stopped while nothing is open.
class StallDetector
{
public:
    explicit StallDetector(qint64 stallAfterMs = 5000)
        : m_stallAfterMs(stallAfterMs)
    { }
    void setStallAfterMs(qint64 ms) { m_stallAfterMs = ms; }
    qint64 stallAfterMs() const { return m_stallAfterMs; }
    /// Probe results to cite, matched by host (with or without port, case-insensitive).
    void setProbeHints(const QList<ProbeHint>& hints) { m_hints = hints; }

    /// The findings that became due at `nowMs` (each item is reported once).
    QList<StallFinding> check(const TraceState& state, qint64 nowMs);
    /// Every finding reported so far.
    const QList<StallFinding>& findings() const { return m_findings; }
    /// The age of the oldest open item, or of the silence since the start when go printed
    /// nothing; 0 when nothing is open (for a final stall timeout).
    static qint64 oldestStallAge(const TraceState& state, qint64 nowMs);

private:
    QString probeFor(const QString& host) const;
    void report(StallFinding f, qint64 nowMs, QList<StallFinding>* out);

    qint64 m_stallAfterMs;
    QList<ProbeHint> m_hints;
    QList<StallFinding> m_findings;
    QSet<QString> m_reported;
};

} // namespace gmd

Q_DECLARE_METATYPE(gmd::StallFinding)
