// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace gmd {

/// The outcome of one check.
struct CheckOutcome
{
    CheckInfo info;
    CheckStatus status = CheckStatus::Pass;
    QString reason;          ///< why it was skipped or could not run
    QList<Finding> findings; ///< in the order the check reported them
    qint64 elapsedUs = 0;
};

/// Everything a diagnosis run produced.
struct DiagnosisResult
{
    QList<CheckOutcome> checks; ///< in registry order
    QList<Finding> findings;    ///< all findings, most likely root cause first
    QList<Finding> suppressed;  ///< findings silenced by `# gomoddoctor ignore=<ID> -- reason` comments
    bool cancelled = false;
};

struct EngineOptions
{
    QStringList only;     ///< run only these check ids (empty = all)
    QStringList disabled; ///< never run these
    int threads = 0;      ///< 0 = QThread::idealThreadCount()
    const std::atomic<bool>* cancel = nullptr;
    /// Called from worker threads as each check starts / finishes (for live status); must be
    /// thread-safe. The GUI posts these to its thread with a queued invocation.
    std::function<void(const CheckInfo&)> onCheckStarted;
    std::function<void(const CheckOutcome&)> onCheckDone;
};

/// Runs the checks concurrently over the immutable facts and ranks the findings.
/// Blocking; call from a worker thread.
DiagnosisResult runChecks(const Facts& facts, const QList<const Check*>& checks, const EngineOptions& options = {});

/// Orders findings most-likely-root-cause first: rootCauseScore, then severity, then the
/// given check order, then subject. Stable.
QList<Finding> rankFindings(QList<Finding> findings, const QStringList& checkOrder);

/// True when an inline suppression in a Dockerfile covers `finding` (its location is inside the
/// instruction directly below a `# gomoddoctor ignore=<ID>[,<ID>] -- reason` comment).
bool isSuppressed(const Facts& facts, const Finding& finding);

/// The status of a check from its findings: Fail if any error, Warn if any warning or info... see .cpp.
CheckStatus statusFor(const QList<Finding>& findings);

} // namespace gmd
