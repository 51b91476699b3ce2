// SPDX-License-Identifier: MIT
// GMD311: the build wants the vendor folder but the image does not have it (H10). With -mod=vendor
// (flag or GOFLAGS) and no vendor/modules.txt, go stops with "inconsistent vendoring" or "cannot
// find module providing package ...: import lookup disabled by -mod=vendor". Without the flag,
// vendor mode is the default when vendor/ exists (go >= 1.14): a vendor folder copied without
// modules.txt, or with files the ignore file removed, fails the same way. A vendor folder the
// build context has but the image lacks entirely only makes go download every module instead
// (reported as a warning). Only commands that build packages use vendor/ (not go mod download).
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/dockerutil.h"
#include "gocmd/goversion.h"

#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

/// The -mod value of a go command: its flag, else GOFLAGS ("" when none).
QString modFlag(const GoInvocation& g, const RunSite& site)
{
    for (const QString& a : g.args) {
        if (a.startsWith(u"-mod="_s))
            return a.mid(5);
    }
    for (const QString& f : goEnvValue(site, u"GOFLAGS"_s).split(u' ', Qt::SkipEmptyParts)) {
        if (f.startsWith(u"-mod="_s))
            return f.mid(5);
    }
    return {};
}

class VendorExcluded final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD311"_s, u"vendor-excluded"_s, u"Dockerfile"_s,
            u"The build uses vendor/ but the image does not have it"_s, Severity::Error };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        static const QStringList building = { u"build"_s, u"install"_s, u"test"_s, u"vet"_s, u"list"_s, u"run"_s };
        QSet<QString> reported;
        for (const RunSite& site : reachableRuns(facts)) {
            for (int i = 0; i < site.run->go.size(); ++i) {
                const GoInvocation& g = site.run->go.at(i);
                if (!building.contains(g.subcommand) || !needsMainModule(g) || moduleLookupOverridden(site))
                    continue;
                const QString mod = modFlag(g, site);
                if (!mod.isEmpty() && mod != u"vendor"_s)
                    break;
                const ModuleRootAt at = moduleRootAt(site, i);
                if (at.state != ModuleRootAt::State::Found || at.generated || !at.query.from.isEmpty())
                    break;
                const QString moduleDir = contextDirOf(at.query.contextPath);
                const QString vendorDir = moduleDir.isEmpty() ? u"vendor"_s : moduleDir + u"/vendor"_s;
                bool inContext = false;
                contextSends(*site.df, vendorDir + u"/modules.txt"_s, &inContext);
                if (!site.df->contextScanned)
                    inContext = moduleDir.isEmpty() && facts.project.hasVendorModulesTxt;
                if (mod.isEmpty() && (!inContext || !defaultVendorMode(facts, moduleDir)))
                    break;
                const QString key = site.df->path + u':' + QString::number(site.run->location.line);
                if (!reported.contains(key)) {
                    reported.insert(key);
                    check(site, g, at, mod == u"vendor"_s, vendorDir, out);
                }
                break;
            }
        }
    }

private:
    /// go >= 1.14 in go.mod makes vendor/ the default (only the project's go.mod is known).
    static bool defaultVendorMode(const Facts& facts, const QString& moduleDir)
    {
        if (!moduleDir.isEmpty() || !facts.project.goMod || facts.project.goMod->goVersion.isEmpty())
            return true;
        return compareGoVersions(facts.project.goMod->goVersion, u"1.14"_s) >= 0;
    }

    static void check(const RunSite& site, const GoInvocation& g, const ModuleRootAt& at, bool flag,
        const QString& vendorDir, FindingSink& out)
    {
        const QString imageVendor = (at.root == u"/"_s ? QString() : at.root) + u"/vendor"_s;
        const ImagePathQuery modules = pathAtSite(site, imageVendor + u"/modules.txt"_s);
        const ImagePathQuery folder = pathAtSite(site, imageVendor);
        const PatternMatcher& matcher = site.df->matcher;
        QString problem;
        Severity severity = Severity::Error;
        if (modules.copied) {
            // Copied, but the ignore file may have removed files below it.
            if (!site.df->contextScanned)
                return;
            for (const ContextEntry& e : site.df->context.index.entries()) {
                if (e.type == EntryType::File && !e.sent && e.path.startsWith(vendorDir + u'/')) {
                    const MatchOutcome m = matcher.matchesOrParentMatches(e.path, BadPatternMode::TreatAsMiss);
                    problem = u"vendor/ is copied, but %1: go stops with 'cannot find module providing package' "
                              "or 'inconsistent vendoring'"_s.arg(matcher.describe(m, e.path));
                    break;
                }
            }
            if (problem.isEmpty())
                return;
        } else {
            const QString modulesTxt = vendorDir + u"/modules.txt"_s;
            const MatchOutcome m = matcher.matchesOrParentMatches(modulesTxt, BadPatternMode::TreatAsMiss);
            const QString why = m.excluded ? matcher.describe(m, modulesTxt)
                                           : u"no COPY brings %1 into %2 before it"_s.arg(vendorDir, imageVendor);
            if (flag) {
                problem = u"it runs with -mod=vendor but vendor/modules.txt is not in the image (%1): go stops with "
                          "'inconsistent vendoring' or 'cannot find module providing package ...: import lookup "
                          "disabled by -mod=vendor' (H10)"_s.arg(why);
            } else if (folder.copied) {
                problem = u"vendor/ is in the image without vendor/modules.txt (%1), so the default vendor mode "
                          "(go >= 1.14) stops with 'inconsistent vendoring' (H10)"_s.arg(why);
            } else {
                problem = u"the build context vendors the modules but vendor/ is not in the image (%1): go "
                          "ignores the vendored copy and downloads every module instead, which needs the network "
                          "and credentials for private modules (H10)"_s.arg(why);
                severity = Severity::Warning;
            }
        }
        Finding& f = out.report(lineSubject(site.run->location),
            u"'go %1' at line %2 (stage %3): %4."_s.arg(g.subcommand, QString::number(g.location.line),
                site.stage->label(), problem));
        f.severity = severity;
        f.location = site.run->location;
        f.evidence.append(runEvidence(site));
        FixHint fix;
        fix.description = u"Send and copy the whole vendor folder: remove or narrow the ignore-file lines that "
                          "exclude it (or add '!%1'), and copy it before the build:"_s.arg(vendorDir);
        fix.commands << u"COPY %1/ %2/"_s.arg(vendorDir, imageVendor);
        f.fix = fix;
        f.rootCauseScore = severity == Severity::Error ? score::kBlocksAllDownloads : score::kConfusing;
    }
};

} // namespace

std::unique_ptr<Check> makeVendorExcluded()
{
    return std::make_unique<VendorExcluded>();
}

} // namespace gmd::rules
