// SPDX-License-Identifier: MIT
// GMD303: the whole source (`COPY . .`, or a folder holding go.mod and the code) is copied before
// the first go command that downloads modules, with no download step before it. Any source change
// invalidates that layer, so the next RUN downloads every module again. The cache-friendly order
// is COPY go.mod go.sum ./ -> RUN go mod download -> COPY . . -> RUN go build. A cache mount on the
// module cache keeps the modules across rebuilds, so the RUN then costs little: not reported.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/dockerutil.h"
#include "common/secrets.h"

#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class CopyAllBeforeDownload final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD303"_s, u"copy-all-before-download"_s, u"Dockerfile"_s,
            u"The whole source is copied before the module download"_s, Severity::Warning };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        QSet<QString> reported;
        for (const RunSite& site : reachableRuns(facts)) {
            const int i = firstDownload(site);
            if (i < 0 || moduleLookupOverridden(site) || downloadedEarlier(site)
                || cacheMountCovers(*site.run, goEnvValue(site, u"GOMODCACHE"_s)))
                continue;
            const ModuleRootAt at = moduleRootAt(site, i);
            if (at.state != ModuleRootAt::State::Found || at.viaBind || at.generated || !at.query.from.isEmpty()
                || (at.query.named && !at.query.viaWholeContext))
                continue;
            const QString key = site.df->path + u':' + at.query.location.toString();
            if (reported.contains(key))
                continue;
            reported.insert(key);
            report(site, site.run->go.at(i), at, out);
        }
    }

private:
    static void report(const RunSite& site, const GoInvocation& g, const ModuleRootAt& at, FindingSink& out)
    {
        const SourceLocation copyAt = at.query.location;
        const QStringList copyLines = instructionLines(*site.df, copyAt.line);
        const QString copyText = maskSecrets(copyLines.join(u' ').simplified());
        Finding& f = out.report(lineSubject(copyAt),
            u"'%1' at line %2 copies %3 before the first module download ('go %4' at line %5, stage %6) and "
            "no earlier step downloads the modules: every change to any source file invalidates this layer, "
            "so each build downloads all modules again."_s.arg(copyText, QString::number(copyAt.line),
                at.query.viaWholeContext ? u"the whole build context"_s : u"the module folder with all its source"_s,
                g.subcommand, QString::number(g.location.line), site.stage->label()));
        f.location = copyAt;
        f.evidence.append({ u"COPY of the source"_s, copyText, copyAt.toString() });
        f.evidence.append(runEvidence(site));

        FixHint fix;
        fix.description = u"Copy only go.mod and go.sum first and download the modules in their own layer, "
                          "which stays cached until they change; then copy the source and build:"_s;
        // The line goes where the COPY is. Its WORKDIR is the RUN's unless a WORKDIR (or a FROM)
        // lies between them; then an absolute destination is right in both places.
        bool sameWorkdir = true;
        for (const DockerNode& n : site.df->ast.nodes) {
            if (n.startLine > copyAt.line && n.startLine < site.run->location.line
                && (n.lowerKeyword == u"workdir"_s || n.lowerKeyword == u"from"_s))
                sameWorkdir = false;
        }
        fix.commands << moduleFilesCopyLine(*site.df, contextDirOf(at.query.contextPath),
            sameWorkdir ? site.run->workdir : QString(), at.root);
        const bool onlyDownload = site.run->goSubcommands() == QStringList { u"mod download"_s };
        const QStringList runLines = instructionLines(*site.df, site.run->location.line);
        if (onlyDownload) {
            fix.commands << runLines << copyLines;
        } else {
            fix.commands << u"RUN go mod download"_s << copyLines << runLines;
        }
        f.fix = fix;
        f.rootCauseScore = score::kHygiene;
    }
};

} // namespace

std::unique_ptr<Check> makeCopyAllBeforeDownload()
{
    return std::make_unique<CopyAllBeforeDownload>();
}

} // namespace gmd::rules
