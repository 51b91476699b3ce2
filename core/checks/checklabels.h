// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"

#include <QString>

namespace gmd {

/// What a check looks at, phrased neutrally for a checklist ("go command is on PATH"), whereas
/// CheckInfo::title names the problem ("The go command cannot be found") for findings. Falls
/// back to the title for checks without a label (BuildKit rules: their description is neutral).
QString checkLabel(const CheckInfo& info);

/// True when the label table has an entry for `id` (tests require one for every GMD check).
bool hasCheckLabel(const QString& id);

} // namespace gmd
