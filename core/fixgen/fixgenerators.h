// SPDX-License-Identifier: MIT
#pragma once

#include "checks/facts.h"
#include "checks/finding.h"
#include "fix/fixplan.h"

#include <QList>

namespace gmd {

/// The applicable fixes for one finding (issue 5 section 1), best first; empty when no fix can
/// be proved correct (the finding's FixHint then stays the copy-only advice). File edits carry
/// the exact bytes read now, so applyPlan() refuses them if the file changes before apply.
QList<FixPlan> fixPlansFor(const Facts& facts, const Finding& finding);

/// fixPlansFor() over every finding, with ids made unique (a ":<k>" suffix on collisions) and
/// identical file edits found through several environments (one ENV line seen by several RUNs)
/// given once. `findingIndex`, when set, receives for each plan the index of its finding.
QList<FixPlan> fixPlansForAll(const Facts& facts, const QList<Finding>& findings, QList<int>* findingIndex = nullptr);

/// True when `finding` counts as fixed: the checks run after the fix report fewer findings of
/// the same problem (same id and file, or same id, environment and subject: Dockerfile line
/// numbers move when a fix inserts lines) than `before` did. Shared by the CLI and the GUI.
bool verifiedFixed(const Finding& finding, const QList<Finding>& before, const QList<Finding>& after);

namespace fixgen {
/// The generators by family (fixPlansFor() dispatches on the finding id).
QList<FixPlan> envFixes(const Facts& facts, const Finding& finding);
QList<FixPlan> dockerfileFixes(const Facts& facts, const Finding& finding);
QList<FixPlan> dockerignoreFixes(const Facts& facts, const Finding& finding);
/// GMD307: credentials in ARG/ENV replaced by secret mounts.
QList<FixPlan> secretFixes(const Facts& facts, const Finding& finding);
} // namespace fixgen

} // namespace gmd
