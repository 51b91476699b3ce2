// SPDX-License-Identifier: MIT
// GMD143: GOTOOLCHAIN=path (or <name>+path) and the toolchain go wants is not on PATH (TC-3):
// every command fails with `go: cannot find "go1.22.0" in PATH`; +path never downloads.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/toolchain/toolchainutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class ToolchainNotInPath final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD143"_s, u"toolchain-not-in-path"_s, u"Toolchain"_s,
            u"GOTOOLCHAIN=path and the wanted toolchain is not on PATH"_s, Severity::Error };
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        const ToolchainView view = evaluateToolchain(ctx, facts);
        if (!view.applicable) {
            out.skip(view.skipReason);
            return;
        }
        const ToolchainDecision& d = view.decision;
        if (d.action != ToolchainDecision::Action::FailNotInPath)
            return;
        Finding& f = out.report(subjectFor(view.gotoolchain),
            u"Every go command here fails with: %1. The local go is go%2, %3 asks for %4, and GOTOOLCHAIN=%5 "
            "only runs toolchains found on PATH: it never downloads one (TC-3)."_s.arg(
                d.message, view.localVersion, describeCause(view), d.toolchain, view.gotoolchain.value));
        pointAtCause(f, view);
        addToolchainEvidence(f, view);
        if (!ctx.container)
            f.evidence.append({ u"PATH"_s, facts.hostInputs.os.value(u"PATH"_s), u"OS environment"_s });
        if (!d.toolchain.contains(u'-')) {
            // golang.org/dl/goX.Y.Z installs a wrapper named goX.Y.Z into $GOBIN (default $GOPATH/bin).
            f.fix = FixHint { u"Put %1 on PATH: install its golang.org/dl wrapper (GOTOOLCHAIN=local keeps this "
                              "command from selecting a toolchain itself) and make sure $(go env GOPATH)/bin is on "
                              "PATH. Or allow downloads with GOTOOLCHAIN=auto (see GMD141)."_s.arg(d.toolchain),
                { u"GOTOOLCHAIN=local go install golang.org/dl/%1@latest"_s.arg(d.toolchain),
                    u"%1 download"_s.arg(d.toolchain) } };
        }
        f.rootCauseScore = score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeToolchainNotInPath()
{
    return std::make_unique<ToolchainNotInPath>();
}

} // namespace gmd::rules
