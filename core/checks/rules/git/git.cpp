// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

void addGitChecks(CheckList& out)
{
    Q_UNUSED(out);
}

} // namespace gmd::rules
