// SPDX-License-Identifier: MIT
// GMD162: HTTPS_PROXY is set and a private module (GOPRIVATE/GONOPROXY) is fetched directly, but
// NO_PROXY does not exclude its host. Go's go-get discovery request https://<module>?go-get=1
// then goes through the corporate proxy (NET-3, VCS-1), which usually cannot reach internal hosts
// (H3, H17); git, through curl, reads no_proxy the same way for its https fetches.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/netenv/netenvutil.h"
#include "common/secrets.h"
#include "goenv/modulepath.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

using netenv::proxyConfigOf;
using netenv::routesOf;
using netenv::fetchesDirectFirst;
using netenv::goGetUrl;
using netenv::choiceText;
using netenv::fixShellVariables;

class NoProxyMissesPrivateHosts final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD162"_s, u"no-proxy-misses-private-hosts"_s, u"Network environment"_s,
                u"NO_PROXY does not exclude a private module host"_s, Severity::Warning};
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        const HttpProxyConfig config = proxyConfigOf(ctx);
        const ParsedProxyValue proxy = parseProxyValue(config.httpsProxy);
        if (!proxy.usable || proxy.broken)
            return; // no proxy in use for https (or GMD161's problem)

        QStringList hosts, modules;
        QList<Evidence> evidence;
        for (const ModuleRoute& r : routesOf(ctx, facts)) {
            if (!(r.goprivate || r.noProxy) || !fetchesDirectFirst(r))
                continue;
            const QString host = modulePathHost(r.module);
            if (host.isEmpty() || hosts.contains(host) || isWellKnownPublicHost(host))
                continue; // public hosting sites are reachable through a corporate proxy
            const QUrl url = goGetUrl(r.module);
            const HttpProxyChoice c = httpProxyForUrl(config, url);
            if (c.proxyText.isEmpty())
                continue; // NO_PROXY (or the loopback rule) already sends it directly
            hosts << host;
            modules << r.module;
            evidence.append({maskSecrets(url.toString()), choiceText(c), c.reason});
        }
        if (hosts.isEmpty())
            return;

        const QString noProxyText = config.noProxy.isEmpty()
            ? u"NO_PROXY is not set"_s
            : u"%1=%2 does not match %3"_s.arg(config.noProxyVar, config.noProxy,
                                                hosts.size() == 1 ? u"it"_s : u"them"_s);
        Finding& f = out.report(
            config.noProxyVar.isEmpty() ? u"NO_PROXY"_s : config.noProxyVar,
            u"%1 (%2) is fetched directly, not through GOPROXY, but %3: go sends its go-get discovery request "
            "(https://<module>?go-get=1) through the proxy %4 (NET-3), and git's https fetches go the same way. A "
            "corporate proxy usually cannot reach internal hosts, so the download fails with 'unrecognized import "
            "path' or a 403/502 from the proxy, or waits until the proxy gives up."_s.arg(
                hosts.join(u", "_s), modules.join(u", "_s), noProxyText, maskSecrets(config.httpsProxy)));
        if (!config.noProxy.isEmpty())
            describeValue(f, ctx.env.get(config.noProxyVar)); // points at the line to change
        f.evidence.append(evidenceFor(ctx.env.get(config.httpsProxyVar)));
        f.evidence.append(evidence);

        // Both spellings: Go reads NO_PROXY first, curl (git) reads no_proxy first.
        QList<std::pair<EnvValue, QString>> values;
        for (const QString& name : {u"NO_PROXY"_s, u"no_proxy"_s}) {
            const QString own = ctx.env.value(name);
            const QString base = own.isEmpty() ? config.noProxy : own;
            values.append({ctx.env.get(name), base.isEmpty() ? hosts.join(u','): base + u',' + hosts.join(u',')});
        }
        f.fix = fixShellVariables(ctx, values,
                                  u"Exclude the private hosts from the proxy, in both spellings (Go reads NO_PROXY "
                                  "first, curl and git read no_proxy first):"_s);
        f.rootCauseScore = score::kBreaksSome;
    }
};

} // namespace

std::unique_ptr<Check> makeNoProxyMissesPrivateHosts()
{
    return std::make_unique<NoProxyMissesPrivateHosts>();
}

} // namespace gmd::rules
