// SPDX-License-Identifier: MIT
// GMD305: `go build`, `go test` or `go install` without a cache mount on the build cache (the
// RUN's effective GOCACHE: /root/.cache/go-build for root). Every rebuild of the layer compiles
// every package, dependencies included, from scratch. For a non-root USER the mount needs uid=
// (cache mounts are created as root with mode 0755, spec dockerfile.md B4.4).
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/dockerutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NoBuildCacheMount final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD305"_s, u"no-build-cache-mount"_s, u"Dockerfile"_s,
            u"go build runs without a cache mount on GOCACHE"_s, Severity::Info };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        static const QStringList compiling = { u"build"_s, u"test"_s, u"install"_s };
        for (const RunSite& site : reachableRuns(facts)) {
            for (const GoInvocation& g : site.run->go) {
                if (!compiling.contains(g.subcommand))
                    continue;
                const QString gocache = goEnvValue(site, u"GOCACHE"_s);
                if (!gocache.startsWith(u'/') || cacheMountCovers(*site.run, gocache))
                    break;
                report(site, g, gocache, out);
                break;
            }
        }
    }

private:
    static void report(const RunSite& site, const GoInvocation& g, const QString& gocache, FindingSink& out)
    {
        QString message = u"'go %1' at line %2 (stage %3) compiles without a cache mount on its build cache "
                          "%4: whenever this layer is rebuilt, every package, dependencies included, is "
                          "compiled from scratch."_s.arg(g.subcommand, QString::number(g.location.line),
                              site.stage->label(), gocache);
        if (!site.run->cacheMounts().isEmpty())
            message += u" The RUN has cache mounts, but none covers GOCACHE."_s;
        Finding& f = out.report(lineSubject(site.run->location), message);
        f.location = site.run->location;
        f.evidence.append(runEvidence(site));
        if (site.context)
            f.evidence.append(evidenceFor(site.context->env.get(u"GOCACHE"_s)));
        FixHint fix;
        QString flag = u"--mount=type=cache,target="_s + gocache;
        fix.description = u"Keep the build cache in a BuildKit cache mount:"_s;
        if (!site.before->isRoot()) {
            flag += u",uid=<uid of "_s + site.before->user.section(u':', 0, 0) + u'>';
            fix.description = u"Keep the build cache in a BuildKit cache mount owned by the build user (cache "
                              "mounts are created as root with mode 0755):"_s;
        }
        fix.commands << withRunFlag(*site.df, *site.run, flag);
        f.fix = fix;
        f.rootCauseScore = score::kHygiene;
    }
};

} // namespace

std::unique_ptr<Check> makeNoBuildCacheMount()
{
    return std::make_unique<NoBuildCacheMount>();
}

} // namespace gmd::rules
