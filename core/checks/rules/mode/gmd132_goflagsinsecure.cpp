// SPDX-License-Identifier: MIT
// GMD132: GOFLAGS holds -insecure. The flag still exists for `go get` only so that it can fail
// (FLAGS-1, golang/go#37519): every `go get` stops with "go: -insecure flag is no longer supported;
// use GOINSECURE instead", other commands ignore it. The per-host replacement is GOINSECURE
// (PRIV-5). GMD131 leaves it alone, since the flag parses.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/mode/modeutil.h"
#include "gocmd/goflags.h"
#include "gocmd/goversion.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoflagsInsecure final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD132"_s, u"goflags-insecure"_s, u"Go mode and flags"_s,
            u"GOFLAGS contains the removed -insecure flag"_s, Severity::Error };
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOFLAGS"_s);
        const GoFlags flags = parseGoFlags(v.value, ctx.goVersion);
        // Go 1.16 still honoured the deprecated flag; the fatal error came with 1.17.
        if (!flags.has(u"insecure"_s) || (!ctx.goVersion.isEmpty() && compareGoVersions(ctx.goVersion, u"1.17"_s) < 0))
            return;
        Finding& f = out.report(u"GOFLAGS"_s,
            u"GOFLAGS contains -insecure, which Go removed in 1.17 (golang/go#37519). Every 'go get' fails with: "
            "go: -insecure flag is no longer supported; use GOINSECURE instead. The other commands ignore the flag "
            "(FLAGS-1), so it does not make any download insecure either."_s);
        describeValue(f, v);
        const GoFlagsRepair repair = repairGoFlags(v.value, ctx.goVersion);
        const QString description =
            u"Remove -insecure. To fetch specific hosts over plain http or with unverified certificates, list "
            "them in GOINSECURE (and in GOPRIVATE when they are private), never everything."_s;
        if (repair.ok && repair.value.isEmpty())
            f.fix = fixUnsetVariable(ctx, v, description);
        else if (repair.ok)
            f.fix = fixSetVariable(ctx, v, repair.value, description);
        f.rootCauseScore = score::kBreaksSome;
    }
};

} // namespace

std::unique_ptr<Check> makeGoflagsInsecure()
{
    return std::make_unique<GoflagsInsecure>();
}

} // namespace gmd::rules
