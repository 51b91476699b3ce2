// SPDX-License-Identifier: MIT
#include "stalldetector.h"

#include "common/secrets.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QString ageText(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1) + u" s"_s;
}

QString moduleText(const QString& module, const QString& version)
{
    if (module.isEmpty())
        return {};
    return version.isEmpty() ? module : module + u'@' + version;
}

/// Cause and fix per kind (go-hang-causes.md; the hang ids are cited in the text).
void describe(StallFinding* f)
{
    using K = StallFinding::Kind;
    switch (f->kind) {
    case K::ProxyRequest:
    case K::HttpRequest:
        f->hangId = u"H1"_s;
        f->cause = u"The server at %1 took the request and has not answered. cmd/go has no response timeout "
                   "(NET-1), and it tries the next GOPROXY entry only after an error (PROXY-11), so it waits "
                   "for ever (H1). Typical causes are a proxy stuck on its own upstream, a TLS-inspecting box that "
                   "drops the answer, or a path that stalls after connecting (H2). proxy.golang.org fetching an "
                   "uncached version can take about 60 s (H16)."_s.arg(f->host);
        f->fix = u"Repair or bypass the stuck proxy: point GOPROXY at a healthy one. In CI, run go under a "
                 "watchdog. Using '|' in GOPROXY does not help."_s;
        break;
    case K::SumDbRequest:
        f->hangId = u"H4"_s;
        f->cause = u"The checksum database request through %1 has not answered. The database is asked whenever "
                   "go.sum lacks lines (SUMDB-1), through the first proxy that supports it or directly (SUMDB-3), "
                   "and the request has no response timeout (H4, H1)."_s.arg(f->host);
        f->fix = u"Use a GOPROXY that proxies the checksum database, or GOSUMDB=sum.golang.google.cn, or "
                 "GOSUMDB=\"sum.golang.org <mirror-url>\". Put private paths in GONOSUMDB or GOPRIVATE. Use "
                 "GOSUMDB=off only as a last resort."_s;
        break;
    case K::GoGetDiscovery:
        f->hangId = u"H17"_s;
        f->cause = u"The go-get discovery request (?go-get=1, VCS-1) to %1 has not answered. A mistyped domain or "
                   "an unresponsive host leaves discovery hanging (H17, golang/go#27761)."_s.arg(f->host);
        f->fix = u"Check the module path's host. Give netrc or GOAUTH credentials for the meta request, or serve "
                 "the path through a private proxy (GOPROXY) instead of direct mode."_s;
        break;
    case K::ToolchainRequest:
        f->hangId = u"H9"_s;
        f->cause = u"The download of golang.org/toolchain from %1 has not answered. It is a whole Go distribution "
                   "(tens of MB), requested because go.mod or go.work needs a newer Go (TC-3, TC-6)."_s.arg(f->host);
        f->fix = u"Install the required Go, or set GOTOOLCHAIN=local in CI and Docker and lower the go line. Make "
                 "sure the proxy serves golang.org/toolchain and the checksum database."_s;
        break;
    case K::CredentialPrompt:
        f->hangId = u"H7"_s;
        f->cause = u"`%1` talks to the remote and has not finished. git is probably waiting for credentials or "
                   "an ssh prompt (passphrase, unknown host key) that nobody sees. cmd/go turns prompts off only "
                   "through GIT_TERMINAL_PROMPT=0, GCM_INTERACTIVE=never and its default GIT_SSH_COMMAND with "
                   "BatchMode=yes, and that default is not used when GIT_SSH or GIT_SSH_COMMAND is set (VCS-3). A "
                   "slow fetch of a large repository looks the same (H20)."_s.arg(f->command);
        f->fix = u"Give git non-interactive credentials: ~/.netrc, GOAUTH (Go 1.24+), a credential store, or an ssh "
                 "key with the host key pre-seeded (ssh-keyscan). If you set GIT_SSH_COMMAND, include "
                 "-o BatchMode=yes -o ControlMaster=no."_s;
        break;
    case K::GitCommand:
        f->hangId = u"H20"_s;
        f->cause =
            u"`%1` has not finished. No timeout applies to VCS commands (VCS-4). It may be a slow clone "
            "(H20), a prompt (H7), or an ssh ControlMaster process that holds git's pipes (H8)."_s.arg(f->command);
        f->fix = u"Wait if the repository is large. Otherwise make credentials non-interactive, and add "
                 "-o ControlMaster=no to a custom GIT_SSH_COMMAND."_s;
        break;
    case K::LockWait:
        f->hangId = u"H11"_s;
        f->cause = u"go is waiting for the lock %1. Module cache locks are blocking flock locks with no timeout "
                   "(CACHE-3). Another go process (an IDE's gopls, a parallel CI job) holds it and may itself be "
                   "stuck, or the cache is on NFS or a WSL 9P mount without working locks (H11)."_s.arg(f->command);
        f->fix = u"Find the holder (lsof or fuser on the lock file, /proc/locks) and stop or repair it. Keep "
                 "GOMODCACHE on a local disk, one per CI job."_s;
        break;
    case K::ToolchainDownload:
        f->hangId = u"H9"_s;
        f->cause = u"go is downloading toolchain %1, a whole Go distribution (tens of MB), through GOPROXY. This "
                   "happens before flags are parsed, so -x cannot trace it (TC-5, H9)."_s.arg(f->command);
        f->fix = u"Install the required Go, or set GOTOOLCHAIN=local in CI and Docker and lower go.mod's go line. "
                 "Make sure the proxy serves golang.org/toolchain and the checksum database. With Go 1.24+, "
                 "GODEBUG=toolchaintrace=1 shows why it switched."_s;
        break;
    case K::NoOutput:
        f->hangId = u"H20"_s;
        f->cause = u"go has printed nothing since it started, although -x prints every request. So it has not "
                   "reached traced network I/O. It may be switching toolchains before parsing flags (H9), waiting "
                   "for a module cache lock held by another go process (H11; only VCS locks are traced), waiting "
                   "for a GOAUTH helper (H21), or loading a large module graph (H20)."_s;
        f->fix = u"Look for other go or gopls processes holding locks under GOMODCACHE (lsof, /proc/locks). "
                 "Compare go.mod's go and toolchain lines with `go version`, or set GOTOOLCHAIN=local. Check "
                 "GOAUTH. Otherwise wait."_s;
        break;
    case K::Silent:
        f->hangId = u"H20"_s;
        f->cause = u"go has printed nothing new, and no request or command is open. A result line is printed "
                   "when the headers arrive, so a large zip may still be downloading or extracting (H20), or a "
                   "body download may have stalled (H2). go may also be waiting for an untraced per-version "
                   "cache lock (H11), or be busy resolving the graph (H19)."_s;
        f->fix = u"Check whether go uses CPU (H19) and whether another go process holds locks (H11). Measure the "
                 "throughput to the proxy."_s;
        break;
    }
}

} // namespace

