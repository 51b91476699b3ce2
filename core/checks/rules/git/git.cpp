// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makeGitSshWithoutBatchMode();
std::unique_ptr<Check> makeGitTerminalPromptEnabled();
std::unique_ptr<Check> makeGodebugNetworkLimit();

void addGitChecks(CheckList& out)
{
    out.push_back(makeGitSshWithoutBatchMode());
    out.push_back(makeGitTerminalPromptEnabled());
    out.push_back(makeGodebugNetworkLimit());
}

} // namespace gmd::rules
