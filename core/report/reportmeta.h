// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace gmd {

/// What a report says about the run itself.
struct ReportMeta
{
    QString toolName = QStringLiteral("gomoddoctor");
    QString toolVersion;
    QString generatedAt; ///< ISO 8601 UTC; empty = now
};

/// The version of the doctor (from the build).
QString doctorVersion();

} // namespace gmd
