// SPDX-License-Identifier: MIT
// GMD164: ALL_PROXY/all_proxy is set and HTTPS_PROXY is not. curl, and so git, use ALL_PROXY for
// every protocol; Go's ProxyFromEnvironment reads only HTTP(S)_PROXY and NO_PROXY (NET-3), so go's
// own requests go out directly while git's fetches use the proxy.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/netenv/netenvutil.h"
#include "common/secrets.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

using netenv::fixShellVariables;

class AllProxyIgnoredByGo final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD164"_s, u"all-proxy-ignored-by-go"_s, u"Network environment"_s,
                u"Go ignores ALL_PROXY"_s, Severity::Info};
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        if (!ctx.env.value(u"HTTPS_PROXY"_s).isEmpty() || !ctx.env.value(u"https_proxy"_s).isEmpty())
            return;
        // curl reads all_proxy first, then ALL_PROXY.
        const QString var = !ctx.env.value(u"all_proxy"_s).isEmpty() ? u"all_proxy"_s : u"ALL_PROXY"_s;
        const EnvValue all = ctx.env.get(var);
        if (all.value.isEmpty())
            return;
        Finding& f = out.report(
            var,
            u"%1=%2 is set but neither HTTPS_PROXY nor https_proxy is. curl and git send their requests through "
            "that proxy; Go ignores %1, because it reads only HTTPS_PROXY, HTTP_PROXY and NO_PROXY (NET-3). So go's "
            "own requests (GOPROXY, checksum database, go-get discovery) go out directly while git's fetches use "
            "the proxy; where only the proxy can reach the internet, go mod download fails to connect (refused, or "
            "after the 30 s connect timeout)."_s
                .arg(var, maskValue(var, all.value)));
        describeValue(f, all);
        f.fix = fixFor(ctx, all);
        f.rootCauseScore = score::kConfusing;
    }

private:
    static FixHint fixFor(const EnvContext& ctx, const EnvValue& all)
    {
        const QString desc = u"Give Go the same proxy in HTTPS_PROXY (Go supports http://, https:// and socks5:// "
                             "proxies; socks5:// already lets the proxy resolve host names, socks5h:// is not "
                             "understood):"_s;
        QString value = all.value.trimmed();
        const bool socks5h = value.startsWith(u"socks5h://"_s, Qt::CaseInsensitive);
        if (socks5h)
            value = u"socks5://"_s + value.mid(10);
        if (!containsSecret(all.name, all.value)) {
            EnvValue target = ctx.env.get(u"HTTPS_PROXY"_s);
            return fixShellVariables(ctx, {{target, value}}, desc);
        }
        // Never print the credentials: refer to the variable instead.
        FixHint fix{desc, {}};
        if (!ctx.container && !socks5h)
            fix.commands << u"export HTTPS_PROXY=\"$%1\""_s.arg(all.name);
        return fix;
    }
};

} // namespace

std::unique_ptr<Check> makeAllProxyIgnoredByGo()
{
    return std::make_unique<AllProxyIgnoredByGo>();
}

} // namespace gmd::rules
