// SPDX-License-Identifier: MIT
#pragma once

#include "checks/engine.h"
#include "checks/facts.h"
#include "report/reportmeta.h"

#include <QJsonObject>

namespace gmd {

/// Version of the JSON document layout; bumped on incompatible changes.
inline constexpr int kJsonSchemaVersion = 1;

/// The whole diagnosis as one JSON document: schemaVersion, tool, projectDir, go,
/// environment (name, masked value, source...), routes, checks (id, title, category, status),
/// findings ranked most-likely-root-cause first, notes and a summary. Secrets are masked.
QJsonObject diagnosisToJson(const Facts& facts, const DiagnosisResult& result, const ReportMeta& meta = {});

/// One finding as JSON (shared with SARIF properties and the GUI's export).
QJsonObject findingToJson(const Finding& finding);

} // namespace gmd
