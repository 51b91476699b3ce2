// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makeDockerignoreExcludesNeeded();
std::unique_ptr<Check> makeContextWithoutDockerignore();
std::unique_ptr<Check> makeContextSuspiciousFiles();

void addContextChecks(CheckList& out)
{
    out.push_back(makeDockerignoreExcludesNeeded());
    out.push_back(makeContextWithoutDockerignore());
    out.push_back(makeContextSuspiciousFiles());
}

} // namespace gmd::rules
