// SPDX-License-Identifier: MIT
// GMD306: requirements that are private (GOPRIVATE/GONOPROXY match in the RUN's environment, or a
// host that is not a well-known public one) are fetched directly from their repositories in a RUN
// that has no credentials: no `--mount=type=ssh`, no `--mount=type=secret`, no ~/.netrc bind and
// no other credential set up by the Dockerfile. git then fails with "could not read Username" or
// "Permission denied (publickey)" (H5, H7). Only the first download of a stage chain counts,
// unless the modules it fetched stayed in a cache mount this RUN does not share.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/credentialutil.h"
#include "checks/rules/docker/dockerutil.h"
#include "checks/rules/private/privateutil.h"
#include "goenv/modulepath.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

/// True when an earlier download left the modules where this RUN finds them: in a layer (no
/// cache mount there), or in a cache mount this RUN mounts too.
bool modulesAlreadyThere(const RunSite& site)
{
    const QString modcache = goEnvValue(site, u"GOMODCACHE"_s);
    for (const RunInfo* r : earlierRuns(site)) {
        if (firstDownload(*r) < 0)
            continue;
        if (!cacheMountCovers(*r, modcache) || cacheMountCovers(*site.run, modcache))
            return true;
    }
    return false;
}

class PrivateModulesWithoutCredentials final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD306"_s, u"private-modules-without-credentials"_s, u"Dockerfile"_s,
            u"Private modules are downloaded without credentials"_s, Severity::Warning };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        for (const RunSite& site : reachableRuns(facts)) {
            const int i = firstDownload(site);
            if (i < 0 || !site.context || moduleLookupOverridden(site))
                continue;
            if (modulesAlreadyThere(site) || buildHasGitCredentials(site))
                continue;
            // Only the project's own go.mod is known; a module elsewhere in the context is not read.
            const ModuleRootAt at = moduleRootAt(site, i);
            if (at.state != ModuleRootAt::State::Found || at.generated || at.query.contextPath != u"go.mod"_s)
                continue;
            QList<ModuleRoute> privateRoutes;
            for (const ModuleRoute& r : routesFor(*site.context, facts)) {
                if (r.configError.isEmpty() && r.usesDirect() && (r.goprivate || r.noProxy || looksPrivate(r.module)))
                    privateRoutes.append(r);
            }
            if (!privateRoutes.isEmpty())
                report(site, site.run->go.at(i), privateRoutes, facts, out);
        }
    }

private:
    static void report(const RunSite& site, const GoInvocation& g, const QList<ModuleRoute>& routes,
        const Facts& facts, FindingSink& out)
    {
        QStringList items;
        QStringList hosts;
        bool allCovered = true;
        for (const ModuleRoute& r : routes) {
            items << u"%1 (%2)"_s.arg(r.module,
                r.goprivate || r.noProxy ? u"GOPRIVATE/GONOPROXY match"_s : u"not a public host"_s);
            allCovered = allCovered && (r.goprivate || r.noProxy);
            const QString host = modulePathHost(r.module);
            if (!hosts.contains(host))
                hosts << host;
        }
        Finding& f = out.report(lineSubject(site.run->location),
            u"'go %1' at line %2 (stage %3) fetches private modules directly from their repositories: %4. The "
            "RUN has neither --mount=type=ssh nor --mount=type=secret, and the Dockerfile sets up no other git "
            "credentials (~/.netrc, a credential helper, GOAUTH), so git cannot authenticate: the download "
            "fails with 'could not read Username for https://%5: terminal prompts disabled' or 'Permission "
            "denied (publickey)' (H5, H7)."_s.arg(g.subcommand, QString::number(g.location.line),
                site.stage->label(), items.join(u", "_s), hosts.constFirst()));
        f.location = site.run->location;
        f.evidence.append(runEvidence(site));
        f.evidence.append(evidenceFor(site.context->env.get(u"GOPRIVATE"_s)));
        for (const ModuleRoute& r : routes) {
            const std::optional<SourceLocation> at = requirementLocation(facts, r.module);
            f.evidence.append({ r.module + u" (route)"_s, r.summary(),
                at ? at->toString() : u"go.mod"_s });
        }
        FixHint fix;
        fix.description = u"Give this RUN credentials that stay out of the image: forward your ssh agent "
                          "(docker build --ssh default) and make git use ssh for the private hosts, with their "
                          "host keys known (the image needs git and an ssh client). Or mount a .netrc as a "
                          "secret: RUN --mount=type=secret,id=netrc,target=/root/.netrc ... with docker build "
                          "--secret id=netrc,src=$HOME/.netrc."_s;
        if (!allCovered) {
            const EnvValue priv = site.context->env.get(u"GOPRIVATE"_s);
            fix.commands << u"ENV GOPRIVATE="_s + mergePatterns(priv.value, hosts);
        }
        QStringList setup { u"mkdir -p -m 0700 ~/.ssh"_s };
        for (const QString& h : std::as_const(hosts)) {
            setup << u"ssh-keyscan %1 >> ~/.ssh/known_hosts"_s.arg(h);
            setup << u"git config --global url.\"git@%1:\".insteadOf \"https://%1/\""_s.arg(h);
        }
        fix.commands << u"RUN "_s + setup.join(u" && "_s);
        fix.commands << withRunFlag(*site.df, *site.run, u"--mount=type=ssh"_s);
        f.fix = fix;
        f.rootCauseScore = score::kBreaksSome;
    }
};

} // namespace

std::unique_ptr<Check> makePrivateModulesWithoutCredentials()
{
    return std::make_unique<PrivateModulesWithoutCredentials>();
}

} // namespace gmd::rules
