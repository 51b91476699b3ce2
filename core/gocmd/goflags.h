// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gmd {

struct GoFlag
{
    QString field; ///< the field as split (quotes removed)
    QString name; ///< flag name without dashes ("mod")
    QString value; ///< value after '=', empty if none
    bool hasValue = false;
    int offset = 0; ///< 0-based position of the field in GOFLAGS (of its opening quote when quoted)
};

/// GOFLAGS parsed per spec FLAGS-1 (cmd/go/internal/base/goflags.go, quoted.Split).
struct GoFlags
{
    /// Every field that has the shape of a flag, in order (also those after the first error).
    QList<GoFlag> flags;
    /// cmd/go's error, verbatim without the "go: " prefix it prints:
    /// `parsing $GOFLAGS: unknown flag -foo`, `parsing $GOFLAGS: non-flag "foo"` (Go %q quoting) or
    /// `parsing $GOFLAGS: unterminated " string`. The first problem only, as cmd/go stops there.
    /// Empty when valid. Every go command except `go env` and `go bug` fails with it.
    QString error;
    int errorOffset = -1; ///< 0-based position in GOFLAGS of the field `error` is about, -1 if none

    bool isValid() const { return error.isEmpty(); }
    /// The value of the last occurrence of flag `name`, "true" when it was given without '='
    /// (boolean flags), or `fallback` when absent.
    QString value(const QString& name, const QString& fallback = {}) const;
    bool has(const QString& name) const;
};

/// Splits and validates GOFLAGS. A flag is valid if it exists in some go command (known-flag
/// table of go1.19..go1.24; see isKnownGoFlag). With `goVersion` ("1.22.3"), flags newer than that
/// go are unknown, and go1.19 splits on white space only (quoting came with go1.20).
GoFlags parseGoFlags(const QString& goflags, const QString& goVersion = {});

/// True when `name` (without dashes) is a flag of some go command of go1.19..go1.24, or of the
/// given go version when `goVersion` is not empty (versions before 1.19 are treated as 1.19).
bool isKnownGoFlag(const QString& name, const QString& goVersion = {});

/// The go commands that accept flag `name` ("go build", "go mod download", ...), over
/// go1.19..go1.24; {"*"} for -C, which every command accepts. Empty for unknown flags.
/// A flag in GOFLAGS is silently ignored by the other commands (FLAGS-1).
QStringList goFlagCommands(const QString& name);

/// True when go command `command` ("go mod download") accepts flag `name`.
bool goFlagAppliesTo(const QString& name, const QString& command);

/// cmd/go's quoted.Split: whitespace separates fields; a field starting with ' or " runs to the
/// matching quote (no escapes). Returns false (and sets *error to `unterminated ' string`) on an
/// unterminated quote. `offsets` (may be null) receives each field's start.
bool goQuotedSplit(const QString& s, QStringList* fields, QList<int>* offsets, QString* error);

} // namespace gmd
