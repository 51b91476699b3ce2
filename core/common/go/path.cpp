// SPDX-License-Identifier: MIT
// Behavioural ports of Go's path and path/filepath Clean, Dir, IsAbs and Match (Go >= 1.20:
// Match checks the whole pattern even after a mismatch). Written from the documented
// behaviour, not copied.
#include "common/go/path.h"

#include "common/go/utf8.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd::go {

namespace {

bool isSlashQ(QChar c)
{
    return c == u'/' || c == u'\\';
}

// Windows volumeNameLen: "C:", UNC "\\host\share", device paths "\\.\x", "\\?\x", "\??\x".
bool hasPrefixFold(QStringView s, QStringView prefix)
{
    if (s.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (isSlashQ(prefix[i]) ? !isSlashQ(s[i]) : s[i].toUpper() != prefix[i].toUpper())
            return false;
    }
    return s.size() == prefix.size() || isSlashQ(s[prefix.size()]);
}

qsizetype uncLen(QStringView p, qsizetype prefix)
{
    int count = 0;
    for (qsizetype i = prefix; i < p.size(); ++i) {
        if (isSlashQ(p[i]) && ++count == 2)
            return i;
    }
    return p.size();
}

qsizetype windowsVolumeLen(QStringView p)
{
    if (p.size() >= 2 && p[1] == u':')
        return 2;
    if (p.isEmpty() || !isSlashQ(p[0]))
        return 0;
    if (hasPrefixFold(p, u"\\\\.\\UNC"))
        return uncLen(p, 8);
    if (hasPrefixFold(p, u"\\\\.") || hasPrefixFold(p, u"\\\\?") || hasPrefixFold(p, u"\\??")) {
        if (p.size() == 3)
            return 3;
        for (qsizetype i = 4; i < p.size(); ++i) {
            if (isSlashQ(p[i]))
                return i;
        }
        return p.size();
    }
    if (p.size() >= 2 && isSlashQ(p[1]))
        return uncLen(p, 2);
    return 0;
}

} // namespace

QChar pathSeparator(PathStyle style)
{
    return style == PathStyle::Windows ? u'\\' : u'/';
}

bool isPathSeparator(QChar c, PathStyle style)
{
    return c == u'/' || (style == PathStyle::Windows && c == u'\\');
}

QString fromSlash(QStringView path, PathStyle style)
{
    QString out = path.toString();
    if (style == PathStyle::Windows)
        out.replace(u'/', u'\\');
    return out;
}

QString toSlash(QStringView path, PathStyle style)
{
    QString out = path.toString();
    if (style == PathStyle::Windows)
        out.replace(u'\\', u'/');
    return out;
}

QString pathClean(QStringView original, PathStyle style)
{
    const QChar sep = pathSeparator(style);
    const qsizetype volLen = style == PathStyle::Windows ? windowsVolumeLen(original) : 0;
    const QStringView volume = original.first(volLen);
    const QStringView path = original.sliced(volLen);
    if (path.isEmpty()) {
        if (volLen > 1 && isPathSeparator(original[0], style) && isPathSeparator(original[1], style))
            return fromSlash(original, style); // UNC volume alone
        return original.toString() + u'.';
    }
    const bool rooted = isPathSeparator(path[0], style);
    const qsizetype n = path.size();
    QString out;
    out.reserve(n);
    qsizetype r = 0;
    qsizetype dotdot = 0;
    if (rooted) {
        out += sep;
        r = dotdot = 1;
    }
    while (r < n) {
        if (isPathSeparator(path[r], style)) {
            ++r; // empty element
        } else if (path[r] == u'.' && (r + 1 == n || isPathSeparator(path[r + 1], style))) {
            ++r; // "." element
        } else if (path[r] == u'.' && path[r + 1] == u'.' && (r + 2 == n || isPathSeparator(path[r + 2], style))) {
            r += 2; // ".." removes the previous element when there is one
            if (out.size() > dotdot) {
                qsizetype w = out.size() - 1;
                while (w > dotdot && !isPathSeparator(out[w], style))
                    --w;
                out.truncate(w);
            } else if (!rooted) {
                if (!out.isEmpty())
                    out += sep;
                out += u".."_s;
                dotdot = out.size();
            }
        } else {
            if ((rooted && out.size() != 1) || (!rooted && !out.isEmpty()))
                out += sep;
            for (; r < n && !isPathSeparator(path[r], style); ++r)
                out += path[r];
        }
    }
    if (out.isEmpty())
        out = u"."_s;
    // Windows postClean: a relative result whose first element holds ':' would read as a drive.
    if (style == PathStyle::Windows && volLen == 0 && out != path.first(qMin(out.size(), n))) {
        for (const QChar c : std::as_const(out)) {
            if (isPathSeparator(c, style))
                break;
            if (c == u':') {
                out.prepend(u".\\"_s);
                break;
            }
        }
    }
    return fromSlash(QString(volume.toString() + out), style);
}

