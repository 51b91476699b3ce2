// SPDX-License-Identifier: MIT
// GMD400: the ignore file removes something the build needs (spec dockerignore.md 5, 6, 8):
//  * a COPY/ADD whose source exists in the context but copies nothing because every named path
//    is excluded ("COPY go.sum ./ copies nothing: .dockerignore line 3 '*.sum' excludes go.sum");
//    BuildKit then fails the COPY with "failed to compute cache key: ... not found";
//  * go.mod or go.sum that a folder COPY (`COPY . .`) would bring next to the go command, removed
//    by a line: the go command fails ("go.mod file not found", "missing go.sum entry").
// Unlike BuildKit's CopyIgnoredFile this also runs when the file has `!` exceptions and follows
// folder copies. Only stages the target needs.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/dockerutil.h"

#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class DockerignoreExcludesNeeded final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD400"_s, u"dockerignore-excludes-needed"_s, u"Build context"_s,
            u"The ignore file excludes files the build needs"_s, Severity::Error };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        QSet<QString> reported;
        for (const DockerfileFacts& df : facts.dockerfiles) {
            if (!df.contextScanned)
                continue;
            for (const CopySourceFact& c : df.copySources) {
                if (c.stage < 0 || c.stage >= df.analysis.stages.size() || !df.analysis.stages.at(c.stage).reachable)
                    continue;
                if (!c.result.copiesNothing() || c.result.excludedBy.isEmpty())
                    continue;
                bool exists = false;
                for (const CopyEvidence& e : c.result.excludedBy)
                    exists = exists || (e.existsInContext && e.patternIndex >= 0);
                if (!exists)
                    continue;
                // The build stops at this COPY: later RUNs missing the same file say nothing new.
                for (const CopyEvidence& e : c.result.excludedBy)
                    reported.insert(df.path + u':' + e.path);
                reportCopy(df, c, out);
            }
        }
        for (const RunSite& site : reachableRuns(facts)) {
            const int i = firstDownload(*site.run);
            if (i < 0)
                continue;
            const ModuleRootAt at = moduleRootAt(site, i);
            ImagePathQuery q;
            QString file;
            if (at.state == ModuleRootAt::State::Excluded) {
                q = at.query;
                file = u"go.mod"_s;
            } else if (at.state == ModuleRootAt::State::Found && !at.generated) {
                q = pathAtSite(site, (at.root == u"/"_s ? QString() : at.root) + u"/go.sum"_s);
                file = u"go.sum"_s;
            }
            if (!q.excludedByIgnoreFile)
                continue;
            const QString key = site.df->path + u':' + q.contextPath;
            if (reported.contains(key))
                continue;
            reported.insert(key);
            reportModuleFile(site, file, q, out);
        }
    }

private:
    static QString instruction(const DockerfileFacts& df, int line)
    {
        return instructionLines(df, line).join(u' ').simplified();
    }

    static void reportCopy(const DockerfileFacts& df, const CopySourceFact& c, FindingSink& out)
    {
        QStringList why;
        QStringList fixes;
        for (const CopyEvidence& e : c.result.excludedBy) {
            if (!e.existsInContext || e.patternIndex < 0)
                continue;
            why << e.text;
            if (!fixes.contains(u'!' + e.path))
                fixes << u'!' + e.path;
        }
        Finding& f = out.report(lineSubject(c.location),
            u"'%1' at line %2 copies nothing from %3: %4. BuildKit fails the step with 'failed to compute cache "
            "key: ... \"/%5\": not found'."_s.arg(instruction(df, c.location.line), QString::number(c.location.line),
                c.source, why.join(u"; "_s), c.result.cleaned));
        f.location = c.location;
        for (const CopyEvidence& e : c.result.excludedBy) {
            if (e.existsInContext && e.patternIndex >= 0)
                f.evidence.append({ e.path, e.text, u"%1:%2"_s.arg(df.matcher.fileName()).arg(e.line) });
        }
        f.fix = FixHint { u"Remove or narrow the ignore-file line, or re-include the file with an exception at "
                          "the end of %1:"_s.arg(df.matcher.fileName()),
            fixes };
        f.rootCauseScore = score::kBlocksAllDownloads;
    }

    static void reportModuleFile(const RunSite& site, const QString& file, const ImagePathQuery& q, FindingSink& out)
    {
        const PatternMatcher& matcher = site.df->matcher;
        const MatchOutcome m = matcher.matchesOrParentMatches(q.contextPath, BadPatternMode::TreatAsMiss);
        const QString consequence = file == u"go.mod"_s
            ? u"go stops with 'go: go.mod file not found in current directory or any parent directory'"_s
            : u"go has no checksums: it asks the checksum database for every module and later fails with "
              "'missing go.sum entry'"_s;
        Finding& f = out.report(lineSubject(q.location),
            u"'%1' at line %2 would bring %3 into the image, but %4. At line %5 (stage %6) %7."_s.arg(
                instruction(*site.df, q.location.line), QString::number(q.location.line), q.contextPath,
                matcher.describe(m, q.contextPath), QString::number(site.run->location.line), site.stage->label(),
                consequence));
        f.location = q.location;
        f.evidence.append({ q.contextPath, matcher.describe(m, q.contextPath),
            m.patternIndex >= 0 ? u"%1:%2"_s.arg(matcher.fileName()).arg(matcher.line(m.patternIndex))
                                : matcher.fileName() });
        f.evidence.append(runEvidence(site));
        f.fix = FixHint { u"Remove or narrow the ignore-file line, or re-include the file with an exception at "
                          "the end of %1:"_s.arg(matcher.fileName()),
            { u'!' + q.contextPath } };
        f.rootCauseScore = score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeDockerignoreExcludesNeeded()
{
    return std::make_unique<DockerignoreExcludesNeeded>();
}

} // namespace gmd::rules
