// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gmd {

struct GoFlag
{
    QString field;  ///< the field as split (quotes removed)
    QString name;   ///< flag name without dashes ("mod")
    QString value;  ///< value after '=', empty if none
    bool hasValue = false;
    int offset = 0; ///< 0-based position of the field in GOFLAGS
};

/// GOFLAGS parsed per spec FLAGS-1 (cmd/go/internal/base/goflags.go, quoted.Split).
struct GoFlags
{
    QList<GoFlag> flags;
    /// cmd/go's error, verbatim: `parsing $GOFLAGS: unknown flag -foo`,
    /// `parsing $GOFLAGS: non-flag "foo"`, or a quoting error. Empty when valid.
    QString error;
    bool isValid() const { return error.isEmpty(); }
    /// The value of the last occurrence of flag `name`, or `fallback`.
    QString value(const QString& name, const QString& fallback = {}) const;
    bool has(const QString& name) const;
};

/// Splits and validates GOFLAGS. A flag is valid if it exists in some go command (known-flag
/// table of go1.19..go1.24; see isKnownGoFlag).
GoFlags parseGoFlags(const QString& goflags);

/// True when `name` (without dashes) is a flag of some go command.
bool isKnownGoFlag(const QString& name);

/// cmd/go's quoted.Split: whitespace separates fields; a field starting with ' or " runs to the
/// matching quote (no escapes). Returns false (and sets *error) on an unterminated quote.
bool goQuotedSplit(const QString& s, QStringList* fields, QList<int>* offsets, QString* error);

} // namespace gmd
