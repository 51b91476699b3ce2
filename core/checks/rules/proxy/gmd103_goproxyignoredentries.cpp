// SPDX-License-Identifier: MIT
// GMD103: `direct` and `off` end the list (PROXY-2): "direct,https://x" is "direct".
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "common/secrets.h"
#include "goenv/goproxy.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoproxyIgnoredEntries final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD103"_s, u"goproxy-ignored-entries"_s, u"Proxy"_s,
                u"GOPROXY entries after direct or off are ignored"_s, Severity::Warning};
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOPROXY"_s);
        const ProxyList list = parseGoProxy(v.value);
        if (!list.isValid() || list.ignoredTail.isEmpty() || list.entries.isEmpty())
            return;
        const ProxyEntry& last = list.entries.last();
        const QString keyword = last.kind == ProxyEntryKind::Off ? u"off"_s : u"direct"_s;
        Finding& f = out.report(u"GOPROXY"_s,
                                u"'%1' ends the GOPROXY list, so '%2' is never used."_s.arg(
                                    keyword, maskSecrets(list.ignoredTail)));
        describeValue(f, v);
        QString reordered;
        for (const ProxyEntry& e : list.entries) {
            if (e.kind == ProxyEntryKind::Url)
                reordered += e.raw + (e.fallback == FallbackMode::OnAnyError ? u"|"_s : u","_s);
        }
        reordered += list.ignoredTail;
        reordered += u',' + keyword;
        if (parseGoProxy(reordered).isValid())
            f.fix = fixSetVariable(ctx, v, reordered, u"Put the keyword last:"_s);
        f.rootCauseScore = score::kConfusing;
    }
};

} // namespace

std::unique_ptr<Check> makeGoproxyIgnoredEntries()
{
    return std::make_unique<GoproxyIgnoredEntries>();
}

} // namespace gmd::rules
