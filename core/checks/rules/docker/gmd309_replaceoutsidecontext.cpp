// SPDX-License-Identifier: MIT
// GMD309: a go.mod `replace ... => <local path>` whose folder the build does not have: a relative
// path that climbs out of the build context (the client never sends it), or a folder no COPY or
// bind mount brings into the image before the go command. cmd/go reads the replacement's go.mod
// while loading the module graph and stops with "reading ../lib/go.mod: open ...: no such file or
// directory". Only replacements of required modules count; only the project's go.mod is known.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/dockerutil.h"
#include "context/gopath.h"

#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

bool isRequired(const GoModFile& mod, const QString& path)
{
    for (const ModRequire& r : mod.requirements) {
        if (r.path == path)
            return true;
    }
    return false;
}

class ReplaceOutsideContext final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD309"_s, u"replace-outside-context"_s, u"Dockerfile"_s,
            u"A local replace points outside the build context or is not copied"_s, Severity::Error };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        if (!facts.project.goMod)
            return;
        const GoModFile& mod = *facts.project.goMod;
        QSet<QString> reported;
        for (const RunSite& site : reachableRuns(facts)) {
            if (!site.run->invokesGo() || moduleLookupOverridden(site))
                continue;
            int i = 0;
            while (i < site.run->go.size() && !needsMainModule(site.run->go.at(i)))
                ++i;
            if (i >= site.run->go.size())
                continue;
            const ModuleRootAt at = moduleRootAt(site, i);
            if (at.state != ModuleRootAt::State::Found || at.generated || at.query.contextPath != u"go.mod"_s)
                continue;
            for (const ModReplace& r : mod.replaces) {
                if (!r.localPath || !isRequired(mod, r.oldPath))
                    continue;
                const bool absolute = r.newPath.startsWith(u'/');
                const QString contextTarget = absolute ? QString() : gopath::clean(r.newPath);
                const bool outside = !absolute && (contextTarget == u".."_s || contextTarget.startsWith(u"../"_s));
                const QString imageDir = absolute ? gopath::clean(r.newPath)
                                                  : gopath::clean(QString(at.root + u'/' + r.newPath));
                ImagePathQuery q;
                if (!outside) {
                    q = pathAtSite(site, imageDir + u"/go.mod"_s);
                    if (q.copied)
                        continue;
                }
                const QString key = site.df->path + u':' + QString::number(r.location.line) + u':'
                    + QString::number(site.stage->index);
                if (reported.contains(key))
                    continue;
                reported.insert(key);
                report(site, site.run->go.at(i), r, outside, contextTarget, imageDir, q, out);
            }
        }
    }

private:
    static void report(const RunSite& site, const GoInvocation& g, const ModReplace& r, bool outside,
        const QString& contextTarget, const QString& imageDir, const ImagePathQuery& q, FindingSink& out)
    {
        const QString replace = u"go.mod line %1 replaces %2 with %3"_s.arg(QString::number(r.location.line),
            r.oldPath, r.newPath);
        QString why;
        if (outside)
            why = u"which is outside the build context %1: docker cannot send it, so no COPY can bring it in"_s.arg(
                site.df->contextDir);
        else if (q.excludedByIgnoreFile)
            why = u"and the ignore file removes %1 from the build context"_s.arg(q.contextPath);
        else
            why = u"but nothing copies %1 to %2 before the go command"_s.arg(contextTarget.isEmpty() ? r.newPath
                                                                                              : contextTarget,
                imageDir);
        Finding& f = out.report(lineSubject(site.run->location),
            u"%1, %2. 'go %3' at line %4 (stage %5) reads the replacement's go.mod and stops with 'reading "
            "%6/go.mod: open %7/go.mod: no such file or directory'."_s.arg(replace, why, g.subcommand,
                QString::number(g.location.line), site.stage->label(), r.newPath, imageDir));
        f.location = site.run->location;
        f.evidence.append({ u"replace"_s, u"%1 => %2"_s.arg(r.oldPath, r.newPath), r.location.toString() });
        f.evidence.append(runEvidence(site));
        FixHint fix;
        if (outside) {
            fix.description = u"Build from a folder that holds both modules (docker build -f <this Dockerfile> "
                              "<common parent>) and copy both, or publish the replaced module and require a "
                              "version, or vendor it (go mod vendor)."_s;
        } else {
            fix.description = u"Copy the replaced module to where go.mod points, before the go command:"_s;
            fix.commands << u"COPY %1/ %2/"_s.arg(contextTarget.isEmpty() ? r.newPath : contextTarget, imageDir);
        }
        f.fix = fix;
        f.rootCauseScore = score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeReplaceOutsideContext()
{
    return std::make_unique<ReplaceOutsideContext>();
}

} // namespace gmd::rules