QString pathDir(QStringView path, PathStyle style)
{
    const qsizetype volLen = style == PathStyle::Windows ? windowsVolumeLen(path) : 0;
    qsizetype i = path.size() - 1;
    while (i >= volLen && !isPathSeparator(path[i], style))
        --i;
    const QString d = pathClean(path.sliced(volLen, i + 1 - volLen), style);
    if (d == u"."_s && volLen > 2)
        return path.first(volLen).toString(); // UNC
    return path.first(volLen).toString() + d;
}

bool isAbsPath(QStringView path, PathStyle style)
{
    if (style == PathStyle::Unix)
        return path.startsWith(u'/');
    const qsizetype volLen = windowsVolumeLen(path);
    if (volLen == 0)
        return false;
    if (isSlashQ(path[0]) && isSlashQ(path[1]))
        return true; // UNC and device paths are absolute
    return volLen < path.size() && isSlashQ(path[volLen]);
}

namespace {

struct Chunk
{
    bool star = false;
    QByteArrayView chunk;
    QByteArrayView rest;
};

// scanChunk: leading stars, then everything up to the next '*' outside a bracket expression.
Chunk scanChunk(QByteArrayView pattern, PathStyle style)
{
    Chunk out;
    while (!pattern.isEmpty() && pattern[0] == '*') {
        pattern = pattern.sliced(1);
        out.star = true;
    }
    bool inRange = false;
    qsizetype i = 0;
    for (; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\' && style == PathStyle::Unix) {
            if (i + 1 < pattern.size())
                ++i;
        } else if (c == '[') {
            inRange = true;
        } else if (c == ']') {
            inRange = false;
        } else if (c == '*' && !inRange) {
            break;
        }
    }
    out.chunk = pattern.first(i);
    out.rest = pattern.sliced(i);
    return out;
}

// getEsc: one (possibly escaped) character of a class; '-' and ']' may not start it and the
// class must not end right after it.
bool getEsc(QByteArrayView& chunk, char32_t* r, PathStyle style)
{
    if (chunk.isEmpty() || chunk[0] == '-' || chunk[0] == ']')
        return false;
    if (chunk[0] == '\\' && style == PathStyle::Unix) {
        chunk = chunk.sliced(1);
        if (chunk.isEmpty())
            return false;
    }
    const DecodedRune d = decodeRune(chunk);
    if (d.rune == kRuneError && d.size == 1)
        return false;
    *r = d.rune;
    chunk = chunk.sliced(d.size);
    return !chunk.isEmpty();
}

enum class ChunkResult { Match, NoMatch, Bad };

