// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makeGosumdbOff();
std::unique_ptr<Check> makeGosumdbInvalid();
std::unique_ptr<Check> makeGonosumdbTooBroad();
std::unique_ptr<Check> makeGonosumcheckNotAGoVariable();

void addSumDbChecks(CheckList& out)
{
    out.push_back(makeGosumdbOff());
    out.push_back(makeGosumdbInvalid());
    out.push_back(makeGonosumdbTooBroad());
    out.push_back(makeGonosumcheckNotAGoVariable());
}

} // namespace gmd::rules
