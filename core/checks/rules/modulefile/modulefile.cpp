// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

void addModuleFileChecks(CheckList& out)
{
    Q_UNUSED(out);
}

} // namespace gmd::rules
