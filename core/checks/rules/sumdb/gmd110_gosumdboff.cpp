// SPDX-License-Identifier: MIT
// GMD110: GOSUMDB=off. Modules missing from go.sum are no longer checked against the checksum
// database (SUMDB-1), and toolchain downloads, which always need it, fail with "verifying
// module: checksum database disabled by GOSUMDB=off" (H9). Often set to get private modules
// past the database, which GOPRIVATE/GONOSUMDB do without giving up verification (H5).
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/private/privateutil.h"
#include "goenv/gosumdb.h"
#include "goenv/modulepath.h"
#include "goenv/prefixpatterns.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GosumdbOff final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD110"_s, u"gosumdb-off"_s, u"Checksum database"_s,
            u"GOSUMDB=off turns off checksum verification"_s, Severity::Warning };
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOSUMDB"_s);
        if (!parseGoSumDb(v.value).off)
            return;
        const QStringList hosts = uncoveredPrivateHosts(ctx, facts);
        QString message = u"GOSUMDB=off: modules whose lines are missing from go.sum are downloaded without being "
                          "checked against the checksum database, so a tampered or substituted version goes "
                          "unnoticed (SUMDB-1). Toolchain downloads always need the database and fail with "
                          "'verifying module: checksum database disabled by GOSUMDB=off' (H9)."_s;
        if (!hosts.isEmpty())
            message +=
                u" This project has requirements that look private (%1); GOPRIVATE keeps those away from "
                "the database without turning verification off for everything else (H5)."_s.arg(hosts.join(u", "_s));
        Finding& f = out.report(u"GOSUMDB"_s, message);
        describeValue(f, v);
        for (const EnvValue& h : v.hidden)
            f.evidence.append(evidenceFor(h));

        const QString description =
            u"Turn verification back on. If sum.golang.org cannot be reached from here (common in mainland China), "
            "use GOSUMDB=sum.golang.google.cn (same key) or a GOPROXY that proxies the database instead of off "
            "(H4)."_s;
        FixHint fix = restoresDefault(v) ? fixUnsetVariable(ctx, v, description)
                                         : fixSetVariable(ctx, v, u"sum.golang.org"_s, description);
        if (!hosts.isEmpty()) {
            const EnvValue priv = ctx.env.get(u"GOPRIVATE"_s);
            const FixHint privFix = fixSetVariable(ctx, priv, mergePatterns(priv.value, hosts), QString());
            appendFixSentence(fix, u"Then exempt the private requirements:"_s);
            fix.commands += privFix.commands;
        }
        f.fix = fix;
        f.rootCauseScore = score::kSecurity;
    }

private:
    /// True when removing the setting leaves a usable database: the value right below it (an empty
    /// file key masks go.env, ENV-3) is valid and not off.
    static bool restoresDefault(const EnvValue& v)
    {
        if (v.source != EnvSource::OsEnvironment && v.source != EnvSource::UserEnvFile)
            return false;
        if (v.hidden.isEmpty() || v.hidden.first().value.isEmpty())
            return false;
        const SumDbConfig next = parseGoSumDb(v.hidden.first().value);
        return next.isValid() && !next.off;
    }

    /// Hosts of go.mod requirements that look private and that GONOSUMDB does not cover.
    static QStringList uncoveredPrivateHosts(const EnvContext& ctx, const Facts& facts)
    {
        QStringList hosts;
        if (!facts.project.goMod)
            return hosts;
        const QString gonosumdb = ctx.env.value(u"GONOSUMDB"_s);
        for (const ModRequire& req : facts.project.goMod->requirements) {
            if (!looksPrivate(req.path) || matchPrefixPatterns(gonosumdb, req.path))
                continue;
            const QString host = modulePathHost(req.path);
            if (!hosts.contains(host))
                hosts << host;
        }
        return hosts;
    }
};

} // namespace

std::unique_ptr<Check> makeGosumdbOff()
{
    return std::make_unique<GosumdbOff>();
}

} // namespace gmd::rules
