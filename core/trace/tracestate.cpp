// SPDX-License-Identifier: MIT
#include "tracestate.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QString secondsText(double seconds)
{
    return QString::number(seconds, 'f', 3) + u's';
}

} // namespace

QString TraceRequest::outcomeText() const
{
    switch (outcome) {
    case Outcome::Running:
        return u"no answer yet"_s;
    case Outcome::Ok:
    case Outcome::NotFound:
    case Outcome::HttpStatus:
        return QString::number(status) + (statusText.isEmpty() ? QString() : u' ' + statusText)
            + (seconds >= 0 ? u" ("_s + secondsText(seconds) + u')' : QString());
    case Outcome::Failed:
    case Outcome::Refused:
        break;
    }
    return error;
}

QString TraceVcsCommand::commandLine() const
{
    return (dir.isEmpty() ? QString() : u"cd "_s + dir + u"; "_s) + vcs + u' ' + command;
}

bool TraceVcsCommand::talksToRemote() const
{
    // `git -c protocol.version=2 fetch …` has options before the subcommand (VCS-4).
    const QStringList words = command.split(u' ', Qt::SkipEmptyParts);
    return vcs == u"git"_s && (words.contains(u"ls-remote"_s) || words.contains(u"fetch"_s));
}

void TraceState::apply(const QList<TraceEvent>& events, qint64 nowMs)
{
    for (const TraceEvent& e : events)
        apply(e, nowMs);
}

void TraceState::apply(const TraceEvent& e, qint64 nowMs)
{
    using T = TraceEvent::Type;
    m_lastOutputMs = std::max(m_lastOutputMs, nowMs);
    m_lines += 1 + int(e.continuation.size());
    // Whatever go prints after `go: downloading go1.X.Y` means that the download is over (H9).
    for (TraceToolchainDownload& t : m_toolchains) {
        if (!t.done())
            t.endMs = nowMs;
    }
    switch (e.type) {
    case T::HttpStart:
    case T::HttpResult:
    case T::HttpError:
    case T::HttpSpecial:
        applyHttp(e, nowMs);
        break;
    case T::VcsWorkdir:
    case T::VcsLock:
    case T::VcsReuse:
    case T::VcsCommand:
    case T::VcsDone:
        applyVcs(e, nowMs);
        break;
    case T::Downloading:
        m_downloads.append(e.module + u' ' + e.version);
        break;
    case T::ToolchainDownloading: {
        TraceToolchainDownload t;
        t.id = int(m_toolchains.size());
        t.version = e.version;
        t.goos = e.goos;
        t.goarch = e.goarch;
        t.startMs = nowMs;
        t.line = e.lineNumber;
        m_toolchains.append(t);
        break;
    }
    case T::ToolchainSwitch:
    case T::ToolchainTrace:
        m_toolchainLines.append(e.line.mid(4));
        break;
    case T::GoError:
    case T::GoAuthErrors:
    case T::SecurityError:
        m_errors.append(e);
        break;
    case T::Other:
        break;
    }
}

void TraceState::applyHttp(const TraceEvent& e, qint64 nowMs)
{
    using T = TraceEvent::Type;
    using O = TraceRequest::Outcome;
    if (e.type == T::HttpStart) {
        TraceRequest r;
        r.id = int(m_requests.size());
        r.url = e.url;
        r.info = decodeTraceUrl(e.url, m_proxyBases);
        r.startMs = nowMs;
        r.startLine = e.lineNumber;
        m_openRequests[e.url].append(r.id);
        m_requests.append(r);
        ++m_running;
        return;
    }
    // OUT-2: the result belongs to the oldest open start line for the same URL.
    TraceRequest* r = nullptr;
    auto open = m_openRequests.find(e.url);
    if (open != m_openRequests.end() && !open->isEmpty()) {
        r = &m_requests[open->takeFirst()];
        if (open->isEmpty())
            m_openRequests.erase(open);
        --m_running;
    } else {
        // The special forms have no start line; a lost start line is treated the same way.
        TraceRequest fresh;
        fresh.id = int(m_requests.size());
        fresh.url = e.url;
        fresh.info = decodeTraceUrl(e.url, m_proxyBases);
        fresh.startMs = nowMs;
        fresh.startLine = e.lineNumber;
        fresh.hasStartLine = false;
        m_requests.append(fresh);
        r = &m_requests.last();
    }
    r->endMs = nowMs;
    r->endLine = e.lineNumber;
    r->seconds = e.seconds;
    if (e.type == T::HttpResult) {
        r->status = e.status;
        r->statusText = e.statusText;
        r->outcome = e.status < 400 ? O::Ok : (e.status == 404 || e.status == 410) ? O::NotFound : O::HttpStatus;
    } else {
        r->error = e.error;
        r->outcome = e.type == T::HttpSpecial ? O::Refused : O::Failed;
    }
}

