// SPDX-License-Identifier: MIT
#pragma once

#include "common/go/path.h"
#include "goregexp.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace gmd {

/// One compiled .dockerignore pattern (moby/patternmatcher Pattern; spec dockerignore.md 4).
/// Built by PatternMatcher; the text is already trimmed, cleaned and stripped of its '!'.
class IgnorePattern
{
public:
    /// The four match kinds of spec 4 (Bad: the generated regular expression does not compile,
    /// so every match attempt fails with "syntax error in pattern", spec 3.4).
    enum class Kind { Exact, Prefix, Suffix, Regex, Bad };

    IgnorePattern() = default;
    /// Compiles `cleaned` (no leading '!') for the path style (spec 4.1-4.7, 4.10).
    IgnorePattern(const QString& cleaned, bool exception, PathStyle style);

    /// The cleaned pattern text without '!' (Go's Pattern.String()).
    const QString& text() const { return m_text; }
    /// True for a '!' line.
    bool isException() const { return m_exception; }
    Kind kind() const { return m_kind; }
    /// The pattern split at the separator (Go's Pattern.dirs; used by the legacy Matches).
    const QStringList& dirs() const { return m_dirs; }
    /// The generated regular expression (for Kind::Regex and Kind::Bad; empty otherwise).
    const QString& regex() const { return m_regex; }

    /// Pattern.match: matches one separator-delimited path (spec 4.8). `*bad` is set (and false
    /// returned) when the pattern cannot be matched (spec 3.4).
    bool match(QStringView path, bool* bad) const;

    /// fsutil's patternWithoutTrailingGlob: the text minus one trailing "/**" or "/*".
    QString withoutTrailingGlob() const;

private:
    QString m_text;
    QStringList m_dirs;
    QString m_regex;
    QString m_fixed; ///< exact text, prefix (minus "**") or suffix (minus the first two bytes)
    GoRegexp m_re;
    Kind m_kind = Kind::Exact;
    PathStyle m_style = PathStyle::Unix;
    bool m_exception = false;
    bool m_suffixBytes = false; ///< the suffix was cut inside a multi-byte character (leading BOM)
};

} // namespace gmd
