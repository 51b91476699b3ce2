// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

/// Go's path/filepath and strings helpers that .dockerignore handling depends on, ported
/// by behaviour (spec dockerignore.md 2.6, 3.1, 3.3, 4.10): Clean, Dir, Match, TrimSpace.
namespace gmd {

/// Which operating system's filepath rules to follow. Unix: '/' separates, '\' escapes in
/// patterns. Windows: '\' separates (and '/' is turned into it), nothing escapes (spec 4.10).
enum class PathStyle { Unix, Windows };

namespace gopath {

/// filepath.Separator for the style.
QChar separator(PathStyle style);

/// os.IsPathSeparator: '/' on Unix; '/' and '\' on Windows.
bool isSeparator(QChar c, PathStyle style);

/// unicode.IsSpace (the Unicode White_Space property).
bool isSpace(char32_t c);

/// strings.TrimSpace.
QString trimSpace(QStringView s);

/// filepath.Clean: collapses separators, drops "." elements, cancels "x/.." pairs, drops a
/// trailing separator, keeps leading ".." of relative paths; "" becomes ".". On Windows the
/// result uses '\' and keeps a drive letter or UNC volume.
QString clean(QStringView path, PathStyle style = PathStyle::Unix);

/// filepath.Dir: everything but the last element, cleaned ("a/b" -> "a", "a" -> ".").
QString dir(QStringView path, PathStyle style = PathStyle::Unix);

/// filepath.FromSlash / ToSlash.
QString fromSlash(QStringView path, PathStyle style);
QString toSlash(QStringView path, PathStyle style);

/// The outcome of filepath.Match.
struct MatchResult
{
    bool matched = false;
    bool badPattern = false; ///< filepath.ErrBadPattern ("syntax error in pattern")
};

/// filepath.Match on the UTF-8 encoding of both strings (so `*` skips bytes as Go does):
/// `*` any run without a separator, `?` one character, `[...]` classes with `^` negation and
/// ranges, `\` escapes (Unix). The whole pattern is syntax-checked even when it cannot match.
MatchResult match(QStringView pattern, QStringView name, PathStyle style = PathStyle::Unix);
MatchResult matchUtf8(QByteArrayView pattern, QByteArrayView name, PathStyle style);

/// True when filepath.Match(pattern, ".") reports no error: PM's syntax check (spec 3.3).
bool isValidPattern(QStringView pattern, PathStyle style = PathStyle::Unix);

/// The Go error text for a bad pattern (filepath.ErrBadPattern).
QString badPatternMessage();

/// utf8.DecodeRune: the code point at `data[pos]` and its length in bytes; an invalid or
/// truncated sequence gives U+FFFD with length 1 (length 0 at the end).
char32_t decodeRune(QByteArrayView data, qsizetype pos, int* length);

} // namespace gopath
} // namespace gmd
