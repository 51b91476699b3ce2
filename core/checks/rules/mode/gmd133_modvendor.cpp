// SPDX-License-Identifier: MIT
// GMD133: vendor mode (FLAGS-2, PROXY-10, H10). `-mod=vendor`, from GOFLAGS or by default when
// vendor/ exists and the go line is >= 1.14, makes builds read vendor/ and disables every module
// lookup; `go mod download` has no -mod flag and silently ignores the GOFLAGS entry (FLAGS-1), so
// downloading never repairs a build that fails in vendor mode. Without vendor/modules.txt such
// builds fail outright. A GOFLAGS value go cannot parse is GMD131's.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "gocmd/goflags.h"
#include "gocmd/goversion.h"

#include <QDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

const QString kIgnoredByDownload =
    u" go mod download ignores -mod (FLAGS-1): it fills the module cache, which vendor mode never reads, so "
    "downloading does not help such builds (H10)."_s;

class ModVendor final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD133"_s, u"mod-vendor"_s, u"Go mode and flags"_s, u"Builds run in vendor mode"_s,
            Severity::Error };
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        const ProjectFacts& p = facts.project;
        if (!p.goMod) {
            out.skip(u"no readable go.mod"_s);
            return;
        }
        if (ctx.env.value(u"GO111MODULE"_s) == u"off"_s)
            return; // GOPATH mode has its own vendor rules; GMD130 reports the mode
        const EnvValue v = ctx.env.get(u"GOFLAGS"_s);
        const GoFlags flags = parseGoFlags(v.value, ctx.goVersion);
        if (!flags.isValid())
            return;
        const bool hasRequirements = !p.goMod->requirements.isEmpty();
        const QString modulesTxt = QDir(p.dir).filePath(u"vendor/modules.txt"_s);
        const QString mod = flags.value(u"mod"_s);

        if (mod == u"vendor"_s) {
            if (!p.hasVendorModulesTxt && hasRequirements) {
                Finding& f = out.report(u"GOFLAGS"_s,
                    u"GOFLAGS sets -mod=vendor but %1 does not exist. go build, go test and go list fail with "
                    "'go: inconsistent vendoring in %2' (or 'module lookup disabled by -mod=vendor' for a missing "
                    "package) instead of downloading anything (FLAGS-2, PROXY-10).%3"_s.arg(
                        modulesTxt, p.dir, kIgnoredByDownload));
                describeValue(f, v);
                f.evidence.append({ u"vendor/modules.txt"_s, u"missing"_s, p.dir });
                f.fix = fixFor(ctx, v, flags,
                    u"Drop -mod=vendor from GOFLAGS, or create the vendor folder with 'go mod vendor' "
                    "and commit it."_s);
                f.rootCauseScore = score::kBreaksSome;
                return;
            }
            if (p.hasVendorModulesTxt) {
                Finding& f = out.report(u"GOFLAGS"_s,
                    u"GOFLAGS sets -mod=vendor: go build and go test read every dependency from vendor/ and never "
                    "look a module up (PROXY-10); after a change of requirements they fail with 'inconsistent "
                    "vendoring' until 'go mod vendor' runs.%1"_s.arg(kIgnoredByDownload));
                describeValue(f, v);
                f.evidence.append({ u"vendor/modules.txt"_s, u"present"_s, modulesTxt });
                f.severity = Severity::Info;
                f.rootCauseScore = score::kConfusing;
            }
            return;
        }
        if (!mod.isEmpty() || !p.hasVendorDir || p.goWork)
            return; // an explicit -mod=mod/readonly ignores vendor/; workspaces have their own vendor rules
        const QString goLine = p.goMod->goVersion;
        // FLAGS-2: vendor mode is the default only for go lines from 1.14 on.
        if (goLine.isEmpty() || compareGoVersions(goLine, u"1.14"_s) < 0)
            return;
        const QString where = p.goMod->goLocation.isValid()
            ? u"%1:%2"_s.arg(QDir(p.dir).relativeFilePath(p.goModPath)).arg(p.goMod->goLocation.line)
            : u"go.mod"_s;
        if (!p.hasVendorModulesTxt) {
            if (!hasRequirements)
                return;
            Finding& f = out.report(u"vendor"_s,
                u"%1 has a vendor folder without modules.txt and the go line is %2, so -mod=vendor is the default "
                "(FLAGS-2): go build, go test and go list fail with 'go: inconsistent vendoring in %1'.%3"_s.arg(
                    p.dir, goLine, kIgnoredByDownload));
            f.evidence.append({ u"vendor/"_s, u"present, without modules.txt"_s, p.dir });
            f.evidence.append({ u"go line"_s, goLine, where });
            f.fix = FixHint { u"Regenerate the vendor folder, or delete it to use the module cache:"_s,
                { u"go mod vendor"_s } };
            f.rootCauseScore = score::kBreaksSome;
            return;
        }
        Finding& f = out.report(u"vendor/modules.txt"_s,
            u"%1 exists and the go line is %2, so -mod=vendor is the default (FLAGS-2): go build and go test read "
            "dependencies from vendor/ and never download; after a change of requirements they fail with "
            "'inconsistent vendoring' until 'go mod vendor' runs.%3 Use -mod=mod or -mod=readonly for commands "
            "that must download."_s.arg(modulesTxt, goLine, kIgnoredByDownload));
        f.evidence.append({ u"vendor/modules.txt"_s, u"present"_s, modulesTxt });
        f.evidence.append({ u"go line"_s, goLine, where });
        if (v.isSet())
            f.evidence.append(evidenceFor(v));
        f.severity = Severity::Info;
        f.rootCauseScore = score::kConfusing;
    }

private:
    /// GOFLAGS without its -mod flags.
    static FixHint fixFor(const EnvContext& ctx, const EnvValue& v, const GoFlags& flags, const QString& description)
    {
        QStringList kept;
        for (const GoFlag& fl : flags.flags) {
            if (fl.name != u"mod"_s)
                kept << (fl.field.contains(u' ') ? u'\'' + fl.field + u'\'' : fl.field);
        }
        if (kept.isEmpty())
            return fixUnsetVariable(ctx, v, description);
        return fixSetVariable(ctx, v, kept.join(u' '), description);
    }
};

} // namespace

std::unique_ptr<Check> makeModVendor()
{
    return std::make_unique<ModVendor>();
}

} // namespace gmd::rules
