// SPDX-License-Identifier: MIT
#include "routeprediction.h"

#include "common/secrets.h"
#include "goenv/modulepath.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

/// "proxy.golang.org" for "https://proxy.golang.org/", masked; http:// stays visible.
QString display(const QString& url)
{
    QString s = redactUrl(url);
    if (s.startsWith(u"https://"_s))
        s.remove(0, 8);
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

/// The answer that decides an entry: a hang beats an error, which beats notfound, which beats
/// success (go asks .info and @v/list; the worst one is what it meets).
int severity(const ProbeResult& r)
{
    if (r.isHang())
        return 4;
    if (!r.isSuccess() && !r.isNotFound() && r.outcome != ProbeOutcome::NotProbed)
        return 3;
    if (r.isNotFound())
        return 2;
    return r.isSuccess() ? 1 : 0;
}

const ProbeResult* proxyResult(const QList<ProbeResult>& results, const QString& url)
{
    const ProbeResult* best = nullptr;
    for (const ProbeResult& r : results) {
        if (r.kind != ProbeKind::ProxyList && r.kind != ProbeKind::ProxyInfo && r.kind != ProbeKind::ProxyReachability)
            continue;
        if (r.proxyBase != redactUrl(url) || r.outcome == ProbeOutcome::NotRun || r.outcome == ProbeOutcome::Cancelled)
            continue;
        if (!best || severity(r) > severity(*best))
            best = &r;
    }
    return best;
}

const ProbeResult* resultByKindAndUrl(const QList<ProbeResult>& results, ProbeKind kind, const QString& url)
{
    for (const ProbeResult& r : results) {
        if (r.kind == kind && (url.isEmpty() || r.url == redactUrl(url)) && r.outcome != ProbeOutcome::NotRun
            && r.outcome != ProbeOutcome::Cancelled)
            return &r;
    }
    return nullptr;
}

/// "200 OK", "404 Not Found", "connection refused".
QString shortOutcome(const ProbeResult& r)
{
    if (r.httpStatus > 0 && !r.statusLine.isEmpty()) {
        const qsizetype space = r.statusLine.indexOf(u' ');
        return space > 0 ? r.statusLine.mid(space + 1) : r.statusLine;
    }
    if (r.kind == ProbeKind::ProxyReachability || r.kind == ProbeKind::PrivateHost) {
        if (r.isSuccess())
            return u"reachable"_s;
    }
    return probeOutcomeName(r.outcome);
}

QString directStep(const ModuleRoute& route, const QList<ProbeResult>& results)
{
    const QString host = modulePathHost(route.module).toLower();
    for (const ProbeResult& r : results) {
        if (r.kind != ProbeKind::PrivateHost || r.host != host || r.outcome == ProbeOutcome::NotRun)
            continue;
        if (r.isSuccess())
            return u"direct → %1:443 reachable (DNS, TCP, TLS); go-get discovery and git themselves are not "
                   "probed"_s.arg(host);
        return u"direct → %1: %2 → the direct fetch fails"_s.arg(host, shortOutcome(r));
    }
    return u"direct → fetched from the VCS (not probed)"_s;
}

const RouteSource* sourceFor(const ModuleRoute& route, const QString& candidate)
{
    for (const RouteSource& s : route.sources) {
        if ((s.kind == RouteSource::Kind::Proxy || s.kind == RouteSource::Kind::Skipped) && !s.url.isEmpty()
            && candidate.startsWith(s.url))
            return &s;
    }
    return nullptr;
}

QString sumDbStep(const ModuleRoute& route, const QList<ProbeResult>& results)
{
    const SumDbRoute& db = route.sumdb;
    if (!db.consulted)
        return u"checksum database not consulted (%1)"_s.arg(db.reason);
    if (!db.error.isEmpty())
        return u"checksum database unusable: %1"_s.arg(maskSecrets(db.error));
    if (!db.explicitUrl.isEmpty()) {
        const ProbeResult* r = resultByKindAndUrl(results, ProbeKind::SumDbDirect, {});
        return u"sumdb at %1 (GOSUMDB, proxies bypassed): %2"_s.arg(
            display(db.explicitUrl), r ? shortOutcome(*r) : u"not probed"_s);
    }
    for (const QString& candidate : db.candidates) {
        if (!candidate.endsWith(u"/supported"_s)) {
            const ProbeResult* r = resultByKindAndUrl(results, ProbeKind::SumDbDirect, {});
            if (!r)
                return u"sumdb direct %1 (not probed)"_s.arg(display(candidate));
            if (r->isHang())
                return u"sumdb direct %1 is silent → go hangs there (NET-1)"_s.arg(display(candidate));
            return u"sumdb direct %1: %2"_s.arg(display(candidate), shortOutcome(*r));
        }
        const QString base = display(candidate.chopped(int(QStringView(u"/supported").size())));
        const ProbeResult* r = resultByKindAndUrl(results, ProbeKind::SumDbSupported, candidate);
        if (!r)
            return u"sumdb: %1 not probed → outcome unknown"_s.arg(base);
        if (r->isSuccess())
            return u"sumdb via %1"_s.arg(base);
        if (r->isHang())
            return u"sumdb: %1/supported is silent → go hangs there (NET-1)"_s.arg(base);
        if (r->isNotFound())
            continue;
        const RouteSource* s = sourceFor(route, candidate);
        if (s && s->fallback == FallbackMode::OnAnyError && !s->last)
            continue;
        return u"checksum database unavailable: %1/supported fails (%2) and ',' stops there (SUMDB-3)"_s.arg(
            base, shortOutcome(*r));
    }
    return u"checksum database: no candidate"_s;
}

} // namespace

