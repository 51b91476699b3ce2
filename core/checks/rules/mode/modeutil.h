// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace gmd::rules {

/// A GOFLAGS value with the fields go rejects taken out.
struct GoFlagsRepair
{
    bool ok = false; ///< `value` parses without error and holds no -insecure
    QString value; ///< the repaired GOFLAGS ("" when nothing is left)
    QStringList dropped; ///< the fields left out, as written
};

/// Repairs GOFLAGS (FLAGS-1): removes carriage returns and unbalanced quotes, joins "-mod mod"
/// into "-mod=mod", and drops non-flags, unknown flags and -insecure (GMD132).
GoFlagsRepair repairGoFlags(const QString& goflags, const QString& goVersion);

} // namespace gmd::rules
