// SPDX-License-Identifier: MIT
#pragma once

// Go value parsers whose error texts BuildKit passes through (time, go-units); the strconv ones
// are in common/go/strconv.h.

#include <QString>

#include <optional>

namespace gmd::goparse {

/// time.ParseDuration in nanoseconds; on failure `error` gets Go's message.
std::optional<qint64> parseDuration(const QString& s, QString* error);
/// go-units RAMInBytes ("64m", "1.5GiB"; binary units).
std::optional<qint64> ramInBytes(const QString& s);

} // namespace gmd::goparse
