// SPDX-License-Identifier: MIT
// GMD302: go.mod is in the image, but in another folder than the one the go command runs in (and
// not in a parent of it): `COPY go.mod /src/` then `WORKDIR /app` + `RUN go mod download`. cmd/go
// looks in the working directory and its parents only, so it stops with "go: go.mod file not
// found in current directory or any parent directory". GMD300 reports the case without any go.mod.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/dockerutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GomodOtherDir final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD302"_s, u"gomod-other-dir"_s, u"Dockerfile"_s,
            u"go.mod is copied to another folder than the go command runs in"_s, Severity::Error };
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
                if (at.state != ModuleRootAt::State::Missing || !workspaceFileAt(site, at.directory).isEmpty())
                    continue;
                const QList<ImageGoMod> mods = goModsInImage(site);
                if (mods.isEmpty())
                    continue;
                report(site, g, at, mods, out);
                break;
            }
        }
    }

private:
    static void report(const RunSite& site, const GoInvocation& g, const ModuleRootAt& at,
        const QList<ImageGoMod>& mods, FindingSink& out)
    {
        QStringList where;
        for (qsizetype i = 0; i < mods.size() && i < 3; ++i)
            where << u"%1 (line %2)"_s.arg(mods.at(i).path).arg(mods.at(i).location.line);
        if (mods.size() > 3)
            where << u"%1 more"_s.arg(mods.size() - 3);
        const QString moduleDir = mods.constFirst().path.chopped(QStringLiteral("/go.mod").size());
        const QString dir = moduleDir.isEmpty() ? u"/"_s : moduleDir;
        Finding& f = out.report(lineSubject(site.run->location),
            u"'go %1' at line %2 runs in %3 (stage %4), but go.mod was copied to %5: the go command looks "
            "for go.mod only in its working directory and the parents, so the build stops with 'go: go.mod "
            "file not found in current directory or any parent directory'."_s.arg(g.subcommand)
                .arg(g.location.line)
                .arg(at.directory, site.stage->label(), where.join(u", "_s)));
        f.location = site.run->location;
        f.evidence.append(runEvidence(site));
        for (qsizetype i = 0; i < mods.size() && i < 3; ++i)
            f.evidence.append({ u"go.mod in the image"_s, mods.at(i).path, mods.at(i).location.toString() });
        FixHint fix;
        fix.description = u"Run the go command where go.mod is: set the WORKDIR to the module folder before "
                          "the RUN (or copy go.mod into %1 instead):"_s.arg(at.directory);
        fix.commands << u"WORKDIR "_s + dir;
        fix.commands << instructionLines(*site.df, site.run->location.line);
        f.fix = fix;
        f.rootCauseScore = score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeGomodOtherDir()
{
    return std::make_unique<GomodOtherDir>();
}

} // namespace gmd::rules
