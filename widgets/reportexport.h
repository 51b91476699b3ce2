// SPDX-License-Identifier: MIT
#pragma once

#include "checks/engine.h"
#include "checks/facts.h"

#include <QByteArray>
#include <QString>

namespace gmd {

enum class ReportFormat { Text, Json, Sarif };

/// The report in `format`, rendered by the core formatters (secrets masked there).
QByteArray renderReport(const Facts& facts, const DiagnosisResult& result, ReportFormat format);
/// The format a file name asks for: .json → JSON, .sarif / .sarif.json → SARIF, else text.
ReportFormat reportFormatForPath(const QString& path);
/// The file dialog filter of each format, in the order of ReportFormat.
QStringList reportFileFilters();
/// Writes `data` atomically (QSaveFile); false with a message naming the path on failure.
bool writeReportFile(const QString& path, const QByteArray& data, QString* error);

} // namespace gmd