QString StallFinding::kindName() const
{
    static const char* const names[] = { "proxy-request", "sumdb-request", "go-get", "http-request",
        "toolchain-request", "git-command", "credential-prompt", "lock-wait", "toolchain-download", "no-output",
        "silent" };
    static_assert(sizeof(names) / sizeof(names[0]) == int(Kind::Silent) + 1);
    return QString::fromLatin1(names[int(kind)]);
}

QString StallFinding::message() const
{
    QString text = summary + u' ' + cause;
    if (!probe.isEmpty())
        text += u" Probe: "_s + probe + u'.';
    return maskSecrets(text + u" Fix: "_s + fix);
}

QString StallDetector::probeFor(const QString& host) const
{
    if (host.isEmpty())
        return {};
    const QString bare = host.section(u':', 0, 0);
    for (const ProbeHint& h : m_hints) {
        if (h.host.compare(host, Qt::CaseInsensitive) == 0 || h.host.compare(bare, Qt::CaseInsensitive) == 0) {
            const QString text = h.host + u": "_s + h.classification;
            return h.detail.isEmpty() ? text : text + u" (" + h.detail + u')';
        }
    }
    return {};
}

void StallDetector::report(StallFinding f, qint64 nowMs, QList<StallFinding>* out)
{
    if (m_reported.contains(f.key))
        return;
    m_reported.insert(f.key);
    f.ageMs = nowMs - f.sinceMs;
    describe(&f);
    f.probe = probeFor(f.host);
    f.url = maskSecrets(f.url);
    f.command = maskSecrets(f.command);
    f.summary = maskSecrets(f.summary);
    m_findings.append(f);
    out->append(f);
}