QString describeRoutePrediction(const ModuleRoute& route, const QList<ProbeResult>& results)
{
    if (!route.configError.isEmpty())
        return u"GOPROXY is invalid: every lookup fails with \"%1\""_s.arg(maskSecrets(route.configError));
    QStringList steps;
    bool decided = false;
    for (qsizetype i = 0; i < route.sources.size() && !decided; ++i) {
        const RouteSource& s = route.sources.at(i);
        switch (s.kind) {
        case RouteSource::Kind::Skipped:
            steps << u"%1 skipped (%2)"_s.arg(display(s.url), s.note);
            continue;
        case RouteSource::Kind::Off:
            steps << u"off → module lookup disabled by GOPROXY=off"_s;
            decided = true;
            break;
        case RouteSource::Kind::Direct:
            // The implicit noproxy entry (PROXY-7) says why the module is fetched directly.
            steps << (s.note.isEmpty() ? directStep(route, results)
                                       : u"%1; %2"_s.arg(s.note, directStep(route, results)));
            decided = true;
            break;
        case RouteSource::Kind::Proxy: {
            const QString name = display(s.url);
            const ProbeResult* r = proxyResult(results, s.url);
            if (!r || r->outcome == ProbeOutcome::NotProbed) {
                steps << u"%1 was not probed → outcome unknown"_s.arg(name);
                decided = true;
            } else if (r->isSuccess()) {
                steps << u"%1 answered %2 → used%3"_s.arg(name, shortOutcome(*r),
                    r->outcome == ProbeOutcome::Slow ? u" (slow: %1 ms, H16)"_s.arg(r->totalMs) : QString());
                decided = true;
            } else if (r->isHang()) {
                // PROXY-11: fallback needs the attempt to return; a hang never does.
                steps << u"%1 is silent → go hangs on %1 for ever (NET-1)"_s.arg(name);
                decided = true;
            } else if (r->isNotFound()) {
                steps << u"%1 answered %2 → next entry (PROXY-8)"_s.arg(name, shortOutcome(*r));
            } else if (s.fallback == FallbackMode::OnAnyError && !s.last) {
                steps << u"%1 fails (%2) → '|' moves on to the next entry (PROXY-8)"_s.arg(name, shortOutcome(*r));
            } else {
                steps << u"%1 fails (%2) → go stops and reports this error (',' falls back only on 404/410: "
                         "PROXY-8, H15)"_s.arg(name, shortOutcome(*r));
                decided = true;
            }
            break;
        }
        }
        if (decided) {
            QStringList never;
            for (qsizetype j = i + 1; j < route.sources.size(); ++j) {
                const RouteSource& n = route.sources.at(j);
                if (n.kind == RouteSource::Kind::Proxy)
                    never << display(n.url);
                else if (n.kind == RouteSource::Kind::Direct && s.kind != RouteSource::Kind::Direct
                    && !never.contains(u"direct"_s))
                    never << u"direct"_s;
            }
            if (!never.isEmpty())
                steps << u"%1 %2 never tried"_s.arg(never.join(u", "_s), never.size() == 1 ? u"is"_s : u"are"_s);
        }
    }
    if (!decided)
        steps << (route.sources.isEmpty() ? u"no source"_s
                                          : u"every entry answered not found → go reports the last not-found "
                                            "error (PROXY-9)"_s);
    steps << sumDbStep(route, results);
    return steps.join(u"; "_s);
}

} // namespace gmd
