// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makeGoproxyEmptyList();
std::unique_ptr<Check> makeGoproxyOff();
std::unique_ptr<Check> makeGoproxyInvalid();
std::unique_ptr<Check> makeGoproxyIgnoredEntries();
std::unique_ptr<Check> makeGoproxyFallback();
std::unique_ptr<Check> makeGoproxyNoDirect();
std::unique_ptr<Check> makeGoproxyInsecureCredentials();

void addProxyChecks(CheckList& out)
{
    out.push_back(makeGoproxyEmptyList());
    out.push_back(makeGoproxyOff());
    out.push_back(makeGoproxyInvalid());
    out.push_back(makeGoproxyIgnoredEntries());
    out.push_back(makeGoproxyFallback());
    out.push_back(makeGoproxyNoDirect());
    out.push_back(makeGoproxyInsecureCredentials());
}

} // namespace gmd::rules
