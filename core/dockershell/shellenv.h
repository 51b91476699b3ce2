// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace gmd {

/// The environment a word is expanded against (spec dockerfile.md C3.4): an ordered list of
/// NAME=VALUE entries in which the last entry for a name wins. A name that was never added is
/// unset; `NAME=` (or a bare `NAME`) is set to the empty string. This is the distinction the
/// `${X-w}`/`${X:-w}` family of modifiers (C4) depends on.
class ShellEnv
{
public:
    /// How names are compared: Linux frontends compare exactly; a frontend running on Windows
    /// compares the upper-cased names (BK:shell/equal_env_windows.go).
    enum class NameCase { Sensitive, Insensitive };

    /// An empty, case-sensitive environment.
    ShellEnv() = default;
    /// An empty environment comparing names as `nameCase` says.
    explicit ShellEnv(NameCase nameCase);
    /// Builds the environment from `NAME=VALUE` entries in order (see append()).
    explicit ShellEnv(const QStringList& entries, NameCase nameCase = NameCase::Sensitive);

    /// Adds one `NAME=VALUE` entry; the name ends at the first `=`. An entry without `=` sets
    /// the whole text as a name with an empty value (BuildKit's EnvsFromSlice).
    void append(const QString& entry);
    /// Sets `name` to `value`, replacing an earlier value (the entry is added at the end).
    void set(const QString& name, const QString& value);

    /// The value of `name`, std::nullopt when it is unset.
    std::optional<QString> value(const QString& name) const;
    /// True when `name` is set (possibly to the empty string).
    bool contains(const QString& name) const;

    /// The distinct names, in the order they were first added, spelled as first added.
    QStringList names() const;
    /// All entries as `NAME=VALUE`, in the order added (duplicates kept).
    QStringList entries() const;
    /// Number of entries added (duplicates counted).
    qsizetype size() const { return m_entries.size(); }
    /// True when nothing was added.
    bool isEmpty() const { return m_entries.isEmpty(); }
    /// How names are compared.
    NameCase nameCase() const { return m_nameCase; }

    /// The key `name` is looked up by: itself, or its Go strings.ToUpper form when insensitive.
    static QString lookupKey(const QString& name, NameCase nameCase);

private:
    NameCase m_nameCase = NameCase::Sensitive;
    QList<std::pair<QString, QString>> m_entries;
    QHash<QString, QString> m_values; ///< lookup key -> value of the last entry
};

} // namespace gmd