QList<StallFinding> StallDetector::check(const TraceState& state, qint64 nowMs)
{
    using K = StallFinding::Kind;
    QList<StallFinding> out;
    const QList<TraceOpenItem> open = state.openItems();
    for (const TraceOpenItem& item : open) {
        if (nowMs - item.startMs < m_stallAfterMs)
            break; // oldest first: the rest are younger
        StallFinding f;
        f.sinceMs = item.startMs;
        const QString age = ageText(nowMs - item.startMs);
        switch (item.kind) {
        case TraceOpenItem::Kind::Request: {
            const TraceRequest& r = *state.request(item.id);
            f.key = u"http:"_s + QString::number(r.id);
            f.url = r.url;
            f.host = r.info.host;
            f.module = r.info.module;
            f.version = r.info.version;
            if (r.info.isToolchain())
                f.kind = K::ToolchainRequest;
            else if (r.info.kind == TraceUrlInfo::Kind::Proxy)
                f.kind = K::ProxyRequest;
            else if (r.info.kind == TraceUrlInfo::Kind::SumDb)
                f.kind = K::SumDbRequest;
            else if (r.info.kind == TraceUrlInfo::Kind::GoGet)
                f.kind = K::GoGetDiscovery;
            else
                f.kind = K::HttpRequest;
            const QString mod = moduleText(f.module, f.version);
            f.summary = u"No answer for "_s + age + u" to GET "_s + r.url
                + (mod.isEmpty() ? QString() : u" (" + r.info.kindName() + u" request for " + mod + u')') + u'.';
            break;
        }
        case TraceOpenItem::Kind::VcsCommand: {
            const TraceVcsCommand& c = *state.vcsCommand(item.id);
            f.key = u"vcs:"_s + QString::number(c.id);
            f.kind = c.talksToRemote() ? K::CredentialPrompt : K::GitCommand;
            f.command = c.commandLine();
            f.url = c.remote;
            f.host = vcsRemoteHost(c.remote);
            f.summary = u"`"_s + f.command + u"` has not finished after "_s + age
                + (c.remote.isEmpty() ? QString() : u" (remote " + c.remote + u')') + u'.';
            break;
        }
        case TraceOpenItem::Kind::LockWait: {
            const TraceLockWait& l = *state.lockWait(item.id);
            f.key = u"lock:"_s + QString::number(l.id);
            f.kind = K::LockWait;
            f.command = l.lockFile;
            f.url = l.remote;
            f.summary = u"Waiting for the lock "_s + l.lockFile + u" for "_s + age
                + (l.remote.isEmpty() ? QString() : u" (repository " + l.remote + u')') + u'.';
            break;
        }
        case TraceOpenItem::Kind::ToolchainDownload: {
            const TraceToolchainDownload& t = *state.toolchainDownload(item.id);
            f.key = u"toolchain:"_s + QString::number(t.id);
            f.kind = K::ToolchainDownload;
            f.command = t.version;
            f.module = u"golang.org/toolchain"_s;
            f.version = u"v0.0.1-"_s + t.version + u'.' + t.goos + u'-' + t.goarch;
            f.summary = u"Nothing printed for "_s + age + u" after `go: downloading "_s + t.version + u" ("_s + t.goos
                + u'/' + t.goarch + u")`."_s;
            break;
        }
        }
        report(f, nowMs, &out);
    }
    if (state.lastOutputMs() < 0 && state.startedMs() >= 0 && nowMs - state.startedMs() >= m_stallAfterMs) {
        StallFinding f;
        f.kind = K::NoOutput;
        f.key = u"no-output"_s;
        f.sinceMs = state.startedMs();
        f.summary = u"No output at all for "_s + ageText(nowMs - f.sinceMs) + u" since go started."_s;
        report(f, nowMs, &out);
    } else if (open.isEmpty() && state.lastOutputMs() >= 0 && nowMs - state.lastOutputMs() >= m_stallAfterMs) {
        StallFinding f;
        f.kind = K::Silent;
        f.key = u"silent:"_s + QString::number(state.lastOutputMs()); // once per silence
        f.sinceMs = state.lastOutputMs();
        f.summary = u"No new output for "_s + ageText(nowMs - f.sinceMs) + u" and nothing open."_s;
        report(f, nowMs, &out);
    }
    return out;
}

qint64 StallDetector::oldestStallAge(const TraceState& state, qint64 nowMs)
{
    const QList<TraceOpenItem> open = state.openItems();
    if (!open.isEmpty())
        return nowMs - open.first().startMs;
    if (state.lastOutputMs() < 0 && state.startedMs() >= 0)
        return nowMs - state.startedMs();
    return 0;
}

} // namespace gmd
