// SPDX-License-Identifier: MIT
#include "routes.h"

#include "common/secrets.h"
#include "goenv/gosumdb.h"
#include "goenv/govcs.h"
#include "goenv/prefixpatterns.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QString ModuleRoute::summary() const
{
    if (!configError.isEmpty())
        return u"(invalid GOPROXY: %1)"_s.arg(maskSecrets(configError));
    QStringList parts;
    for (const RouteSource& s : sources) {
        switch (s.kind) {
        case RouteSource::Kind::Proxy:
            parts << redactUrl(s.url) + (s.fallback == FallbackMode::OnAnyError ? u" |"_s : QString());
            break;
        case RouteSource::Kind::Direct:
            // The implicit noproxy entry and `direct` fetch the same way: show it once.
            if (parts.isEmpty() || parts.last() != u"direct"_s)
                parts << u"direct"_s;
            break;
        case RouteSource::Kind::Off:
            parts << u"off"_s;
            break;
        case RouteSource::Kind::Skipped:
            break;
        }
    }
    if (parts.isEmpty())
        return u"(no source)"_s;
    return parts.join(u" → "_s);
}

bool ModuleRoute::usesDirect() const
{
    for (const RouteSource& s : sources) {
        if (s.kind == RouteSource::Kind::Direct)
            return true;
    }
    return false;
}

ModuleRoute resolveModuleRoute(const QString& module, const QString& version, const EffectiveEnv& env,
                               bool goSumHasLines)
{
    ModuleRoute r;
    r.module = module;
    r.version = version;
    const QString gonoproxy = env.value(u"GONOPROXY"_s);
    const QString gonosumdb = env.value(u"GONOSUMDB"_s);
    const QString goinsecure = env.value(u"GOINSECURE"_s);
    const QString goprivate = env.value(u"GOPRIVATE"_s);
    r.noProxyGlob = matchingGlob(gonoproxy, module);
    r.noProxy = !gonoproxy.isEmpty() && matchPrefixPatterns(gonoproxy, module);
    r.noSumDbGlob = matchingGlob(gonosumdb, module);
    r.noSumDb = !gonosumdb.isEmpty() && matchPrefixPatterns(gonosumdb, module);
    r.insecureGlob = matchingGlob(goinsecure, module);
    r.insecure = !goinsecure.isEmpty() && matchPrefixPatterns(goinsecure, module);
    r.goprivate = !goprivate.isEmpty() && matchPrefixPatterns(goprivate, module);

    const ProxyList list = parseGoProxy(env.value(u"GOPROXY"_s), gonoproxy);
    if (!list.isValid()) {
        r.configError = list.error;
    } else {
        // PROXY-7/8: walk the list; for a GONOPROXY match, noproxy and direct fetch directly and
        // every proxy is skipped with a notfound-class error.
        for (qsizetype i = 0; i < list.entries.size(); ++i) {
            const ProxyEntry& e = list.entries.at(i);
            RouteSource s;
            s.fallback = e.fallback;
            switch (e.kind) {
            case ProxyEntryKind::NoProxy:
                if (r.noProxy) {
                    s.kind = RouteSource::Kind::Direct;
                    s.note = u"GONOPROXY matches '%1': fetched directly"_s.arg(r.noProxyGlob);
                } else {
                    continue; // "path does not match GOPRIVATE/GONOPROXY": silently skipped
                }
                break;
            case ProxyEntryKind::Url:
                s.url = e.url;
                if (r.noProxy) {
                    s.kind = RouteSource::Kind::Skipped;
                    s.note = u"disabled by GOPRIVATE/GONOPROXY"_s;
                } else {
                    s.kind = RouteSource::Kind::Proxy;
                }
                break;
            case ProxyEntryKind::Direct:
                s.kind = RouteSource::Kind::Direct;
                break;
            case ProxyEntryKind::Off:
                s.kind = RouteSource::Kind::Off;
                break;
            }
            r.sources.append(s);
        }
        for (qsizetype i = r.sources.size() - 1; i >= 0; --i) {
            if (r.sources[i].kind != RouteSource::Kind::Skipped) {
                r.sources[i].last = true;
                break;
            }
        }
    }

    // SUMDB-1 / SUMDB-3.
    const SumDbConfig db = parseGoSumDb(env.value(u"GOSUMDB"_s));
    SumDbRoute& sd = r.sumdb;
    sd.mandatory = module == u"golang.org/toolchain"_s;
    sd.name = db.name;
    sd.explicitUrl = db.url;
    sd.error = db.error;
    if (db.off && !sd.mandatory) {
        sd.reason = u"GOSUMDB=off"_s;
    } else if (r.noSumDb && !sd.mandatory) {
        sd.reason = u"GONOSUMDB matches '%1'"_s.arg(r.noSumDbGlob);
    } else if (goSumHasLines && !sd.mandatory) {
        sd.reason = u"go.sum already has the lines; the database is asked only for missing ones"_s;
    } else {
        sd.consulted = true;
        if (sd.mandatory)
            sd.reason = u"golang.org/toolchain always needs the checksum database (SUMDB-1)"_s;
        else
            sd.reason = u"go.sum lacks the module's lines"_s;
    }
    if (db.isValid() && !db.off && db.url.isEmpty() && list.isValid()) {
        for (const ProxyEntry& e : list.entries) {
            if (e.kind == ProxyEntryKind::NoProxy)
                continue;
            if (e.kind != ProxyEntryKind::Url)
                break; // direct or off: connect directly
            sd.candidates << e.url + (e.url.endsWith(u'/') ? QString() : u"/"_s) + u"sumdb/"_s + db.name
                    + u"/supported"_s;
        }
        sd.candidates << db.directUrl();
    } else if (!db.url.isEmpty()) {
        sd.candidates << db.url;
    }

    if (r.usesDirect()) {
        const GoVcsConfig vcs = parseGoVcs(env.value(u"GOVCS"_s));
        if (!vcs.isValid())
            r.govcsError = vcs.error;
        else if (!vcs.allows(u"git"_s, module, r.goprivate))
            r.govcsError = u"GOVCS disallows using git for %1 %2; see 'go help vcs'"_s.arg(
                r.goprivate ? u"private"_s : u"public"_s, module);
    }
    return r;
}

} // namespace gmd
