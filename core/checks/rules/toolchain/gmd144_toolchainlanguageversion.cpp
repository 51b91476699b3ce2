// SPDX-License-Identifier: MIT
// GMD144: a language version (go1.22) where a toolchain name (go1.22.0) is needed (TC-4,
// golang/go#62278, H9). Since Go 1.21 "1.N" is a language, not a release, so no golang.org/toolchain
// go1.N exists: switching to it fails with "toolchain not available" (go before 1.23) or "invalid
// toolchain: go1.N is a language version but not a toolchain version (go1.N.x)". Also reported:
// a `toolchain go1.N` line that does no harm yet, and a bare `go 1.N` line under go 1.21.0, the
// release that handled such lines worst.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/toolchain/toolchainutil.h"
#include "gocmd/goversion.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

bool isLanguageName(const QString& version)
{
    const GoVersion v = parseGoVersion(version);
    return v.isLanguageVersion() && compareGoVersions(v.text, u"1.21"_s) >= 0;
}

class ToolchainLanguageVersion final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD144"_s, u"toolchain-language-version"_s, u"Toolchain"_s,
            u"A language version is used as a toolchain version"_s, Severity::Error };
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        const ToolchainView view = evaluateToolchain(ctx, facts);
        if (!view.applicable) {
            out.skip(view.skipReason);
            return;
        }
        const ToolchainDecision& d = view.decision;
        if (d.action == ToolchainDecision::Action::FailLanguageVersion) {
            QString cause = describeCause(view);
            cause[0] = cause[0].toUpper();
            Finding& f = out.report(view.modFile,
                u"Every go command here fails with: %1. %2 asks for %3, a language version: there is no Go "
                "release of that name (the first %4 release is %3.0), so the toolchain download finds nothing "
                "(TC-4, golang/go#62278)."_s.arg(d.message, cause, d.toolchain, goVersionFromToolchain(d.toolchain)));
            pointAtCause(f, view);
            addToolchainEvidence(f, view);
            f.fix = fixFor(ctx, view, d.toolchain);
            f.rootCauseScore = score::kBlocksAllDownloads;
            return;
        }
        if (!view.toolchainLine.isEmpty() && view.toolchainLine != u"default"_s
            && isLanguageName(goVersionFromToolchain(view.toolchainLine))) {
            Finding& f = out.report(lineRef(view, view.toolchainLocation),
                u"The toolchain line names %1, a language version, not a toolchain (the first release is %1.0). "
                "It does no harm while the go that runs is at least as new, but a go that has to switch to it "
                "fails with 'go: invalid toolchain: %1 is a language version but not a toolchain version (%1.x)' "
                "or 'toolchain not available' (TC-4, golang/go#62278)."_s.arg(view.toolchainLine));
            if (view.toolchainLocation.isValid())
                f.location = view.toolchainLocation;
            addToolchainEvidence(f, view);
            f.severity = Severity::Warning;
            f.fix = FixHint { u"Name a release:"_s, { editToolchainCommand(view, view.toolchainLine + u".0"_s) } };
            f.rootCauseScore = score::kConfusing;
            return;
        }
        // Go 1.21.0 mishandled a bare "go 1.N" line (H9); later releases fixed it.
        if (compareGoVersions(view.localVersion, u"1.21.0"_s) == 0 && isLanguageName(view.goLine) && !d.fails()) {
            Finding& f = out.report(lineRef(view, view.goLocation),
                u"The go line is the language version %1 and the local go is 1.21.0, which mishandles such lines: "
                "commands that compute a toolchain from it (go mod tidy, go get) can try to download go%1 and fail "
                "with 'toolchain not available' (H9, golang/go#62278). Later releases handle it."_s.arg(view.goLine));
            if (view.goLocation.isValid())
                f.location = view.goLocation;
            addToolchainEvidence(f, view);
            f.severity = Severity::Warning;
            f.fix = FixHint { u"Write the go line as a release version, or upgrade Go 1.21.0:"_s,
                { editGoLineCommand(view, view.goLine + u".0"_s) } };
            f.rootCauseScore = score::kConfusing;
        }
    }

private:
    static FixHint fixFor(const EnvContext& ctx, const ToolchainView& view, const QString& toolchain)
    {
        switch (causeOf(view)) {
        case ToolchainCause::GoLine:
            return FixHint { u"Write the go line as a release version:"_s,
                { editGoLineCommand(view, view.goLine + u".0"_s) } };
        case ToolchainCause::ToolchainLine:
            return FixHint { u"Name a release in the toolchain line:"_s,
                { editToolchainCommand(view, view.toolchainLine + u".0"_s) } };
        case ToolchainCause::Setting:
            break;
        }
        QString value = view.gotoolchain.value;
        value.replace(toolchain, toolchain + u".0"_s);
        return fixSetVariable(ctx, view.gotoolchain, value, u"Name a release in GOTOOLCHAIN."_s);
    }
};

} // namespace

std::unique_ptr<Check> makeToolchainLanguageVersion()
{
    return std::make_unique<ToolchainLanguageVersion>();
}

} // namespace gmd::rules
