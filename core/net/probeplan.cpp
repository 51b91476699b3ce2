// SPDX-License-Identifier: MIT
#include "probeplan.h"

#include "common/secrets.h"
#include "goenv/goproxy.h"
#include "goenv/gosumdb.h"
#include "goenv/modulepath.h"
#include "goenv/prefixpatterns.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

/// False when GONOPROXY or GOPRIVATE matches: the path must not reach any proxy (PROXY-7).
bool mayTellProxies(const EffectiveEnv& env, const QString& module)
{
    for (const QString& name : { u"GONOPROXY"_s, u"GOPRIVATE"_s }) {
        const QString globs = env.value(name);
        if (!globs.isEmpty() && matchPrefixPatterns(globs, module))
            return false;
    }
    return true;
}

bool isPublicSample(const EffectiveEnv& env, const ModuleRoute& r)
{
    if (r.module.isEmpty() || r.version.isEmpty() || r.module == u"golang.org/toolchain"_s)
        return false;
    if (r.noProxy || r.goprivate || !mayTellProxies(env, r.module))
        return false;
    return isWellKnownPublicHost(modulePathHost(r.module)) && escapeModulePath(r.module).ok()
        && escapeModuleVersion(r.version).ok();
}

/// Picks the module asked of proxies; false when none may be sent.
bool chooseSample(
    const EffectiveEnv& env, const QList<ModuleRoute>& routes, const ProbeOptions& options, ProbePlan* plan)
{
    for (const ModuleRoute& r : routes) {
        if (isPublicSample(env, r)) {
            plan->sampleModule = r.module;
            plan->sampleVersion = r.version;
            plan->sampleReason =
                u"%1 %2: the first requirement of the project on a well-known public host (%3) "
                "that GOPRIVATE/GONOPROXY do not match"_s.arg(r.module, r.version, modulePathHost(r.module));
            return true;
        }
    }
    if (mayTellProxies(env, options.fallbackModule)) {
        plan->sampleModule = options.fallbackModule;
        plan->sampleVersion = options.fallbackVersion;
        plan->sampleReason = u"%1 %2: a well-known public module every proxy serves (%3)"_s.arg(options.fallbackModule,
            options.fallbackVersion,
            routes.isEmpty() ? u"the project has no requirements"_s
                             : u"the project has no public requirement to ask for"_s);
        return true;
    }
    plan->sampleReason =
        u"every candidate module, %1 included, matches GOPRIVATE/GONOPROXY: proxies are probed "
        "with DNS + TCP + TLS only, so that no module path is sent to them"_s.arg(options.fallbackModule);
    return false;
}

ProbeTarget proxyTarget(int entry, const QString& base)
{
    ProbeTarget t;
    t.subjectVariable = u"GOPROXY"_s;
    t.subject = u"GOPROXY entry %1 (%2)"_s.arg(QString::number(entry), redactUrl(base));
    t.entryIndex = entry;
    t.proxyBase = redactUrl(base);
    return t;
}

void planProxies(const ProxyList& list, bool haveSample, const ProbeOptions& options, ProbePlan* plan)
{
    const QString escPath = haveSample ? escapeModulePath(plan->sampleModule).value : QString();
    const QString escVersion = haveSample ? escapeModuleVersion(plan->sampleVersion).value : QString();
    int entry = 0;
    for (const ProxyEntry& e : list.entries) {
        if (e.kind == ProxyEntryKind::NoProxy)
            continue;
        ++entry;
        if (e.kind != ProxyEntryKind::Url)
            break; // direct / off end the list (PROXY-2)
        if (e.url.startsWith(u"file:"_s)) {
            plan->notes << u"GOPROXY entry %1 (%2) is read from disk, not probed (PROTO-5)"_s.arg(
                QString::number(entry), redactUrl(e.url));
            continue;
        }
        const QString why = u"PROXY-8: go asks the GOPROXY entries in order; "_s + plan->sampleReason;
        if (!haveSample) {
            ProbeTarget t = proxyTarget(entry, e.url);
            t.id = u"goproxy-%1-reach"_s.arg(entry);
            t.kind = ProbeKind::ProxyReachability;
            t.url = e.url;
            t.connectOnly = true;
            t.why = why;
            plan->probes << t;
            continue;
        }
        ProbeTarget versions = proxyTarget(entry, e.url);
        versions.id = u"goproxy-%1-list"_s.arg(entry);
        versions.kind = ProbeKind::ProxyList;
        versions.url = proxyRequestUrl(e.url, escPath, u"/@v/list"_s);
        versions.check = BodyCheck::VersionList;
        versions.why = why;
        plan->probes << versions;
        if (options.probeInfo) {
            ProbeTarget info = proxyTarget(entry, e.url);
            info.id = u"goproxy-%1-info"_s.arg(entry);
            info.kind = ProbeKind::ProxyInfo;
            info.url = proxyRequestUrl(e.url, escPath, u"/@v/"_s + escVersion + u".info"_s);
            info.check = BodyCheck::InfoJson;
            info.expectedVersion = plan->sampleVersion;
            info.why = why;
            plan->probes << info;
        }
    }
}

