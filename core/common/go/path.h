// SPDX-License-Identifier: MIT
// Go's packages path and path/filepath: Clean, Dir, IsAbs, FromSlash/ToSlash and Match, for
// either operating system's rules. path.X is filepath.X with PathStyle::Unix.
#pragma once

#include <QByteArrayView>
#include <QChar>
#include <QString>
#include <QStringView>

namespace gmd {

/// Which operating system's filepath rules to follow. Unix: '/' separates, '\' escapes in
/// patterns. Windows: '\' separates (and '/' is turned into it), nothing escapes.
enum class PathStyle { Unix, Windows };

namespace go {

/// The rules of the platform this program runs on (filepath's, not path's).
#ifdef Q_OS_WIN
inline constexpr PathStyle kHostPathStyle = PathStyle::Windows;
#else
inline constexpr PathStyle kHostPathStyle = PathStyle::Unix;
#endif

/// filepath.Separator for the style.
QChar pathSeparator(PathStyle style);

/// os.IsPathSeparator: '/' on Unix; '/' and '\' on Windows.
bool isPathSeparator(QChar c, PathStyle style);

/// filepath.Clean (path.Clean for Unix): collapses separators, drops "." elements, cancels
/// "x/.." pairs, drops a trailing separator, keeps leading ".." of relative paths; "" becomes
/// ".". On Windows the result uses '\' and keeps a drive letter or UNC volume.
QString pathClean(QStringView path, PathStyle style = PathStyle::Unix);

/// filepath.Dir (path.Dir for Unix): everything but the last element, cleaned ("a/b" -> "a",
/// "a" -> ".").
QString pathDir(QStringView path, PathStyle style = PathStyle::Unix);

/// filepath.IsAbs: Unix a leading '/'; Windows a volume followed by a separator ("C:\x"), or a
/// UNC / device path ("\\host\share", "//x").
bool isAbsPath(QStringView path, PathStyle style);

/// filepath.FromSlash / ToSlash.
QString fromSlash(QStringView path, PathStyle style);
QString toSlash(QStringView path, PathStyle style);

/// The outcome of path.Match / filepath.Match.
struct MatchResult
{
    bool matched = false;
    bool badPattern = false; ///< path.ErrBadPattern ("syntax error in pattern")
};

/// filepath.Match (path.Match for Unix) on the UTF-8 encoding of both strings, so that `*`
/// skips bytes as Go does: `*` any run without a separator, `?` one rune, `[...]` classes with
/// `^` negation and ranges, `\` escapes (Unix only). The whole pattern is syntax-checked even
/// when it cannot match (Go >= 1.20).
MatchResult pathMatch(QStringView pattern, QStringView name, PathStyle style = PathStyle::Unix);
/// pathMatch() on UTF-8 bytes.
MatchResult pathMatchUtf8(QByteArrayView pattern, QByteArrayView name, PathStyle style = PathStyle::Unix);

/// True when Match(pattern, ".") reports no error (moby's pattern syntax check).
bool isValidPathPattern(QStringView pattern, PathStyle style = PathStyle::Unix);

/// The Go error text for a bad pattern (path.ErrBadPattern / filepath.ErrBadPattern).
QString badPatternMessage();

} // namespace go
} // namespace gmd
