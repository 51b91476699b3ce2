// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"

#include <QList>
#include <QString>

namespace gmd {

/// What the checklist shows for one check: the engine's CheckStatus plus the two states of a
/// run in progress.
enum class CheckState { Pending, Running, Pass, Warn, Fail, Skip, Error };

/// The state for a finished check.
CheckState checkStateFor(CheckStatus status);
/// "pending", "running", "pass", "warn", "fail", "skip", "error" (stable; used in tests and dumps).
QString checkStateKey(CheckState state);
/// The translated, human-readable state ("Passed", "Warning", ...).
QString checkStateText(CheckState state);
/// The state of a group of checks: running or pending while any is, else the worst result.
CheckState aggregateState(const QList<CheckState>& states);
/// True once the check has a result (not pending, not running).
inline bool isFinal(CheckState state)
{
    return state != CheckState::Pending && state != CheckState::Running;
}

} // namespace gmd
