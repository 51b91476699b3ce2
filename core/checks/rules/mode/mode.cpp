// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makeGo111Module();
std::unique_ptr<Check> makeGoflagsInvalid();
std::unique_ptr<Check> makeGoflagsInsecure();
std::unique_ptr<Check> makeModVendor();

void addModeChecks(CheckList& out)
{
    out.push_back(makeGo111Module());
    out.push_back(makeGoflagsInvalid());
    out.push_back(makeGoflagsInsecure());
    out.push_back(makeModVendor());
}

} // namespace gmd::rules
