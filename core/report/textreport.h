// SPDX-License-Identifier: MIT
#pragma once

#include "checks/engine.h"
#include "checks/facts.h"

#include <QString>

namespace gmd {

struct TextReportOptions
{
    bool color = false;   ///< ANSI colours (only on a terminal, never with NO_COLOR)
    bool unicode = true;  ///< ✔ ✘ marks instead of [PASS]/[FAIL]
    bool showPassing = true;
    bool showEnvironment = true;
    bool showRoutes = true;
};

/// The human report: the go command, the environment with sources, the routes, a checklist
/// grouped by category with pass/warn/fail marks, then the findings (most likely root cause
/// first) with evidence and fix, and a summary line. Secrets are masked.
QString diagnosisToText(const Facts& facts, const DiagnosisResult& result, const TextReportOptions& options = {});

/// True when colour should be used for a stream: it is a terminal and NO_COLOR is not set.
bool useColorFor(int fd);

} // namespace gmd
