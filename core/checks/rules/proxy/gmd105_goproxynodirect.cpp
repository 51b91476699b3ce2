// SPDX-License-Identifier: MIT
// GMD105: the list ends with a private (non-public) proxy and has neither `direct` nor a public
// proxy after it: a module that proxy does not serve ends with its 404/410, nothing follows.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/proxy/proxyutil.h"
#include "common/secrets.h"
#include "goenv/goproxy.h"

#include <QUrl>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoproxyNoDirect final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD105"_s, u"goproxy-no-direct-fallback"_s, u"Proxy"_s,
                u"GOPROXY ends with a private proxy and no fallback"_s, Severity::Info};
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOPROXY"_s);
        const ProxyList list = parseGoProxy(v.value);
        if (!list.isValid() || list.entries.isEmpty())
            return;
        for (const ProxyEntry& e : list.entries) {
            if (e.kind != ProxyEntryKind::Url)
                return; // direct or off present: intentional
            const QUrl u(e.url);
            if (u.scheme() == u"file"_s || isPublicProxyHost(u.host()))
                return;
        }
        const QString last = redactUrl(list.entries.last().url);
        Finding& f = out.report(u"GOPROXY"_s,
                                u"Every entry of GOPROXY is a private proxy and nothing follows %1: a module it does "
                                "not serve fails with its 404/410 instead of falling back to 'direct' or a public "
                                "mirror. That is right when the proxy must see every download; otherwise append "
                                "',direct'."_s.arg(last));
        describeValue(f, v);
        f.fix = fixSetVariable(ctx, v, v.value.trimmed() + u",direct"_s, u"Allow the fallback to the origin:"_s);
        f.rootCauseScore = score::kHygiene;
    }
};

} // namespace

std::unique_ptr<Check> makeGoproxyNoDirect()
{
    return std::make_unique<GoproxyNoDirect>();
}

} // namespace gmd::rules
