// SPDX-License-Identifier: MIT
// GMD301: go.mod reaches the image but go.sum does not, although the build context has a go.sum
// next to that go.mod. The download then has no checksums to compare with: go asks the checksum
// database for every module (H4: slow, and fatal where sum.golang.org is blocked or the modules
// are private), and later commands stop with "missing go.sum entry for module providing package".
// Reported once per COPY that brought go.mod, at that line (the line to change). A COPY that would
// bring go.sum but the ignore file removes it is GMD400's.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/dockerutil.h"
#include "common/secrets.h"

#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GosumNotCopied final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD301"_s, u"gosum-not-copied"_s, u"Dockerfile"_s,
            u"go.mod is copied without go.sum before the download"_s, Severity::Warning };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        QSet<QString> reported;
        for (const RunSite& site : reachableRuns(facts)) {
            if (!site.run->invokesGo() || moduleLookupOverridden(site))
                continue;
            for (int i = 0; i < site.run->go.size(); ++i) {
                const GoInvocation& g = site.run->go.at(i);
                if (g.subcommand == u"mod tidy"_s || g.subcommand == u"mod init"_s)
                    break; // tidy writes go.sum itself
                if (!g.mayDownloadModules() || !needsMainModule(g))
                    continue;
                const ModuleRootAt at = moduleRootAt(site, i);
                if (at.state != ModuleRootAt::State::Found || at.generated || !at.query.from.isEmpty())
                    break;
                const QString sumPath = at.root == u"/"_s ? u"/go.sum"_s : at.root + u"/go.sum"_s;
                const ImagePathQuery sum = pathAtSite(site, sumPath);
                if (sum.copied || sum.excludedByIgnoreFile)
                    break; // a COPY that names it but the ignore file removes it is GMD400's
                const QString contextDir = contextDirOf(at.query.contextPath);
                const QString contextSum = contextDir.isEmpty() ? u"go.sum"_s : contextDir + u"/go.sum"_s;
                if (!hasGoSum(facts, *site.df, contextSum))
                    break;
                const QString key = site.df->path + u':' + at.query.location.toString() + u':' + at.root;
                if (!reported.contains(key)) {
                    reported.insert(key);
                    report(site, g, at, contextDir, contextSum, out);
                }
                break;
            }
        }
    }

private:
    static bool hasGoSum(const Facts& facts, const DockerfileFacts& df, const QString& contextSum)
    {
        if (!df.contextScanned)
            return contextSum == u"go.sum"_s && facts.project.goSum && !facts.project.goSum->lines.isEmpty();
        const int i = df.context.index.find(contextSum);
        return i >= 0 && df.context.index.at(i).type == EntryType::File && df.context.index.at(i).size > 0;
    }

    static void report(const RunSite& site, const GoInvocation& g, const ModuleRootAt& at, const QString& contextDir,
        const QString& contextSum, FindingSink& out)
    {
        const SourceLocation copyAt = at.query.location.isValid() ? at.query.location : site.run->location;
        const MatchOutcome excluded = site.df->matcher.matchesOrParentMatches(contextSum, BadPatternMode::TreatAsMiss);
        QString message = u"go.mod reaches %1 (line %2) without go.sum, although the build context has %3"_s.arg(
            at.root, QString::number(copyAt.line), contextSum);
        if (excluded.excluded)
            message += u" (%1, so no COPY can send it)"_s.arg(site.df->matcher.describe(excluded, contextSum));
        message += u". 'go %1' at line %2 then has no checksums: it asks the checksum database for every module "
                   "(H4: slow, and it fails where sum.golang.org is blocked or the modules are private), and "
                   "later commands stop with 'missing go.sum entry for module providing package'."_s.arg(
                       g.subcommand, QString::number(g.location.line));
        Finding& f = out.report(lineSubject(copyAt), message);
        f.location = copyAt;
        f.evidence.append({ u"COPY of go.mod"_s, maskSecrets(instructionLines(*site.df, copyAt.line).join(u' ')),
            copyAt.toString() });
        f.evidence.append(runEvidence(site));
        FixHint fix;
        fix.description = excluded.excluded
            ? u"Let the ignore file send go.sum (remove or narrow the line, or add '!%1'), then copy it with "
              "go.mod:"_s.arg(contextSum)
            : u"Copy go.sum together with go.mod:"_s;
        fix.commands << moduleFilesCopyLine(*site.df, contextDir, site.run->workdir, at.root);
        f.fix = fix;
        f.rootCauseScore = score::kBreaksSome;
    }
};

} // namespace

std::unique_ptr<Check> makeGosumNotCopied()
{
    return std::make_unique<GosumNotCopied>();
}

} // namespace gmd::rules
