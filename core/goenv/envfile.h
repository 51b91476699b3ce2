// SPDX-License-Identifier: MIT
#pragma once

#include "common/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gmd {

/// One counted line of a go env file (the user file written by `go env -w`, or $GOROOT/go.env).
struct EnvFileEntry
{
    QString key;   ///< everything before the first '=', exactly (no trimming)
    QString value; ///< everything after it, raw: quotes and a trailing '\r' are kept (ENV-5)
    int line = 0;  ///< 1-based physical line
    friend bool operator==(const EnvFileEntry&, const EnvFileEntry&) = default;
};

/// A line that cmd/go skips, kept so that checks can explain why a setting "does nothing".
struct EnvFileIgnoredLine
{
    int line = 0;
    QString text;   ///< the line without its '\n'
    /// "comment", "starts with a space", "starts with a tab", "starts with 'export '",
    /// "lower-case first letter", "no '='", "starts with a UTF-8 byte order mark",
    /// "does not start with a letter A-Z".
    QString reason;
    /// The key the user probably meant (e.g. "GOPROXY" for " GOPROXY=x", "export GOPROXY=x",
    /// "GOPROXY = x"), empty when the line is a comment or blank.
    QString intendedKey;
};

/// The parsed content of a go env file, with cmd/go's exact reading rules (spec ENV-5).
struct EnvFile
{
    QString fileName;
    QList<EnvFileEntry> entries;            ///< every counted line, in file order (duplicates kept)
    QList<EnvFileIgnoredLine> ignoredLines; ///< non-blank lines cmd/go ignores
    QList<EnvFileEntry> oddKeys;            ///< counted entries whose key has spaces/odd chars ("GOPROXY ")
    /// Warnings for settings that do nothing or do something unexpected: ignored lines that look
    /// like settings, odd keys, values ending in '\r'. Source lines are shown through maskSecrets().
    Diagnostics diagnostics;

    /// The effective entry for `key`: the last occurrence wins. nullopt when absent.
    std::optional<EnvFileEntry> lookup(const QString& key) const;
    /// True when the key occurs at all (even with an empty value: ENV-3 masking).
    bool contains(const QString& key) const { return lookup(key).has_value(); }
    /// Distinct keys in order of first occurrence.
    QStringList keys() const;
};

/// Parses go env file content (ENV-5): split on '\n'; a line counts only if its first byte is
/// 'A'..'Z' and it contains '='; key = text before the first '=', value = the raw rest.
/// Works on bytes like cmd/go: a UTF-8 byte order mark is not skipped, so it hides the first line.
EnvFile parseEnvFile(const QByteArray& content, const QString& fileName = {});

} // namespace gmd