void TraceState::rememberRemote(const QString& dir, const QString& type, const QString& remote)
{
    m_remotes.insert(dir, { type, remote });
    for (TraceLockWait& l : m_locks) {
        if (l.dir == dir && l.remote.isEmpty()) {
            l.vcsType = type;
            l.remote = remote;
        }
    }
}

void TraceState::closeLocksFor(const QString& dir, qint64 nowMs)
{
    for (TraceLockWait& l : m_locks) {
        if (!l.done() && l.dir == dir)
            l.endMs = nowMs;
    }
}

void TraceState::applyVcs(const TraceEvent& e, qint64 nowMs)
{
    using T = TraceEvent::Type;
    switch (e.type) {
    case T::VcsWorkdir: {
        // `mkdir -p <cache/vcs> # git3 REMOTE` comes before the lock; the repo dir is
        // <cache/vcs>/sha256("git3:" + REMOTE) (VCS-4). The second mkdir names the repo dir itself.
        const QByteArray key = (e.vcsType + u':' + e.remote).toUtf8();
        const QString hashed = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
        rememberRemote(e.dir + u'/' + hashed, e.vcsType, e.remote);
        rememberRemote(e.dir, e.vcsType, e.remote);
        closeLocksFor(e.dir, nowMs);
        break;
    }
    case T::VcsReuse:
        rememberRemote(e.dir, e.vcsType, e.remote);
        closeLocksFor(e.dir, nowMs);
        break;
    case T::VcsLock: {
        TraceLockWait l;
        l.id = int(m_locks.size());
        l.lockFile = e.lockFile;
        l.dir = e.lockFile.chopped(5);
        const auto known = m_remotes.value(l.dir);
        l.vcsType = known.first;
        l.remote = known.second;
        l.startMs = nowMs;
        l.line = e.lineNumber;
        m_locks.append(l);
        break;
    }
    case T::VcsCommand: {
        closeLocksFor(e.dir, nowMs);
        TraceVcsCommand c;
        c.id = int(m_vcs.size());
        c.dir = e.dir;
        c.vcs = e.vcs;
        c.command = e.command;
        const auto known = m_remotes.value(e.dir);
        c.vcsType = known.first;
        c.remote = known.second;
        c.startMs = nowMs;
        c.startLine = e.lineNumber;
        m_openVcs[c.commandLine()].append(c.id);
        m_vcs.append(c);
        break;
    }
    case T::VcsDone: {
        TraceVcsCommand probe;
        probe.dir = e.dir;
        probe.vcs = e.vcs;
        probe.command = e.command;
        auto open = m_openVcs.find(probe.commandLine());
        if (open == m_openVcs.end() || open->isEmpty()) {
            probe.id = int(m_vcs.size()); // a timing line without its start line
            probe.startMs = probe.endMs = nowMs;
            probe.startLine = probe.endLine = e.lineNumber;
            probe.seconds = e.seconds;
            m_vcs.append(probe);
            break;
        }
        TraceVcsCommand& c = m_vcs[open->takeFirst()];
        if (open->isEmpty())
            m_openVcs.erase(open);
        c.endMs = nowMs;
        c.endLine = e.lineNumber;
        c.seconds = e.seconds;
        break;
    }
    default:
        break;
    }
}