void planSumDb(const EffectiveEnv& env, const ProxyList& list, ProbePlan* plan)
{
    const SumDbConfig db = parseGoSumDb(env.value(u"GOSUMDB"_s));
    if (!db.isValid()) {
        plan->notes << u"GOSUMDB is invalid (%1): the checksum database is not probed"_s.arg(maskSecrets(db.error));
        return;
    }
    if (db.off) {
        plan->notes
            << u"GOSUMDB=off: the checksum database is not probed (toolchain downloads still need it, SUMDB-1)"_s;
        return;
    }
    ProbeTarget direct;
    direct.kind = ProbeKind::SumDbDirect;
    direct.id = u"sumdb-direct"_s;
    direct.check = BodyCheck::SumDbLatest;
    direct.subjectVariable = u"GOSUMDB"_s;
    if (!db.url.isEmpty()) {
        direct.url = (db.url.endsWith(u'/') ? db.url.chopped(1) : db.url) + u"/latest"_s;
        direct.subject = u"GOSUMDB (%1 at %2)"_s.arg(db.name, redactUrl(db.url));
        direct.why = u"GOSUMDB names the URL: every proxy is bypassed (SUMDB-2); /latest is a cheap reachability "
                     "test (SUMDB-4)"_s;
        plan->probes << direct;
        return;
    }
    if (list.isValid()) {
        int entry = 0;
        for (const ProxyEntry& e : list.entries) {
            if (e.kind == ProxyEntryKind::NoProxy)
                continue;
            ++entry;
            if (e.kind != ProxyEntryKind::Url)
                break; // direct or off: the database is reached directly (SUMDB-3)
            if (e.url.startsWith(u"file:"_s))
                continue;
            ProbeTarget t = proxyTarget(entry, e.url);
            t.kind = ProbeKind::SumDbSupported;
            t.id = u"sumdb-supported-%1"_s.arg(entry);
            t.url = e.url + (e.url.endsWith(u'/') ? QString() : u"/"_s) + u"sumdb/"_s + db.name + u"/supported"_s;
            t.subjectVariable = u"GOSUMDB"_s;
            t.subject = u"GOSUMDB via GOPROXY entry %1 (%2)"_s.arg(QString::number(entry), redactUrl(e.url));
            t.why = u"SUMDB-3: the first proxy answering 200 to /sumdb/%1/supported serves all sumdb traffic"_s.arg(
                db.name);
            plan->probes << t;
        }
    }
    direct.url = db.directUrl() + u"/latest"_s;
    direct.subject = u"GOSUMDB (%1, direct)"_s.arg(db.name);
    direct.why = u"SUMDB-3: without a proxy that supports it, go connects to https://%1 directly; /latest is a "
                 "cheap reachability test (SUMDB-4)"_s.arg(db.name);
    plan->probes << direct;
}

void planPrivateHosts(const EffectiveEnv& env, const QList<ModuleRoute>& routes, ProbePlan* plan)
{
    QSet<QString> seen;
    const EnvValue gonoproxy = env.get(u"GONOPROXY"_s);
    const QString matchVariable = gonoproxy.source == EnvSource::Derived && !gonoproxy.derivedFrom.isEmpty()
        ? gonoproxy.derivedFrom
        : u"GONOPROXY"_s;
    for (const ModuleRoute& r : routes) {
        const QString host = modulePathHost(r.module).toLower();
        const bool isPrivate = r.noProxy || r.goprivate || !isWellKnownPublicHost(host);
        if (!r.usesDirect() || !isPrivate || host.isEmpty() || !host.contains(u'.') || seen.contains(host))
            continue;
        seen.insert(host);
        ProbeTarget t;
        t.kind = ProbeKind::PrivateHost;
        t.id = u"private-"_s + host;
        t.url = u"https://"_s + host; // host only: the module path is never sent
        t.connectOnly = true;
        t.verifyTls = !r.insecure; // NET-2: GOINSECURE turns certificate checks off
        t.host = host;
        t.subjectVariable = r.noProxy ? matchVariable : u"GOPROXY"_s;
        t.subject = u"private host %1"_s.arg(host);
        t.why = u"%1 is fetched directly (%2): only DNS + TCP + TLS to %3:443; no request, no credentials, the "
                "module path is sent nowhere"_s.arg(r.module,
                    r.noProxy ? u"GONOPROXY matches '%1'"_s.arg(r.noProxyGlob) : u"GOPROXY reaches direct"_s, host);
        if (r.insecure)
            t.why += u"; GOINSECURE matches '%1', so the certificate is not checked (NET-2)"_s.arg(r.insecureGlob);
        plan->probes << t;
    }
}

} // namespace

ProbePlan planProbes(const EffectiveEnv& env, const QList<ModuleRoute>& routes, const ProbeOptions& options)
{
    ProbePlan plan;
    plan.httpProxy = HttpProxyConfig::fromLookup([&env](const QString& name) { return env.value(name); });
    plan.sslCertFile = env.value(u"SSL_CERT_FILE"_s);
    plan.sslCertDir = env.value(u"SSL_CERT_DIR"_s);

    const ProxyList list = parseGoProxy(env.value(u"GOPROXY"_s), env.value(u"GONOPROXY"_s));
    const bool haveSample = chooseSample(env, routes, options, &plan);
    if (!list.isValid())
        plan.notes << u"GOPROXY is invalid (%1): every lookup fails before any request, nothing to probe"_s.arg(
            maskSecrets(list.error));
    else
        planProxies(list, haveSample, options, &plan);
    if (options.probeSumDb)
        planSumDb(env, list, &plan);
    if (options.probePrivateHosts)
        planPrivateHosts(env, routes, &plan);
    if (plan.probes.isEmpty())
        plan.notes << u"nothing to probe in this environment"_s;
    return plan;
}

} // namespace gmd
