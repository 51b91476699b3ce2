// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <string_view>
#include <vector>

namespace gmd {

/// The outcome of one pattern modifier: the new value, or BuildKit's error message.
struct PatternResult
{
    QString value;
    QString error; ///< e.g. `invalid pattern (\a) in substitution: invalid escape '\a'`

    bool ok() const { return error.isEmpty(); }
};

/// A pattern of `${X#p}`, `${X%p}` or `${X/p/r}` (spec dockerfile.md C4.5), compiled as BuildKit's
/// convertShellPatternToRegex does: `*` any run, `?` one character, `\*` `\?` `\\` literal, `\}`
/// and `\/` the bare character, every other character literal (no bracket classes). BuildKit
/// hands the result to Go's regexp, whose `.` does not match a newline: neither `*` nor `?`
/// matches "\n" here either. Matching is leftmost-first like Go's regexp, in linear time.
class ShellPattern
{
public:
    /// Compiles `pattern`; `greedy` makes `*` prefer the longest run (`##`, `%%`, `/`).
    static ShellPattern compile(QStringView pattern, bool greedy);

    /// False when the pattern has an escape other than `\*` `\?` `\\` `\}` `\/`.
    bool isValid() const { return m_error.isEmpty(); }
    /// Go's message for an invalid pattern: `invalid escape '\x'` (U+FFFD for a trailing `\`).
    QString error() const { return m_error; }

    /// For every start offset p of `text` (0..size), where the match that begins at p ends
    /// (the one Go's backtracking-order regexp reports), or -1 when none begins there.
    std::vector<qsizetype> matchEnds(std::u32string_view text) const;

private:
    enum class Kind { Literal, AnyChar, AnyRun };
    struct Token
    {
        Kind kind;
        char32_t ch;
    };
    std::vector<Token> m_tokens;
    bool m_greedy = false;
    QString m_error;
};

/// `${X#p}` / `${X##p}` (C4): removes the shortest / longest prefix of `value` matching `pattern`.
PatternResult trimShellPrefix(const QString& value, const QString& pattern, bool longest);

/// `${X%p}` / `${X%%p}` (C4): removes the shortest / longest suffix. Like BuildKit this reverses
/// pattern and value and trims a prefix, so an error message shows the reversed pattern.
PatternResult trimShellSuffix(const QString& value, const QString& pattern, bool longest);

/// `${X/p/r}` / `${X//p/r}` (C4, C4.6): replaces the leftmost-longest match, or every
/// non-overlapping match. With `all`, `replacement` goes through Go's regexp template
/// expansion (`$0`/`${0}` = the match, `$$` = `$`, other `$name` = empty), as ReplaceAllString does.
PatternResult replaceShellPattern(const QString& value, const QString& pattern, const QString& replacement, bool all);

/// BuildKit's reversePattern: reverses the code points but keeps each `\c` escape pair in order.
QString reverseShellPattern(const QString& pattern);

/// Go's Regexp.Expand for a regexp without capture groups: `$$` -> `$`, `$0`/`${0}` -> `match`,
/// any other well-formed `$name`/`${name}` -> empty, a malformed reference keeps its `$`.
QString expandGoTemplate(QStringView tmpl, QStringView match);

} // namespace gmd