int TraceState::vcsRunning() const
{
    return int(std::count_if(m_vcs.cbegin(), m_vcs.cend(), [](const TraceVcsCommand& c) { return !c.done(); }));
}

QString TraceState::progressText() const
{
    QString text = u"%1 requests done, %2 running"_s.arg(requestsDone()).arg(requestsRunning());
    if (!m_vcs.isEmpty())
        text += u"; %1 VCS commands, %2 running"_s.arg(m_vcs.size()).arg(vcsRunning());
    return text + u"; bytes are not reported by go -x"_s;
}

QList<TraceOpenItem> TraceState::openItems() const
{
    QList<TraceOpenItem> items;
    using K = TraceOpenItem::Kind;
    for (const TraceRequest& r : m_requests) {
        if (!r.done())
            items.append({ K::Request, r.id, r.startMs, r.url });
    }
    for (const TraceVcsCommand& c : m_vcs) {
        if (!c.done())
            items.append({ K::VcsCommand, c.id, c.startMs, c.commandLine() });
    }
    for (const TraceLockWait& l : m_locks) {
        if (!l.done())
            items.append({ K::LockWait, l.id, l.startMs, l.lockFile });
    }
    for (const TraceToolchainDownload& t : m_toolchains) {
        if (!t.done())
            items.append({ K::ToolchainDownload, t.id, t.startMs, t.version });
    }
    std::stable_sort(items.begin(), items.end(),
        [](const TraceOpenItem& a, const TraceOpenItem& b) { return a.startMs < b.startMs; });
    return items;
}

QList<TraceTimelineEntry> TraceState::timeline() const
{
    QList<TraceTimelineEntry> all;
    for (const TraceRequest& r : m_requests) {
        all.append({ r.info.host, r.url, r.startMs, r.endMs, r.outcomeText(), r.outcome == TraceRequest::Outcome::Ok });
    }
    for (const TraceVcsCommand& c : m_vcs) {
        const QString host = vcsRemoteHost(c.remote);
        all.append({ host.isEmpty() ? u"vcs"_s : host, c.commandLine(), c.startMs, c.endMs,
            c.done() ? secondsText(c.seconds) : u"running"_s, c.done() });
    }
    const QStringList order = hosts();
    std::stable_sort(all.begin(), all.end(), [&](const TraceTimelineEntry& a, const TraceTimelineEntry& b) {
        const qsizetype ha = order.indexOf(a.host);
        const qsizetype hb = order.indexOf(b.host);
        return ha != hb ? ha < hb : a.startMs < b.startMs;
    });
    return all;
}

QStringList TraceState::hosts() const
{
    // First appearance in time, requests and VCS commands merged.
    QList<QPair<qint64, QString>> firsts;
    auto add = [&](qint64 at, const QString& host) {
        for (auto& f : firsts) {
            if (f.second == host) {
                f.first = std::min(f.first, at);
                return;
            }
        }
        firsts.append({ at, host });
    };
    for (const TraceRequest& r : m_requests)
        add(r.startMs, r.info.host);
    for (const TraceVcsCommand& c : m_vcs) {
        const QString host = vcsRemoteHost(c.remote);
        add(c.startMs, host.isEmpty() ? u"vcs"_s : host);
    }
    std::stable_sort(firsts.begin(), firsts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList out;
    for (const auto& f : firsts)
        out.append(f.second);
    return out;
}

const TraceRequest* TraceState::request(int id) const
{
    return id >= 0 && id < m_requests.size() ? &m_requests.at(id) : nullptr;
}

const TraceVcsCommand* TraceState::vcsCommand(int id) const
{
    return id >= 0 && id < m_vcs.size() ? &m_vcs.at(id) : nullptr;
}

const TraceLockWait* TraceState::lockWait(int id) const
{
    return id >= 0 && id < m_locks.size() ? &m_locks.at(id) : nullptr;
}

const TraceToolchainDownload* TraceState::toolchainDownload(int id) const
{
    return id >= 0 && id < m_toolchains.size() ? &m_toolchains.at(id) : nullptr;
}

} // namespace gmd
