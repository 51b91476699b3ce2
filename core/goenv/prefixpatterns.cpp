// SPDX-License-Identifier: MIT
// golang.org/x/mod/module.MatchPrefixPatterns (spec PRIV-1..3) on top of Go's path.Match.
// Matching runs on UTF-8 bytes like Go, so even Go's byte-level quirks for non-ASCII
// names are reproduced.
#include "prefixpatterns.h"

#include "common/go/path.h"

namespace gmd {

namespace {

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
    const go::MatchResult r = go::pathMatch(pattern, name);
    if (ok)
        *ok = !r.badPattern;
    return r.matched;
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
        const go::MatchResult r = go::pathMatchUtf8(g, prefix);
        if (r.matched && !r.badPattern)
            return written;
    }
    return {};
}

bool matchPrefixPatterns(const QString& globs, const QString& target)
{
    return !matchingGlob(globs, target).isEmpty();
}

} // namespace gmd
