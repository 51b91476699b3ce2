// SPDX-License-Identifier: MIT
// The network part of the reports (issue 4): every probe with its outcome and stage timings, and
// the proxy ranking. Masked like the rest of the reports.
#pragma once

#include "checks/facts.h"

#include <QJsonObject>
#include <QString>

namespace gmd {

/// "Network probes" section for the text report: one line per probe (outcome, subject, URL,
/// route) and one line of stage timings; then the ranking when it ran. "" when no probe ran.
QString probesToText(const Facts& facts);

/// {"ran": bool, "elapsedMs", "connectTimeoutMs", "responseTimeoutMs", "cancelled",
///  "runs": [{"environments": [...], "sample": ..., "notes": [...], "probes": [{id, kind, url,
///  outcome, subject, subjectVariable, summary, proxy, proxyVariable, proxyReason, httpStatus,
///  totalMs, stages: {dns: ms, ...}}]}], "ranking": {...}}.
QJsonObject probesToJson(const Facts& facts);

} // namespace gmd
