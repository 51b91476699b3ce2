// SPDX-License-Identifier: MIT
// GMD304: the first module download of a stage has nothing that keeps the modules between builds:
// no layer holding only go.mod/go.sum before it (the source arrives with it, e.g. through a bind
// mount of the whole context) and no `--mount=type=cache` on the module cache (GOMODCACHE, usually
// /go/pkg/mod). Every source change then downloads every module again. A `COPY . .` before the
// download is GMD303's (its fix also fixes this); generated go.mod files and other stages' folders
// are left alone.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/dockerutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NoModuleCacheReuse final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD304"_s, u"no-module-cache-reuse"_s, u"Dockerfile"_s,
            u"Downloaded modules are not reused between builds"_s, Severity::Info };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        for (const RunSite& site : reachableRuns(facts)) {
            const int i = firstDownload(site);
            if (i < 0 || moduleLookupOverridden(site) || downloadedEarlier(site))
                continue;
            const QString modcache = goEnvValue(site, u"GOMODCACHE"_s);
            if (modcache.isEmpty() || cacheMountCovers(*site.run, modcache))
                continue;
            const ModuleRootAt at = moduleRootAt(site, i);
            // Only the source arriving through a bind mount of a folder: a COPY is GMD303's.
            if (at.state != ModuleRootAt::State::Found || !at.viaBind || at.query.named || !at.query.from.isEmpty())
                continue;
            report(site, site.run->go.at(i), modcache, out);
        }
    }

private:
    static void report(const RunSite& site, const GoInvocation& g, const QString& modcache, FindingSink& out)
    {
        Finding& f = out.report(lineSubject(site.run->location),
            u"'go %1' at line %2 (stage %3) downloads modules with the source bound into the RUN and no cache "
            "mount on the module cache %4: the RUN is re-executed whenever any source file changes, and "
            "nothing keeps the modules it downloaded, so every build downloads all of them again."_s.arg(
                g.subcommand, QString::number(g.location.line), site.stage->label(), modcache));
        f.location = site.run->location;
        f.evidence.append(runEvidence(site));
        if (site.context)
            f.evidence.append(evidenceFor(site.context->env.get(u"GOMODCACHE"_s)));
        FixHint fix;
        fix.description = u"Keep the module cache in a BuildKit cache mount (or download in an earlier RUN that "
                          "binds only go.mod and go.sum):"_s;
        fix.commands << withRunFlag(*site.df, *site.run, u"--mount=type=cache,target="_s + modcache);
        f.fix = fix;
        f.rootCauseScore = score::kHygiene;
    }
};

} // namespace

std::unique_ptr<Check> makeNoModuleCacheReuse()
{
    return std::make_unique<NoModuleCacheReuse>();
}

} // namespace gmd::rules
