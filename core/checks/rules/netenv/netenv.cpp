// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makeHttpProxyInUse();
std::unique_ptr<Check> makeHttpProxyUnparsable();
std::unique_ptr<Check> makeNoProxyMissesPrivateHosts();
std::unique_ptr<Check> makeProxyVariableCaseConflict();
std::unique_ptr<Check> makeAllProxyIgnoredByGo();

void addNetEnvChecks(CheckList& out)
{
    out.push_back(makeHttpProxyInUse());
    out.push_back(makeHttpProxyUnparsable());
    out.push_back(makeNoProxyMissesPrivateHosts());
    out.push_back(makeProxyVariableCaseConflict());
    out.push_back(makeAllProxyIgnoredByGo());
}

} // namespace gmd::rules
