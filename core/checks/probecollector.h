// SPDX-License-Identifier: MIT
// The network part of the facts (issue 4): probe plans per environment, merged when identical,
// and one parallel, cancellable run of all of them.
#pragma once

#include "checks/facts.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace gmd {

/// Called as each probe ends, in the thread that runs the probes: the run it belongs to (its
/// contextIds name the environments) and the result.
using ProbeFinishedCallback = std::function<void(const ProbeRun& run, const ProbeResult& result)>;

/// A key that is equal for plans that send the same requests the same way (targets, HTTP proxy
/// settings, TLS trust): environments with equal keys share one run.
QString probePlanKey(const ProbePlan& plan);

/// Plans the probes of every environment of `facts` (the host with Facts::hostRoutes, each
/// Dockerfile environment with go.mod resolved under its own variables) and merges identical
/// plans; results are empty (NotRun). Pure.
QList<ProbeRun> planProbeRuns(const Facts& facts, const ProbeOptions& options);

/// Runs every probe of every run at once (the batch costs about the slowest probe, not the sum)
/// in the calling thread with its own event loop, fills the results, and returns the wall time in
/// ms. `cancel` aborts the remaining probes (checked every 50 ms). Never on a GUI thread.
qint64 runProbeRuns(QList<ProbeRun>& runs, const ProbeOptions& options, const std::atomic<bool>* cancel = nullptr,
    const ProbeFinishedCallback& onFinished = {});

/// Probe options with the CLI's timeouts: `connectMs` and `responseMs` (<= 0 keeps the default);
/// the TLS, DNS and total caps grow with them so that they never cut a probe shorter.
ProbeOptions probeOptionsWithTimeouts(int connectMs, int responseMs);

} // namespace gmd
