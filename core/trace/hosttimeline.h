// SPDX-License-Identifier: MIT
#pragma once

// The per-host view of a trace (issue 4, "progress: requests done / running, a per-host
// timeline"): which hosts go talked to, how busy each was, and where a request is still open.

#include "trace/tracestate.h"

#include <QList>
#include <QString>

namespace gmd {

/// What go did with one host during a trace.
struct HostActivity
{
    QString host; ///< host[:port], lower case ("" for requests whose URL has no host)
    int requests = 0;
    int done = 0;
    int failed = 0; ///< done, but not 2xx/3xx (404/410 included: a fallback happened)
    int running = 0; ///< no result line: the signature of a hang (NET-1)
    qint64 firstStartMs = -1;
    qint64 lastEndMs = -1; ///< -1 while a request is still running
    qint64 busyMs = 0; ///< time with at least one request of this host open (overlaps merged)
};

/// The hosts of `requests` in order of first contact. Requests still running count as open
/// until `nowMs` (the trace's elapsed time).
QList<HostActivity> hostActivity(const QList<TraceRequest>& requests, qint64 nowMs);

/// A text timeline, one line per host: a bar of `width` columns over [0, totalMs] where '='
/// marks time with a finished request open, '>' a request still open at the end, '.' idle;
/// then the counts. Empty when there are no requests.
///   proxy.golang.org  |==== ===.......| 12 requests, 12 done, 0.84 s busy
QString renderHostTimeline(const QList<TraceRequest>& requests, qint64 totalMs, int width = 40);

/// Total size of the regular files below `dir` (0 when it does not exist); symlinks are not
/// followed. Used for the bytes a trace downloaded into its temporary module cache.
qint64 directorySize(const QString& dir);

} // namespace gmd
