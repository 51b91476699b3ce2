// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"

#include <QList>

namespace gmd {

/// Every check of the doctor, in display order. Built once; the objects live for the program.
const QList<const Check*>& allChecks();

/// The check with id `id`, or nullptr.
const Check* findCheck(const QString& id);

} // namespace gmd
