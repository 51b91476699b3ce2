// SPDX-License-Identifier: MIT
// GMD171: GIT_TERMINAL_PROMPT is set to a value git reads as true. cmd/go sets
// GIT_TERMINAL_PROMPT=0 only when the variable is unset or empty (VCS-3), so git may ask for a
// username and password that nobody answers while go waits without a timeout (H7).
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/netenv/netenvutil.h"

#include <QRegularExpression>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

/// git's boolean reading of an environment value (git_env_bool / git_config_bool): true, yes, on
/// and non-zero integers (with an optional k/m/g unit) are true; false, no, off and 0 are false.
/// Returns false for values git rejects too (it then dies only when it would prompt).
bool gitReadsTrue(const QString& value)
{
    const QString v = value.toLower();
    if (v == u"true"_s || v == u"yes"_s || v == u"on"_s)
        return true;
    static const QRegularExpression number(u"^\\s*[+-]?0*([0-9]*)[kmg]?$"_s);
    const QRegularExpressionMatch m = number.match(v);
    return m.hasMatch() && !m.captured(1).isEmpty();
}

class GitTerminalPromptEnabled final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD171"_s, u"git-terminal-prompt-enabled"_s, u"Git and ssh"_s,
                u"GIT_TERMINAL_PROMPT lets git prompt for credentials"_s, Severity::Warning};
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GIT_TERMINAL_PROMPT"_s);
        if (v.value.isEmpty() || !gitReadsTrue(v.value))
            return;
        Finding& f = out.report(
            v.name,
            u"GIT_TERMINAL_PROMPT=%1: cmd/go sets GIT_TERMINAL_PROMPT=0 for git only when the variable is unset or "
            "empty (VCS-3), so here git asks for a username and password when a repository needs credentials, "
            "instead of failing with 'terminal prompts disabled'. go captures git's output, may run several fetches "
            "at once and waits without a timeout, so the download seems to hang on a prompt that is easy to miss "
            "(H7). Without a terminal (CI, IDE) a GIT_ASKPASS or credential-manager window can wait the same way, or "
            "git fails with the less clear 'could not read Username ...: No such device or address'."_s.arg(v.value));
        describeValue(f, v);
        f.fix = netenv::fixShellVariables(ctx, {{v, u"0"_s}},
                               u"Let git fail instead of prompting, and give it credentials it can read without "
                               "asking: ~/.netrc (machine <host> login <user> password <token>), a credential helper "
                               "such as 'store', or GOAUTH on Go 1.24+."_s);
        f.rootCauseScore = score::kHangCause;
    }
};

} // namespace

std::unique_ptr<Check> makeGitTerminalPromptEnabled()
{
    return std::make_unique<GitTerminalPromptEnabled>();
}

} // namespace gmd::rules
