// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makeGotoolchainInvalid();
std::unique_ptr<Check> makeToolchainDownload();
std::unique_ptr<Check> makeToolchainTooOld();
std::unique_ptr<Check> makeToolchainNotInPath();
std::unique_ptr<Check> makeToolchainLanguageVersion();

void addToolchainChecks(CheckList& out)
{
    out.push_back(makeGotoolchainInvalid());
    out.push_back(makeToolchainDownload());
    out.push_back(makeToolchainTooOld());
    out.push_back(makeToolchainNotInPath());
    out.push_back(makeToolchainLanguageVersion());
}

} // namespace gmd::rules
