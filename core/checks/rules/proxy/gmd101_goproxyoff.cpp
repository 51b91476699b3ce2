// SPDX-License-Identifier: MIT
// GMD101: GOPROXY=off (as the first entry) disables every lookup of a module that is not in the
// module cache (PROXY-10); private modules matching GONOPROXY are still fetched directly
// (PROXY-7), and toolchain downloads fail with the misleading "toolchain not available" (TC-4).
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "goenv/goproxy.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoproxyOff final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD101"_s, u"goproxy-off"_s, u"Proxy"_s, u"GOPROXY=off disables module downloads"_s,
                Severity::Warning};
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOPROXY"_s);
        const ProxyList list = parseGoProxy(v.value);
        if (!list.isValid() || list.entries.isEmpty() || list.entries.first().kind != ProxyEntryKind::Off)
            return;
        Finding& f = out.report(u"GOPROXY"_s,
                                u"GOPROXY=off: every module that is not already in the module cache fails with "
                                "'module lookup disabled by GOPROXY=off'. Modules matching GONOPROXY/GOPRIVATE are "
                                "still fetched directly, and a toolchain download reports the misleading "
                                "'toolchain not available'."_s);
        describeValue(f, v);
        f.fix = fixSetVariable(ctx, v, u"https://proxy.golang.org,direct"_s,
                               u"If downloads are meant to work here, use the standard proxy list."_s);
        f.rootCauseScore = score::kBreaksSome;
    }
};

} // namespace

std::unique_ptr<Check> makeGoproxyOff()
{
    return std::make_unique<GoproxyOff>();
}

} // namespace gmd::rules
