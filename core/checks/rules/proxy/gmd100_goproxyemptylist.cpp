// SPDX-License-Identifier: MIT
// GMD100: GOPROXY yields no entries, so every lookup fails with "GOPROXY list is not the empty
// string, but contains no entries" (PROXY-5) — also when the value really is empty because the
// env file masks go.env (ENV-3) or go.env is missing (ENV-6).
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "goenv/goproxy.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoproxyEmptyList final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD100"_s, u"goproxy-empty-list"_s, u"Proxy"_s, u"GOPROXY has no entries"_s, Severity::Error};
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOPROXY"_s);
        const ProxyList list = parseGoProxy(v.value, ctx.env.value(u"GONOPROXY"_s));
        if (!list.error.startsWith(u"GOPROXY list is not the empty string"_s))
            return;
        QString why;
        if (v.value.trimmed().isEmpty() && v.source == EnvSource::UserEnvFile)
            why = u"The go env file sets GOPROXY to an empty value, which hides the default from $GOROOT/go.env "
                  "(ENV-3)."_s;
        else if (v.value.trimmed().isEmpty() && v.source == EnvSource::Unset && !ctx.container)
            why = u"Nothing sets GOPROXY: this Go reads its default from $GOROOT/go.env, which is missing or "
                  "lacks GOPROXY (ENV-6)."_s;
        else if (v.value.trimmed().isEmpty())
            why = u"GOPROXY is empty."_s;
        else
            why = u"The value '%1' contains only separators and blanks."_s.arg(v.value);
        Finding& f = out.report(
            u"GOPROXY"_s,
            why + u" Every module lookup fails with: GOPROXY list is not the empty string, but contains no entries."_s);
        describeValue(f, v);
        for (const EnvValue& h : v.hidden)
            f.evidence.append(evidenceFor(h));
        if (v.source == EnvSource::UserEnvFile && v.value.trimmed().isEmpty())
            f.fix = fixUnsetVariable(ctx, v, u"Remove the empty key so that the default applies again."_s);
        else
            f.fix = fixSetVariable(ctx, v, u"https://proxy.golang.org,direct"_s, u"Set the standard value."_s);
        f.rootCauseScore = score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeGoproxyEmptyList()
{
    return std::make_unique<GoproxyEmptyList>();
}

} // namespace gmd::rules
