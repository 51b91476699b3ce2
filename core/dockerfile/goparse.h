// SPDX-License-Identifier: MIT
#pragma once

// Go value parsers whose error texts BuildKit passes through (strconv, time, go-units).

#include <QString>

#include <optional>

namespace gmd::goparse {

/// strconv.ParseBool: 1 t T TRUE true True 0 f F FALSE false False.
std::optional<bool> parseBool(const QString& s);
/// strconv.ParseUint(s, base, 32) for base 8 or 10 (no sign, no prefix, no underscores).
std::optional<quint64> parseUint32(const QString& s, int base);
/// strconv.ParseInt(s, 10, 32); on failure `error` gets Go's message.
std::optional<qint64> parseInt32(const QString& s, QString* error);
/// time.ParseDuration in nanoseconds; on failure `error` gets Go's message.
std::optional<qint64> parseDuration(const QString& s, QString* error);
/// go-units RAMInBytes ("64m", "1.5GiB"; binary units).
std::optional<qint64> ramInBytes(const QString& s);

} // namespace gmd::goparse
