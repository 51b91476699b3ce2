// SPDX-License-Identifier: MIT
// Go's path.Match and golang.org/x/mod/module.MatchPrefixPatterns (spec PRIV-1..3).
// Matching runs on UTF-8 bytes like Go, so even Go's byte-level quirks for non-ASCII
// names are reproduced.
#include "prefixpatterns.h"

#include "gostrings_p.h"

namespace gmd {

namespace {

using Bytes = QByteArrayView;

enum class ChunkResult { Match, NoMatch, BadPattern };

/// path's scanChunk: an optional run of stars, then the text up to the next star outside [...].
void scanChunk(Bytes pattern, bool* star, Bytes* chunk, Bytes* rest)
{
    qsizetype i = 0;
    *star = false;
    while (i < pattern.size() && pattern.at(i) == '*') {
        ++i;
        *star = true;
    }
    pattern = pattern.sliced(i);
    bool inRange = false;
    qsizetype j = 0;
    for (; j < pattern.size(); ++j) {
        const char c = pattern.at(j);
        if (c == '\\') {
            if (j + 1 < pattern.size())
                ++j; // a trailing backslash is reported by matchChunk
        } else if (c == '[') {
            inRange = true;
        } else if (c == ']') {
            inRange = false;
        } else if (c == '*' && !inRange) {
            break;
        }
    }
    *chunk = pattern.first(j);
    *rest = pattern.sliced(j);
}

/// path's getEsc: one possibly escaped character of a character class.
bool getEsc(Bytes* chunk, char32_t* r)
{
    Bytes c = *chunk;
    if (c.isEmpty() || c.at(0) == '-' || c.at(0) == ']')
        return false;
    if (c.at(0) == '\\') {
        c = c.sliced(1);
        if (c.isEmpty())
            return false;
    }
    const gostr::DecodedRune d = gostr::decodeRune(c.data(), c.size());
    if (d.rune == 0xFFFD && d.size == 1)
        return false;
    *r = d.rune;
    c = c.sliced(d.size);
    if (c.isEmpty())
        return false;
    *chunk = c;
    return true;
}

/// path's matchChunk: does `chunk` (no stars) match the start of `s`? After a mismatch the rest
/// of the chunk is still parsed, so that a malformed pattern is always reported.
ChunkResult matchChunk(Bytes chunk, Bytes s, Bytes* rest)
{
    bool failed = false;
    while (!chunk.isEmpty()) {
        if (!failed && s.isEmpty())
            failed = true;
        const char c = chunk.at(0);
        if (c == '[') {
            char32_t r = 0;
            if (!failed) {
                const gostr::DecodedRune d = gostr::decodeRune(s.data(), s.size());
                r = d.rune;
                s = s.sliced(d.size);
            }
            chunk = chunk.sliced(1);
            bool negated = false;
            if (!chunk.isEmpty() && chunk.at(0) == '^') {
                negated = true;
                chunk = chunk.sliced(1);
            }
            bool match = false;
            int nrange = 0;
            while (true) {
                if (!chunk.isEmpty() && chunk.at(0) == ']' && nrange > 0) {
                    chunk = chunk.sliced(1);
                    break;
                }
                char32_t lo = 0;
                if (!getEsc(&chunk, &lo))
                    return ChunkResult::BadPattern;
                char32_t hi = lo;
                if (chunk.at(0) == '-') {
                    chunk = chunk.sliced(1);
                    if (!getEsc(&chunk, &hi))
                        return ChunkResult::BadPattern;
                }
                if (lo <= r && r <= hi)
                    match = true;
                ++nrange;
            }
            if (match == negated)
                failed = true;
        } else if (c == '?') {
            if (!failed) {
                if (s.at(0) == '/')
                    failed = true;
                s = s.sliced(gostr::decodeRune(s.data(), s.size()).size);
            }
            chunk = chunk.sliced(1);
        } else {
            if (c == '\\') {
                chunk = chunk.sliced(1);
                if (chunk.isEmpty())
                    return ChunkResult::BadPattern;
            }
            if (!failed) {
                if (chunk.at(0) != s.at(0))
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

bool pathMatch(Bytes pattern, Bytes name, bool* ok)
{
    *ok = true;
    while (!pattern.isEmpty()) {
        bool star = false;
        Bytes chunk;
        scanChunk(pattern, &star, &chunk, &pattern);
        if (star && chunk.isEmpty())
            return !name.contains('/'); // a trailing star matches the rest unless it has a '/'
        Bytes t;
        const ChunkResult here = matchChunk(chunk, name, &t);
        if (here == ChunkResult::Match && (t.isEmpty() || !pattern.isEmpty())) {
            name = t;
            continue;
        }
        if (here == ChunkResult::BadPattern) {
            *ok = false;
            return false;
        }
        bool advanced = false;
        if (star) {
            // The star may swallow bytes, but never a '/'.
            for (qsizetype i = 0; i < name.size() && name.at(i) != '/'; ++i) {
                const ChunkResult later = matchChunk(chunk, name.sliced(i + 1), &t);
                if (later == ChunkResult::Match) {
                    if (pattern.isEmpty() && !t.isEmpty())
                        continue;
                    name = t;
                    advanced = true;
                    break;
                }
                if (later == ChunkResult::BadPattern) {
                    *ok = false;
                    return false;
                }
            }
        }
        if (advanced)
            continue;
        // Before answering "no", make sure the rest of the pattern is well formed.
        while (!pattern.isEmpty()) {
            scanChunk(pattern, &star, &chunk, &pattern);
            if (matchChunk(chunk, Bytes(), &t) == ChunkResult::BadPattern) {
                *ok = false;
                return false;
            }
        }
        return false;
    }
    return name.isEmpty();
}

/// The first N+1 '/'-separated elements of target for a glob with N slashes, or false when
/// target has fewer elements (PRIV-2).
bool targetPrefix(const QByteArray& glob, const QByteArray& target, QByteArray* prefix)
{
    qsizetype n = glob.count('/');
    *prefix = target;
    for (qsizetype i = 0; i < target.size(); ++i) {
        if (target.at(i) == '/') {
            if (n == 0) {
                *prefix = target.left(i);
                break;
            }
            --n;
        }
    }
    return n == 0;
}

} // namespace

bool goPathMatch(QStringView pattern, QStringView name, bool* ok)
{
    bool wellFormed = true;
    const QByteArray p = pattern.toUtf8();
    const QByteArray n = name.toUtf8();
    const bool matched = pathMatch(p, n, &wellFormed);
    if (ok)
        *ok = wellFormed;
    return matched;
}

QString matchingGlob(const QString& globs, const QString& target)
{
    const QByteArray t = target.toUtf8();
    // PRIV-1: split on ',' only, no trimming; empty globs are skipped.
    for (const QString& written : globs.split(u',')) {
        QString glob = written;
        if (glob.endsWith(u'/'))
            glob.chop(1); // one trailing slash is ignored
        if (glob.isEmpty())
            continue;
        const QByteArray g = glob.toUtf8();
        QByteArray prefix;
        if (!targetPrefix(g, t, &prefix))
            continue;
        bool wellFormed = true;
        if (pathMatch(g, prefix, &wellFormed) && wellFormed)
            return written;
    }
    return {};
}

bool matchPrefixPatterns(const QString& globs, const QString& target)
{
    return !matchingGlob(globs, target).isEmpty();
}

} // namespace gmd
