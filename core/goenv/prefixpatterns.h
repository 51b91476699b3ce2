// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace gmd {

/// Go's path.Match (go::pathMatch()). `*ok` is set to false when the pattern is malformed (ErrBadPattern).
bool goPathMatch(QStringView pattern, QStringView name, bool* ok = nullptr);

/// golang.org/x/mod/module.MatchPrefixPatterns (spec PRIV-1..3): split on ',' only, no trimming,
/// empty globs skipped, one trailing '/' removed; a glob with N slashes matches the first N+1
/// path elements; malformed globs are ignored.
bool matchPrefixPatterns(const QString& globs, const QString& target);

/// The first glob of `globs` that matches `target` (as written, before removing the trailing '/'),
/// or an empty string. Used as evidence ("matched by glob git.corp.com/*").
QString matchingGlob(const QString& globs, const QString& target);

/// A reason a glob in a GOPRIVATE/GONOPROXY/GONOSUMDB/GOINSECURE list can never match what the
/// user intended (spec H6).
struct PatternProblem
{
    enum Kind { Whitespace, Scheme, GitSuffix, Quote, CarriageReturn, UpperCase, Semicolon, Malformed, Empty };
    Kind kind = Whitespace;
    QString glob;      ///< the glob as written
    int offset = 0;    ///< 0-based position of the glob in the list
    QString suggestion; ///< the corrected glob ("github.com/org" for "https://github.com/org.git"); may be empty
    QString message;   ///< one sentence, e.g. "contains a space, so it never matches"
};

/// Lints a pattern list. `Empty` is reported for "a,,b" only as information.
QList<PatternProblem> lintPatternList(const QString& globs);

/// The list rewritten with every suggestion applied and empty globs removed.
QString correctedPatternList(const QString& globs);

} // namespace gmd
