// SPDX-License-Identifier: MIT
// GMD300: a go command that needs the main module runs in a RUN whose working directory has no
// go.mod at that point of the stage, neither in it nor in a parent folder: nothing copied, bound
// or created one (`go mod init` counts). cmd/go stops with "go: go.mod file not found in current
// directory or any parent directory". Only stages the target needs run (spec dockerfile.md G5).
// When a go.mod is in the image elsewhere, GMD302 reports it; when the ignore file removed it,
// GMD400 does; when a RUN may have made one (git clone, an archive), nothing is said.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/dockerutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class DownloadBeforeGomod final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD300"_s, u"download-before-gomod"_s, u"Dockerfile"_s,
            u"A go command runs before go.mod is in the image"_s, Severity::Error };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        for (const RunSite& site : reachableRuns(facts)) {
            if (!site.run->invokesGo() || moduleLookupOverridden(site))
                continue;
            for (int i = 0; i < site.run->go.size(); ++i) {
                const GoInvocation& g = site.run->go.at(i);
                if (!needsMainModule(g))
                    continue;
                const ModuleRootAt at = moduleRootAt(site, i);
                if (at.state != ModuleRootAt::State::Missing || !workspaceFileAt(site, at.directory).isEmpty()
                    || !goModsInImage(site).isEmpty())
                    continue;
                report(site, g, at, out);
                break; // one finding per RUN: the first command already stops it
            }
        }
    }

private:
    static void report(const RunSite& site, const GoInvocation& g, const ModuleRootAt& at, FindingSink& out)
    {
        Finding& f = out.report(lineSubject(site.run->location),
            u"'go %1' at line %2 runs in %3 (stage %4), but at that point no go.mod is there or in a parent "
            "folder: no COPY, bind mount or 'go mod init' provides one. The build stops with 'go: go.mod file not "
            "found in current directory or any parent directory; see 'go help modules''."_s.arg(g.subcommand)
                .arg(g.location.line)
                .arg(at.directory, site.stage->label()));
        f.location = site.run->location;
        f.evidence.append(runEvidence(site));
        f.evidence.append({ u"working directory"_s, at.directory,
            g.directory == site.run->workdir ? u"WORKDIR"_s : u"cd / go -C in the RUN"_s });
        FixHint fix;
        fix.description = u"Copy the module files into the working directory before the go command (and "
                          "the rest of the source after the download, see GMD303):"_s;
        const bool rootDir = at.directory == u"/"_s;
        if (rootDir)
            fix.commands << u"WORKDIR /src"_s;
        fix.commands << moduleFilesCopyLine(*site.df, QString(), rootDir ? u"/src"_s : site.run->workdir,
            rootDir ? u"/src"_s : at.directory);
        fix.commands << instructionLines(*site.df, site.run->location.line);
        f.fix = fix;
        f.rootCauseScore = score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeDownloadBeforeGomod()
{
    return std::make_unique<DownloadBeforeGomod>();
}

} // namespace gmd::rules
