// SPDX-License-Identifier: MIT
// GMD123: GOVCS (VCS-2) stops direct fetches: either the value does not parse (every direct fetch
// fails with the parse error) or its rules refuse git for a requirement that go fetches directly
// ("GOVCS disallows using git for public example.com/x; see 'go help vcs'", H18). The refusal often
// comes from a GOPRIVATE that does not match, so the module counts as public.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/private/privateutil.h"
#include "common/secrets.h"
#include "goenv/govcs.h"
#include "goenv/modulepath.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GovcsRefuses final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD123"_s, u"govcs-refuses"_s, u"Private modules"_s, u"GOVCS refuses a direct fetch"_s,
            Severity::Error };
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOVCS"_s);
        const GoVcsConfig cfg = parseGoVcs(v.value);
        if (!cfg.isValid()) {
            reportParseError(ctx, v, cfg, out);
            return;
        }
        QList<ModuleRoute> refused;
        for (const ModuleRoute& r : routesFor(ctx, facts)) {
            if (!r.govcsError.isEmpty() && fetchedDirectly(r))
                refused.append(r);
        }
        if (!refused.isEmpty())
            reportRefusals(ctx, facts, v, cfg, refused, out);
    }

private:
    /// True when go goes to the VCS for this module: direct is the first source that runs, or the
    /// module looks private, so the proxies before `direct` answer 404/410 and go falls back.
    static bool fetchedDirectly(const ModuleRoute& r)
    {
        for (const RouteSource& s : r.sources) {
            if (s.kind == RouteSource::Kind::Skipped)
                continue;
            if (s.kind == RouteSource::Kind::Direct)
                return true;
            break;
        }
        return r.usesDirect() && looksPrivate(r.module);
    }

    static void reportParseError(const EnvContext& ctx, const EnvValue& v, const GoVcsConfig& cfg, FindingSink& out)
    {
        Finding& f = out.report(u"GOVCS"_s,
            u"GOVCS cannot be parsed: %1. Every direct fetch (modules matching GONOPROXY, and "
            "the 'direct' fallback) fails with this error. Rules are comma-separated "
            "'pattern:vcs1|vcs2' entries (VCS-2)."_s.arg(maskSecrets(cfg.error)));
        describeValue(f, v);
        f.fix = fixUnsetVariable(ctx, v,
            u"Correct the rules, or remove GOVCS to get the default "
            "'private:all,public:git|hg'."_s);
        f.rootCauseScore = score::kBreaksSome;
    }

    static void reportRefusals(const EnvContext& ctx, const Facts& facts, const EnvValue& v, const GoVcsConfig& cfg,
        const QList<ModuleRoute>& refused, FindingSink& out)
    {
        QStringList errors;
        QStringList hosts;
        int privateLooking = 0;
        for (const ModuleRoute& r : refused) {
            errors << r.govcsError;
            const QString host = modulePathHost(r.module);
            if (!hosts.contains(host))
                hosts << host;
            if (!r.goprivate && looksPrivate(r.module))
                ++privateLooking;
        }
        QString message = u"The direct fetch of %1 fails: %2 (VCS-2, H18)."_s.arg(
            refused.size() == 1 ? refused.first().module : u"%1 requirements"_s.arg(refused.size()),
            errors.join(u"; "_s));
        if (privateLooking == 1 && refused.size() == 1)
            message += u" It looks private, but GOPRIVATE does not match it, so it counts as public."_s;
        else if (privateLooking > 0)
            message += u" %1 of them look private, but GOPRIVATE does not match them, so they count as public."_s.arg(
                privateLooking);
        Finding& f = out.report(u"GOVCS"_s, message);
        describeValue(f, v);
        f.evidence.append(evidenceFor(ctx.env.get(u"GOPRIVATE"_s)));
        for (const ModuleRoute& r : refused) {
            const std::optional<SourceLocation> at = requirementLocation(facts, r.module);
            f.evidence.append(
                { r.module + u" (route)"_s, r.summary(), at ? u"%1:%2"_s.arg(at->file).arg(at->line) : u"go.mod"_s });
        }

        // Allow git for these hosts ahead of the user's rules; drop user rules for the same patterns,
        // which would otherwise become "unreachable pattern" errors.
        QStringList rules;
        for (const QString& h : hosts)
            rules << h + u":git"_s;
        for (int i = 0; i < cfg.userRuleCount; ++i) {
            const GoVcsRule& rule = cfg.rules.at(i);
            if (!hosts.contains(rule.pattern))
                rules << rule.pattern + u':' + rule.allowed.join(u'|');
        }
        const QString proposed = rules.join(u',');
        const GoVcsConfig check = parseGoVcs(proposed);
        bool allows = check.isValid();
        for (const ModuleRoute& r : refused)
            allows = allows && check.allows(u"git"_s, r.module, r.goprivate);
        QString description = u"Allow git for these hosts in GOVCS"_s;
        if (privateLooking > 0)
            description += u", or add them to GOPRIVATE if they are private (the default allows every VCS for "
                           "private modules)"_s;
        description += u'.';
        if (allows)
            f.fix = fixSetVariable(ctx, v, proposed, description);
        else
            f.fix = FixHint { description, {} };
        f.rootCauseScore = score::kBreaksSome;
    }
};

} // namespace

std::unique_ptr<Check> makeGovcsRefuses()
{
    return std::make_unique<GovcsRefuses>();
}

} // namespace gmd::rules
