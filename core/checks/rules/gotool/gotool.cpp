// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makeGoNotFound();
std::unique_ptr<Check> makeGoHangs();
std::unique_ptr<Check> makeGoEnvMismatch();
std::unique_ptr<Check> makeGoEnvFails();

void addGoToolChecks(CheckList& out)
{
    out.push_back(makeGoNotFound());
    out.push_back(makeGoHangs());
    out.push_back(makeGoEnvMismatch());
    out.push_back(makeGoEnvFails());
}

} // namespace gmd::rules
