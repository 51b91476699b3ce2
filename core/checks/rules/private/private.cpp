// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makePrivatePatternNeverMatches();
std::unique_ptr<Check> makePrivateModuleNotCovered();
std::unique_ptr<Check> makeGoinsecureNotForProxies();
std::unique_ptr<Check> makeGovcsRefuses();

void addPrivateChecks(CheckList& out)
{
    out.push_back(makePrivatePatternNeverMatches());
    out.push_back(makePrivateModuleNotCovered());
    out.push_back(makeGoinsecureNotForProxies());
    out.push_back(makeGovcsRefuses());
}

} // namespace gmd::rules