// matchChunk: matches the start of `s`; keeps parsing after a mismatch so syntax errors surface.
ChunkResult matchChunk(QByteArrayView chunk, QByteArrayView s, QByteArrayView* rest, PathStyle style)
{
    const char sep = style == PathStyle::Windows ? '\\' : '/';
    bool failed = false;
    while (!chunk.isEmpty()) {
        if (!failed && s.isEmpty())
            failed = true;
        const char c = chunk[0];
        if (c == '[') {
            char32_t r = 0;
            if (!failed) {
                const DecodedRune d = decodeRune(s);
                r = d.rune;
                s = s.sliced(d.size);
            }
            chunk = chunk.sliced(1);
            bool negated = false;
            if (!chunk.isEmpty() && chunk[0] == '^') {
                negated = true;
                chunk = chunk.sliced(1);
            }
            bool matched = false;
            int nrange = 0;
            for (;;) {
                if (!chunk.isEmpty() && chunk[0] == ']' && nrange > 0) {
                    chunk = chunk.sliced(1);
                    break;
                }
                char32_t lo = 0;
                if (!getEsc(chunk, &lo, style))
                    return ChunkResult::Bad;
                char32_t hi = lo;
                if (chunk[0] == '-') {
                    chunk = chunk.sliced(1);
                    if (!getEsc(chunk, &hi, style))
                        return ChunkResult::Bad;
                }
                if (lo <= r && r <= hi)
                    matched = true;
                ++nrange;
            }
            if (matched == negated)
                failed = true;
        } else if (c == '?') {
            if (!failed) {
                if (s[0] == sep)
                    failed = true;
                s = s.sliced(decodeRune(s).size);
            }
            chunk = chunk.sliced(1);
        } else {
            if (c == '\\' && style == PathStyle::Unix) {
                chunk = chunk.sliced(1);
                if (chunk.isEmpty())
                    return ChunkResult::Bad;
            }
            if (!failed) {
                if (chunk[0] != s[0])
                    failed = true;
                s = s.sliced(1);
            }
            chunk = chunk.sliced(1);
        }
    }
    if (failed)
        return ChunkResult::NoMatch;
    *rest = s;
    return ChunkResult::Match;
}

} // namespace

MatchResult pathMatchUtf8(QByteArrayView pattern, QByteArrayView name, PathStyle style)
{
    const char sep = style == PathStyle::Windows ? '\\' : '/';
    MatchResult result;
    while (!pattern.isEmpty()) {
        const Chunk c = scanChunk(pattern, style);
        pattern = c.rest;
        if (c.star && c.chunk.isEmpty()) {
            result.matched = !name.contains(sep); // a trailing '*' takes the rest of one element
            return result;
        }
        QByteArrayView t;
        const ChunkResult first = matchChunk(c.chunk, name, &t, style);
        if (first == ChunkResult::Match && (t.isEmpty() || !pattern.isEmpty())) {
            name = t;
            continue;
        }
        if (first == ChunkResult::Bad) {
            result.badPattern = true;
            return result;
        }
        bool advanced = false;
        if (c.star) {
            // Go skips byte by byte (not rune by rune) and never across a separator.
            for (qsizetype i = 0; i < name.size() && name[i] != sep; ++i) {
                const ChunkResult r = matchChunk(c.chunk, name.sliced(i + 1), &t, style);
                if (r == ChunkResult::Match) {
                    if (pattern.isEmpty() && !t.isEmpty())
                        continue;
                    name = t;
                    advanced = true;
                    break;
                }
                if (r == ChunkResult::Bad) {
                    result.badPattern = true;
                    return result;
                }
            }
        }
        if (advanced)
            continue;
        // No match: still report a syntax error anywhere in the rest of the pattern.
        while (!pattern.isEmpty()) {
            const Chunk rest = scanChunk(pattern, style);
            pattern = rest.rest;
            if (matchChunk(rest.chunk, {}, &t, style) == ChunkResult::Bad) {
                result.badPattern = true;
                return result;
            }
        }
        return result;
    }
    result.matched = name.isEmpty();
    return result;
}

MatchResult pathMatch(QStringView pattern, QStringView name, PathStyle style)
{
    return pathMatchUtf8(pattern.toUtf8(), name.toUtf8(), style);
}

bool isValidPathPattern(QStringView pattern, PathStyle style)
{
    return !pathMatch(pattern, u".", style).badPattern;
}

QString badPatternMessage()
{
    return u"syntax error in pattern"_s;
}

} // namespace gmd::go
