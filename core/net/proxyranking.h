// SPDX-License-Identifier: MIT
// Proxy ranking (issue 4 section 2): a speed and correctness test over candidate module proxies,
// and a recommended GOPROXY (order and separators, PROXY-1/PROXY-8) plus GOPRIVATE patterns.
#pragma once

#include "env/goenvironment.h"
#include "env/routes.h"
#include "goenv/goproxy.h"
#include "net/probetypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace gmd {

/// The built-in, editable list of well-known public module proxies.
QStringList defaultPublicProxies();
/// True when the host of `url` is one of defaultPublicProxies()'.
bool isPublicProxyUrl(const QString& url);

/// One proxy to measure.
struct RankingCandidate
{
    QString url; ///< the base URL as probed (may carry user info: mask before showing)
    QString origin; ///< "GOPROXY entry 1", "--proxy", "built-in list"
    bool fromGoproxy = false; ///< one of the user's own GOPROXY entries
    FallbackMode fallback = FallbackMode::OnNotFound; ///< the separator after it in the user's GOPROXY
};

/// How the ranking runs.
struct RankingOptions
{
    int rounds = 3;
    bool includeDefaults = true; ///< add defaultPublicProxies() (--no-defaults turns it off)
    QStringList defaults = defaultPublicProxies();
    QStringList extra; ///< more candidates (--proxy URL)
    qint64 zipCapBytes = 2 * 1024 * 1024; ///< the throughput download stops here (no Range request)
    int maxRecommended = 3; ///< proxies in the recommended GOPROXY (before `direct`)
    ProbeOptions probe; ///< timeouts; the sample module defaults (fallbackModule) come from here
};

/// One request of one round.
struct RankingMeasurement
{
    int round = 0; ///< 1-based; 0 for the once-only missing-module request
    QString what; ///< "list", "info", "zip", "missing"
    ProbeOutcome outcome = ProbeOutcome::NotRun;
    int httpStatus = 0;
    qint64 firstByteMs = -1; ///< since the probe started (DNS, connect and TLS included)
    qint64 totalMs = 0;
    qint64 transferMs = -1; ///< first byte → body complete
    qint64 bytes = 0;
    bool truncated = false; ///< the zip size cap was reached
    QString problem; ///< masked: why it is not a correct answer

    bool ok() const { return outcome == ProbeOutcome::Ok || outcome == ProbeOutcome::Slow; }
};

/// Median and spread of a sample.
struct SpreadStats
{
    int count = 0;
    double median = -1;
    double min = -1;
    double max = -1;
    double q1 = -1; ///< first quartile (linear interpolation)
    double q3 = -1;
};

/// Median, min, max and quartiles of `values` (any order); count 0 when empty.
SpreadStats spreadOf(QList<double> values);

/// The measurements of one candidate and what they say.
struct CandidateResult
{
    RankingCandidate candidate;
    QString display; ///< the URL, masked
    QList<RankingMeasurement> measurements;
    SpreadStats latencyMs; ///< first byte of @v/list and .info, every round
    SpreadStats throughput; ///< zip bytes per second, every round
    int attempts = 0; ///< list, info and zip requests
    int failures = 0; ///< of those, not a correct answer
    bool correct = false; ///< every answer was valid (list, info JSON with the version, zip signature)
    /// The missing-module request got an error other than 404/410 (401/403/5xx): a ',' after this
    /// proxy stops go for modules it does not have (H15). Only asked for '|' entries of GOPROXY.
    bool errorsForMissing = false;
    int missingStatus = 0; ///< that status, 0 when not asked or no answer
    QString verdict; ///< "correct", "2 of 9 requests failed: …", "unreachable: …"
    int rank = 0; ///< 1-based among usable candidates; 0 = every request failed
};

/// Everything a ranking produced.
struct ProxyRanking
{
    QString module; ///< the module asked for: a real public requirement, or the fallback
    QString version;
    QString moduleReason;
    int rounds = 0;
    QList<CandidateResult> candidates; ///< ranked, best first; unusable ones last
    QString currentGoproxy; ///< masked
    QString recommendedGoproxy; ///< empty when no candidate answered correctly
    QStringList reasons; ///< why this order and these separators
    QString currentGoprivate;
    QString recommendedGoprivate; ///< empty when GOPRIVATE already covers the private requirements
    QStringList privateModules; ///< private-looking requirements GOPRIVATE does not match
    QStringList notes;
    qint64 elapsedMs = 0;
    bool cancelled = false;
};

/// The candidates: the user's GOPROXY URL entries (in order, with their separators), then
/// `options.extra`, then the defaults when enabled; duplicates (same URL, ignoring one final '/')
/// removed, file:// entries left out. Pure.
QList<RankingCandidate> rankingCandidates(const QString& goproxy, const RankingOptions& options);

/// Fills latency, throughput, attempts, failures, correct and verdict from the measurements. Pure.
CandidateResult summarizeCandidate(const RankingCandidate& candidate, const QList<RankingMeasurement>& measurements);

/// Orders candidates: correct ones first, then fewer failures, lower median latency, higher
/// median throughput, and the original order; sets `rank` (0 for the ones that never answered). Pure.
QList<CandidateResult> rankCandidates(QList<CandidateResult> candidates);

/// Fills the recommendation of `ranking` (candidates already ranked): the fastest correct
/// proxies (at most options.maxRecommended) then `direct`; ',' between them unless the user's
/// GOPROXY already put '|' after a proxy that answers errors for missing modules; GOPRIVATE
/// patterns (the host) for requirements on private-looking hosts it does not match. Pure.
void recommendGoproxy(ProxyRanking* ranking, const EffectiveEnv& env, const QList<ModuleRoute>& routes,
    const RankingOptions& options);

/// Progress of a running ranking: a one-line text ("round 2 of 3: 6 proxies").
using RankingProgress = std::function<void(const QString& text)>;

/// Runs the ranking from this machine with the HTTP proxy and TLS settings of `env`: per round,
/// @v/list and .info of every candidate in parallel, then each candidate's .zip one at a time
/// (so that downloads do not share the link). No module path matching GOPRIVATE/GONOPROXY is
/// ever sent. Blocking, with its own event loop (never on a GUI thread); `cancel` stops it.
ProxyRanking rankProxies(const EffectiveEnv& env, const QList<ModuleRoute>& routes, const RankingOptions& options,
    const std::atomic<bool>* cancel = nullptr, const RankingProgress& progress = {});

} // namespace gmd
