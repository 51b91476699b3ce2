// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makeOsShadowsEnvFile();
std::unique_ptr<Check> makeEnvFileMasksGoEnv();
std::unique_ptr<Check> makeEnvFileIgnoredLines();
std::unique_ptr<Check> makeEnvFileCrlfOrQuotes();
std::unique_ptr<Check> makeGoRootGoEnvMissing();
std::unique_ptr<Check> makeEmptyOsVariableIgnored();

void addEnvSourceChecks(CheckList& out)
{
    out.push_back(makeOsShadowsEnvFile());
    out.push_back(makeEnvFileMasksGoEnv());
    out.push_back(makeEnvFileIgnoredLines());
    out.push_back(makeEnvFileCrlfOrQuotes());
    out.push_back(makeGoRootGoEnvMissing());
    out.push_back(makeEmptyOsVariableIgnored());
}

} // namespace gmd::rules
