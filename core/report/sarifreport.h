// SPDX-License-Identifier: MIT
#pragma once

#include "checks/engine.h"
#include "checks/facts.h"
#include "report/reportmeta.h"

#include <QJsonObject>

namespace gmd {

/// The diagnosis as a SARIF 2.1.0 log (one run; every registered check is a rule; findings
/// are results with physical locations relative to the project folder when they have one).
QJsonObject diagnosisToSarif(const Facts& facts, const DiagnosisResult& result, const ReportMeta& meta = {});

} // namespace gmd
