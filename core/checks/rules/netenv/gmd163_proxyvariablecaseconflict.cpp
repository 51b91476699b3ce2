// SPDX-License-Identifier: MIT
// GMD163: the upper- and lower-case spelling of a proxy variable are both set, to different
// values. Go reads the upper-case name first (NET-3); curl, and so git's https fetches, read
// https_proxy and no_proxy first and http_proxy only in lower case. go and git then take
// different routes, which makes "git clone works but go get does not" (and back) puzzles.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/netenv/netenvutil.h"
#include "common/secrets.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class ProxyVariableCaseConflict final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD163"_s, u"proxy-variable-case-conflict"_s, u"Network environment"_s,
                u"Upper- and lower-case proxy variables disagree"_s, Severity::Warning};
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        for (const QString& upper : {u"HTTPS_PROXY"_s, u"HTTP_PROXY"_s, u"NO_PROXY"_s})
            check(ctx, upper, out);
    }

private:
    static void check(const EnvContext& ctx, const QString& upper, FindingSink& out)
    {
        const QString lower = upper.toLower();
        const EnvValue up = ctx.env.get(upper);
        const EnvValue low = ctx.env.get(lower);
        if (up.value.isEmpty() || low.value.isEmpty() || up.value == low.value)
            return;
        const QString a = maskValue(upper, up.value);
        const QString b = maskValue(lower, low.value);
        QString others;
        if (upper == u"HTTP_PROXY"_s)
            others = u"curl and git read only the lower-case http_proxy (for http:// URLs) and use %1"_s.arg(b);
        else if (upper == u"HTTPS_PROXY"_s)
            others = u"curl and git (for https remotes) read https_proxy first and use %1"_s.arg(b);
        else
            others = u"curl and git read no_proxy first and use %1"_s.arg(b);
        QString message = u"%1=%2 and %3=%4 differ. Go reads %1 first (NET-3) and uses %2; %5. So go's own "
                          "requests (GOPROXY, checksum database, go-get discovery) and git's fetches take "
                          "different routes."_s.arg(upper, a, lower, b, others);
        if (a == b)
            message += u" The two values differ only in their (masked) credentials."_s;
        Finding& f = out.report(upper, message);
        describeValue(f, up);
        f.evidence.append(evidenceFor(low));
        FixHint fix;
        fix.description = u"Give both spellings the same value (here: the one Go uses), in the place where they "
                          "are set (shell profile, CI settings, Dockerfile)."_s;
        if (!ctx.container)
            fix.commands << u"export %1=\"$%2\""_s.arg(lower, upper);
        f.fix = fix;
        f.rootCauseScore = score::kConfusing;
    }
};

} // namespace

std::unique_ptr<Check> makeProxyVariableCaseConflict()
{
    return std::make_unique<ProxyVariableCaseConflict>();
}

} // namespace gmd::rules
