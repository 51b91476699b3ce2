// SPDX-License-Identifier: MIT
// GMD142: the local go is older than the go line and may not switch (TC-4): GOTOOLCHAIN=local,
// a <name> without +auto, or an empty GOTOOLCHAIN. Every command fails with "go: go.mod requires
// go >= X (running go Y; GOTOOLCHAIN=local)". A go older than 1.21 never switches: it rejects a
// go line of the 1.21 form (1.22.0) or a toolchain line outright, and otherwise builds anyway and
// blames the version only when compiling fails ("note: module requires Go X").
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/toolchain/toolchainutil.h"
#include "gocmd/goversion.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class ToolchainTooOld final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD142"_s, u"toolchain-too-old"_s, u"Toolchain"_s, u"The local go is older than go.mod requires"_s,
            Severity::Error };
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        const ToolchainView view = evaluateToolchain(ctx, facts);
        if (!view.applicable) {
            out.skip(view.skipReason);
            return;
        }
        const ToolchainDecision& d = view.decision;
        if (d.action == ToolchainDecision::Action::FailTooOld) {
            Finding& f = report(out, view,
                u"Every go command in this module fails with: %1. The go line %2 asks for a newer Go "
                "than the local go %3, and %4 forbids switching to another toolchain (TC-4)."_s.arg(
                    d.message, lineRef(view, view.goLocation), view.localVersion, forbiddenBy(view)));
            f.fix = fixSetVariable(ctx, view.gotoolchain, u"auto"_s,
                u"Install Go %1 or newer (or build on a newer base image). Or let go download it "
                "(GOTOOLCHAIN=auto; see GMD141 for what that costs). Or, if the code does not need "
                "Go %1, lower the go line with '%2'."_s.arg(view.goLine, editGoLineCommand(view, view.localVersion)));
            f.rootCauseScore = score::kBlocksAllDownloads;
            return;
        }
        // Go before 1.21: no toolchain switching at all (TC-2); the go line was advisory.
        if (compareGoVersions(view.localVersion, u"1.21"_s) >= 0 || view.goLine.isEmpty()
            || compareGoVersions(view.goLine, view.localVersion) <= 0 || !moduleModeOn(ctx))
            return;
        const GoVersion line = parseGoVersion(view.goLine);
        const QString path = view.modPath.isEmpty() ? view.modFile : view.modPath;
        if (line.patch >= 0 || !line.prerelease.isEmpty()) {
            Finding& f = report(out, view,
                u"The local go %1 predates the 1.21 version format: it stops every command in this module with 'go: "
                u"errors "
                "parsing %2: %3:%4: invalid go version '%5': must match format 1.23' and never switches "
                "toolchains (TC-2)."_s.arg(view.localVersion, view.modFile, path)
                    .arg(view.goLocation.line)
                    .arg(view.goLine));
            f.fix = FixHint { u"Install Go %1 or newer (or build on a newer base image); Go 1.21 and later switch "
                              "toolchains by themselves."_s.arg(view.goLine),
                {} };
            f.rootCauseScore = score::kBlocksAllDownloads;
            return;
        }
        if (!view.toolchainLine.isEmpty()) {
            Finding& f = report(out, view,
                u"The local go %1 predates the toolchain directive: it stops every command in this module with "
                "'go: errors parsing %2: %3:%4: unknown directive: toolchain'."_s
                    .arg(view.localVersion, view.modFile, path)
                    .arg(view.toolchainLocation.line));
            f.fix = FixHint { u"Install Go %1 or newer (or build on a newer base image)."_s.arg(view.goLine), {} };
            f.rootCauseScore = score::kBlocksAllDownloads;
            return;
        }
        Finding& f = report(out, view,
            u"The go line asks for Go %1 but the local go is %2, which predates toolchain switching "
            "(Go 1.21) and treats the go line as advice: it builds anyway and fails only if the code "
            "uses newer language or library features, with compiler errors followed by 'note: module "
            "requires Go %1'."_s.arg(view.goLine, view.localVersion));
        f.severity = Severity::Warning;
        f.fix = FixHint { u"Build with Go %1 or newer (or a newer base image)."_s.arg(view.goLine), {} };
        f.rootCauseScore = score::kConfusing;
    }

private:
    static Finding& report(FindingSink& out, const ToolchainView& view, const QString& message)
    {
        Finding& f = out.report(lineRef(view, view.goLocation), message);
        if (view.goLocation.isValid())
            f.location = view.goLocation;
        addToolchainEvidence(f, view);
        return f;
    }

    static QString forbiddenBy(const ToolchainView& view)
    {
        const QString raw = view.gotoolchain.value;
        if (raw.isEmpty())
            return u"an empty GOTOOLCHAIN"_s;
        return u"GOTOOLCHAIN=%1"_s.arg(raw);
    }

    static bool moduleModeOn(const EnvContext& ctx)
    {
        const QString mode = ctx.env.value(u"GO111MODULE"_s);
        return mode != u"off"_s;
    }
};

} // namespace

std::unique_ptr<Check> makeToolchainTooOld()
{
    return std::make_unique<ToolchainTooOld>();
}

} // namespace gmd::rules
