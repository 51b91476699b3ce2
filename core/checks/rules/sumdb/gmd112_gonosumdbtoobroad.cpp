// SPDX-License-Identifier: MIT
// GMD112: GONOSUMDB (its own value, or GOPRIVATE's by default, ENV-7) has globs that match public
// modules: "*", "github.com", "*.com", "golang.org/x"... Those modules are then never checked
// against the checksum database (SUMDB-1). A glob counts as too broad when it matches a path of a
// fixed sample of well-known public modules, or covers a whole well-known public host on which the
// project has requirements. Narrow globs such as github.com/acme are fine.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/private/privateutil.h"
#include "common/secrets.h"
#include "goenv/gosumdb.h"
#include "goenv/modulepath.h"
#include "goenv/prefixpatterns.h"

#include <QMap>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GonosumdbTooBroad final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD112"_s, u"gonosumdb-too-broad"_s, u"Checksum database"_s,
            u"GONOSUMDB exempts public modules from verification"_s, Severity::Warning };
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GONOSUMDB"_s);
        if (v.value.isEmpty() || parseGoSumDb(ctx.env.value(u"GOSUMDB"_s)).off)
            return; // with GOSUMDB=off nothing is verified anyway (GMD110)
        QStringList publicReqs;
        QStringList privateReqs;
        if (facts.project.goMod) {
            for (const ModRequire& req : facts.project.goMod->requirements) {
                if (isWellKnownPublicHost(modulePathHost(req.path)))
                    publicReqs << req.path;
                else if (looksPrivate(req.path))
                    privateReqs << req.path;
            }
        }
        // glob -> the public paths it matches, in list order.
        QList<QPair<QString, QStringList>> broad;
        QStringList kept;
        for (const QString& glob : v.value.split(u',', Qt::SkipEmptyParts)) {
            QStringList hits = publicSampleMatches(glob);
            const bool sampleHit = !hits.isEmpty();
            QString g = glob;
            if (g.endsWith(u'/'))
                g.chop(1);
            for (const QString& path : publicReqs) {
                // A glob without '/' that matches a public requirement covers its whole host.
                if (matchPrefixPatterns(glob, path) && (sampleHit || !g.contains(u'/')) && !hits.contains(path))
                    hits << path;
            }
            if (hits.isEmpty())
                kept << glob;
            else
                broad.append({ glob, hits });
        }
        if (broad.isEmpty())
            return;
        report(ctx, v, broad, kept, privateReqs, out);
    }

private:
    static void report(const EnvContext& ctx, const EnvValue& v, const QList<QPair<QString, QStringList>>& broad,
        const QStringList& kept, const QStringList& privateReqs, FindingSink& out)
    {
        const bool derived = v.source == EnvSource::Derived;
        const EnvValue owner = derived ? ctx.env.get(v.derivedFrom) : v;
        QStringList parts;
        for (const auto& [glob, paths] : broad)
            parts << u"'%1' matches %2"_s.arg(maskSecrets(glob), paths.join(u", "_s));
        QString message = u"GONOSUMDB%1 exempts public modules from the checksum database: %2. Their checksums are "
                          "never checked against sum.golang.org, so a tampered or substituted version goes "
                          "unnoticed (SUMDB-1)."_s.arg(
                              derived ? u" (which defaults to GOPRIVATE)"_s : QString(), parts.join(u"; "_s));
        if (derived && ctx.env.get(u"GONOPROXY"_s).source == EnvSource::Derived)
            message += u" GONOPROXY defaults to GOPRIVATE as well, so these modules also bypass the proxy and are "
                       "fetched directly from their origin."_s;
        Finding& f = out.report(owner.name, message);
        describeValue(f, owner);
        if (derived)
            f.evidence.append(evidenceFor(v));

        // Narrower list: the globs that match no public module, plus the hosts of private-looking requirements.
        QStringList hosts;
        for (const QString& path : privateReqs) {
            if (!matchPrefixPatterns(kept.join(u','), path))
                hosts << modulePathHost(path);
        }
        const QString narrowed = mergePatterns(kept.join(u','), hosts);
        const QString description =
            u"List only private paths, for example git.corp.example or github.com/<your-org> rather than a whole "
            "public host."_s;
        // Organisations (first two path elements) of the project's public-host requirements the globs cover.
        QStringList orgs;
        for (const auto& [glob, paths] : broad) {
            for (const QString& p : paths) {
                const QString org = p.section(u'/', 0, 1);
                if (!publicModuleSample().contains(p) && !orgs.contains(org))
                    orgs << org;
            }
        }
        if (!orgs.isEmpty()) {
            // Which organisations on a public host are private cannot be told from go.mod.
            f.fix = FixHint { description
                    + u" Replace the broad globs with the organisations whose repositories are really private "
                      "(this project requires modules of %1)."_s.arg(orgs.join(u", "_s)),
                {} };
        } else if (narrowed.isEmpty()) {
            f.fix = fixUnsetVariable(ctx, owner, description + u" Nothing in this project needs the exemption."_s);
        } else {
            f.fix = fixSetVariable(ctx, owner, narrowed, description);
        }
        f.rootCauseScore = score::kSecurity;
    }
};

} // namespace

std::unique_ptr<Check> makeGonosumdbTooBroad()
{
    return std::make_unique<GonosumdbTooBroad>();
}

} // namespace gmd::rules
