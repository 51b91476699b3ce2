// SPDX-License-Identifier: MIT
// Shared parts of the network checks GMD600..: they read the probe results of Facts::probeRuns
// (issue 4) and turn each failing outcome class into a finding about the variable to blame.
#pragma once

#include "checks/check.h"
#include "checks/facts.h"
#include "net/probetypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace gmd::rules::network {

/// Root-cause scores of measured faults: a fault seen on the wire outranks every finding that
/// is only read from the configuration, and a silent server (go hangs for ever, NET-1) ranks top.
namespace netscore {
inline constexpr int kSilent = 100;       ///< accepted and silent: go waits for ever (H1, NET-1)
inline constexpr int kProxyDown = 98;     ///< the HTTP proxy itself fails: every request fails (H3)
inline constexpr int kUnreachable = 96;   ///< DNS, refused, black hole, TLS: the host cannot be used
inline constexpr int kStopsList = 94;     ///< an error that stops a ',' list (PROXY-8, H15)
inline constexpr int kFallsThrough = 45;  ///< go moves on to the next entry: slower, still works
inline constexpr int kSlow = 35;          ///< works but slowly (H16)
} // namespace netscore

/// What follows GOPROXY entry `entryIndex` (1-based, GONOPROXY's implicit entry not counted, as
/// the probe plan counts) in the environment of a run.
struct EntryFallback
{
    bool known = false; ///< the entry exists in the environment's GOPROXY
    bool pipe = false;  ///< '|' follows it: go moves on after any error (PROXY-1, PROXY-8)
    bool last = false;  ///< nothing follows it: its error is go's error
    QString next;       ///< the next entry as written ("direct", "https://goproxy.io"), masked
};
EntryFallback fallbackAfter(const Facts& facts, const ProbeRun& run, int entryIndex);

/// "dns 1 ms, connect 2 ms, tls —, request 3 ms, first-byte —, total 5003 ms" (every stage reached).
QString stageTimings(const ProbeResult& result);

/// Which proxy the probe went through and why (NET-3), or "direct" and why.
QString routeText(const ProbeResult& result);

/// The evidence of one probe: URL, outcome with the low-level error, stage timings, route,
/// addresses, HTTP status, certificate chain, environments. Masked.
QList<Evidence> probeEvidence(const Facts& facts, const ProbeRun& run, const ProbeResult& result);

/// A check over the probe results: run() calls report() once per (environment run, subject,
/// outcome) whose outcome is one of outcomes(); further probes with the same subject and outcome
/// are added to that finding as evidence.
class ProbeOutcomeCheck : public Check
{
public:
    void run(const Facts& facts, FindingSink& out) const final;

protected:
    virtual QList<ProbeOutcome> outcomes() const = 0;
    /// False to leave a result out (a 404 of a /supported probe is normal, SUMDB-3).
    virtual bool applies(const ProbeResult& result) const;
    /// Reports the finding for `result` (use reportProbe()) and returns it; nullptr for none.
    virtual Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& result, FindingSink& out) const = 0;
};

/// The standard finding: subject = the variable to blame (GOPROXY, GOSUMDB, HTTPS_PROXY...),
/// message (masked here), probe evidence, score.
Finding& reportProbe(FindingSink& out, const Facts& facts, const ProbeRun& run, const ProbeResult& result,
    const QString& message, int score);

/// The environment a run was planned for (its first one), or nullptr.
const EnvContext* contextFor(const Facts& facts, const ProbeRun& run);

/// GOPROXY of the run's environment without entry `entryIndex` (separators kept);
/// "https://proxy.golang.org,direct" when nothing usable would remain.
QString goproxyWithout(const Facts& facts, const ProbeRun& run, int entryIndex);

/// The fix for a failing probe: drop the GOPROXY entry, correct or unset the HTTP proxy variable,
/// or check GOSUMDB, set where the variable really comes from (OS, go env -w, Dockerfile ENV).
std::optional<FixHint> fixForProbe(const Facts& facts, const ProbeRun& run, const ProbeResult& result,
    const QString& description);

/// The host a probe asked for: its target host, else the host of its URL, else the URL.
QString hostText(const ProbeResult& r);

/// "GOPROXY entry 1 (https://proxy.example)" or the URL when the probe has no subject. Masked.
QString whoText(const ProbeResult& result);

} // namespace gmd::rules::network
