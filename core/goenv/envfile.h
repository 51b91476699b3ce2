// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

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
    QString reason; ///< e.g. "starts with a space", "starts with 'export '", "lower-case first letter", "no '='"
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

    /// The effective entry for `key`: the last occurrence wins. nullopt when absent.
    std::optional<EnvFileEntry> lookup(const QString& key) const;
    /// True when the key occurs at all (even with an empty value: ENV-3 masking).
    bool contains(const QString& key) const { return lookup(key).has_value(); }
    /// Distinct keys in order of first occurrence.
    QStringList keys() const;
};

/// Parses go env file content (ENV-5): split on '\n'; a line counts only if its first byte is
/// 'A'..'Z' and it contains '='; key = text before the first '=', value = the raw rest.
EnvFile parseEnvFile(const QByteArray& content, const QString& fileName = {});

} // namespace gmd
