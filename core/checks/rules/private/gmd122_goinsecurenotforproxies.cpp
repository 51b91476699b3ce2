// SPDX-License-Identifier: MIT
// GMD122: GOINSECURE used where it has no effect. It relaxes only direct fetches (go-get discovery
// and VCS, PRIV-5): proxies in GOPROXY are always verified and never get credentials over http
// (NET-4). So a pattern naming a proxy's host does not make a self-signed or intercepted
// certificate work, and a pattern for a module that go fetches through a proxy does nothing until
// the direct fallback.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/private/privateutil.h"
#include "common/secrets.h"
#include "goenv/goproxy.h"
#include "goenv/prefixpatterns.h"

#include <QSet>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

/// "host/path" of a proxy URL, the form a GOINSECURE glob would be written in.
QString proxyPathForm(const QUrl& url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return url.host() + path;
}

class GoinsecureNotForProxies final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD122"_s, u"goinsecure-not-for-proxies"_s, u"Private modules"_s,
            u"GOINSECURE does not apply to proxies"_s, Severity::Warning };
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOINSECURE"_s);
        if (v.value.isEmpty())
            return;
        const ProxyList list = parseGoProxy(ctx.env.value(u"GOPROXY"_s));
        if (!list.isValid())
            return; // GMD100/GMD102
        QSet<QString> namedProxies;
        for (const ProxyEntry& e : list.entries) {
            if (e.kind != ProxyEntryKind::Url)
                continue;
            const QUrl url(e.url);
            if (url.scheme() == u"file"_s)
                continue;
            // A glob that names the host also matches "host/path"; one with the path must match that form.
            const QString glob = matchingGlob(v.value, proxyPathForm(url));
            if (glob.isEmpty())
                continue;
            namedProxies.insert(e.url);
            reportProxy(ctx, v, e, glob, out);
        }
        QList<ModuleRoute> viaProxy;
        for (const ModuleRoute& r : routesFor(ctx, facts)) {
            if (!r.insecure || r.sources.isEmpty())
                continue;
            // The first source that runs: skipped entries do not count.
            for (const RouteSource& s : r.sources) {
                if (s.kind == RouteSource::Kind::Skipped)
                    continue;
                if (s.kind == RouteSource::Kind::Proxy && !namedProxies.contains(s.url)
                    && !s.url.startsWith(u"file:"_s))
                    viaProxy.append(r);
                break;
            }
        }
        if (!viaProxy.isEmpty())
            reportModules(ctx, v, viaProxy, out);
    }

private:
    static void reportProxy(
        const EnvContext& ctx, const EnvValue& v, const ProxyEntry& e, const QString& glob, FindingSink& out)
    {
        const QString url = redactUrl(e.url);
        const bool http = e.url.startsWith(u"http:"_s);
        QString message =
            u"GOINSECURE's pattern '%1' matches the GOPROXY entry %2, but GOINSECURE applies only to "
            "direct fetches (go-get discovery and version control), never to proxies (PRIV-5, NET-4)."_s.arg(
                maskValue(v.name, glob), url);
        if (http)
            message += u" Plain-http proxies work without it; note that go never sends credentials to them."_s;
        else
            message +=
                u" go still verifies the proxy's certificate: a self-signed or TLS-intercepting proxy keeps "
                "failing with 'x509: certificate signed by unknown authority' until its CA is trusted (NET-6)."_s;
        Finding& f = out.report(u"GOINSECURE"_s, message);
        describeValue(f, v);
        f.evidence.append(evidenceFor(ctx.env.get(u"GOPROXY"_s)));
        if (!http)
            f.fix = FixHint { u"Trust the proxy's CA instead: add it to the system store (Debian/Ubuntu: copy it to "
                              "/usr/local/share/ca-certificates/ and run update-ca-certificates; in an image, do that "
                              "in the Dockerfile), or point SSL_CERT_FILE at a bundle that contains it (Linux). Then "
                              "remove the pattern from GOINSECURE."_s,
                {} };
        else
            f.fix = FixHint { u"Remove the pattern from GOINSECURE; it changes nothing for the proxy."_s, {} };
        f.rootCauseScore = score::kConfusing;
    }

    static void reportModules(
        const EnvContext& ctx, const EnvValue& v, const QList<ModuleRoute>& routes, FindingSink& out)
    {
        QStringList items;
        QStringList globs;
        for (const ModuleRoute& r : routes) {
            items << u"%1 (pattern '%2', route %3)"_s.arg(r.module, maskValue(v.name, r.insecureGlob), r.summary());
            if (!globs.contains(r.insecureGlob))
                globs << r.insecureGlob;
        }
        Finding& f = out.report(u"GOINSECURE"_s,
            u"GOINSECURE matches %1, but go requests %2 from a proxy first, where GOINSECURE has no effect; it "
            "applies only when go fetches directly, which happens here only after the proxy answers 404/410 "
            "(PRIV-5)."_s.arg(items.join(u"; "_s), routes.size() == 1 ? u"it"_s : u"them"_s));
        describeValue(f, v);
        const EnvValue noproxy = ctx.env.get(u"GONOPROXY"_s);
        f.evidence.append(evidenceFor(noproxy));
        f.evidence.append(evidenceFor(ctx.env.get(u"GOPROXY"_s)));
        // Setting GONOPROXY on its own stops it following GOPRIVATE: carry GOPRIVATE's value over.
        EnvValue target = noproxy;
        if (target.source == EnvSource::Derived || target.source == EnvSource::Unset)
            target.source = EnvSource::UserEnvFile;
        f.fix = fixSetVariable(ctx, target, mergePatterns(noproxy.value, globs),
            u"If these modules must be fetched directly from an insecure server, exclude them "
            "from the proxy with GONOPROXY (or GOPRIVATE when they are private)."_s);
        f.rootCauseScore = score::kConfusing;
    }
};

} // namespace

std::unique_ptr<Check> makeGoinsecureNotForProxies()
{
    return std::make_unique<GoinsecureNotForProxies>();
}

} // namespace gmd::rules
