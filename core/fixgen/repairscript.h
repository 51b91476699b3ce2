// SPDX-License-Identifier: MIT
#pragma once

#include "fix/fixplan.h"

#include <QList>
#include <QString>

namespace gmd {

/// A POSIX sh repair script for `plans` (issue 5 section 4): `set -eu`, a header saying what each
/// fix changes and why (secrets masked), a check that every file is either exactly as the plans
/// were computed from or already fixed (otherwise it stops before changing anything), backups
/// next to each changed file and of the go env file, `go env -w/-u` only where the value differs,
/// and a log line per action on standard error. Running it twice changes nothing the second time.
/// Manual steps are listed as comments only. Values are written unmasked (the script applies them):
/// treat the file like the go env file. Files with NUL bytes are left out (noted in the header).
QString repairScript(const QList<FixPlan>& plans, const QString& projectDir);

} // namespace gmd
