// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makeGoModMissing();
std::unique_ptr<Check> makeGoModInvalid();
std::unique_ptr<Check> makeGoSumIncomplete();

void addModuleFileChecks(CheckList& out)
{
    out.push_back(makeGoModMissing());
    out.push_back(makeGoModInvalid());
    out.push_back(makeGoSumIncomplete());
}

} // namespace gmd::rules
