// SPDX-License-Identifier: MIT
#pragma once

#include "ignorefile.h"
#include "ignorepattern.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace gmd {

/// The answer to "is this path excluded, and by which line?".
struct MatchOutcome
{
    bool excluded = false; ///< matched = not sent
    int patternIndex = -1; ///< the last pattern that matched and set the state; -1 when none
    QString matchedPath; ///< what that pattern matched: the path itself or an ancestor
    bool error = false; ///< a pattern failed with "syntax error in pattern" (spec 3.4)
    int errorPattern = -1; ///< which one
};

/// Per-pattern results recorded for a directory during the walk (PM MatchInfo, spec 6.1):
/// for each pattern the length of the ancestor path it matched, 0 for "did not match".
struct MatchInfo
{
    std::vector<int> matchedLength;
    bool isEmpty() const { return matchedLength.empty(); }
};

/// What to do when a pattern cannot be matched (spec 3.4).
enum class BadPatternMode {
    Stop, ///< as BuildKit: the evaluation fails (outcome.error, excluded = false)
    TreatAsMiss ///< record the error but carry on as if that pattern did not match (for reports)
};

/// A compiled list of .dockerignore patterns (moby/patternmatcher PatternMatcher, spec 3),
/// with the evaluations of spec 5 and 6 and the walk's pruning rule (spec 6.3).
class PatternMatcher
{
public:
    PatternMatcher() = default;

    /// patternmatcher.New: trims, cleans, splits off '!', syntax-checks every pattern (spec 3).
    static PatternMatcher create(const QStringList& patterns, PathStyle style = PathStyle::Unix);
    /// The same for an ignore file, remembering each pattern's line for evidence.
    static PatternMatcher fromIgnoreFile(const IgnoreFile& file, PathStyle style = PathStyle::Unix);

    /// False when New failed; error() then holds the verbatim Go message.
    bool isValid() const { return m_error.isEmpty(); }
    /// `illegal exclusion pattern: "!"` or `syntax error in pattern`; empty when valid.
    QString error() const { return m_error; }
    /// The 1-based line (or list index + 1) of the pattern that made New fail; 0 when valid.
    int errorLine() const { return m_errorLine; }
    /// The ignore file name given to fromIgnoreFile (".dockerignore" for create()).
    QString fileName() const { return m_fileName; }
    PathStyle style() const { return m_style; }

    int size() const { return int(m_patterns.size()); }
    const IgnorePattern& pattern(int i) const { return m_patterns[size_t(i)]; }
    /// The line of pattern i (or its list index + 1).
    int line(int i) const { return m_lines.value(i); }
    /// Pattern i as written (trimmed line text), for evidence.
    QString written(int i) const { return m_written.value(i); }
    /// PatternMatcher.Exclusions(): some pattern is an exception.
    bool hasExceptions() const { return m_hasExceptions; }

    /// pm.MatchesExact: only the path itself is tested.
    MatchOutcome matchesExact(QStringView file, BadPatternMode mode = BadPatternMode::Stop) const;
    /// pm.Matches (deprecated): the path, then only the ancestor as deep as the pattern.
    MatchOutcome matchesLegacy(QStringView file, BadPatternMode mode = BadPatternMode::Stop) const;
    /// pm.MatchesOrParentMatches, spec 5: the path or any ancestor.
    MatchOutcome matchesOrParentMatches(QStringView file, BadPatternMode mode = BadPatternMode::Stop) const;
    /// pm.MatchesUsingParentResults, spec 6.1: `parent` is the directory's recorded info (empty
    /// for top-level entries); the path's own info is written to `info` (may be null; only
    /// directories need it).
    MatchOutcome matchesUsingParentResults(
        QStringView file, const MatchInfo& parent, MatchInfo* info, BadPatternMode mode = BadPatternMode::Stop) const;
    /// Spec 6 for one path without a walk: each ancestor evaluated in turn, as fsutil would.
    MatchOutcome evaluateWalk(QStringView path, BadPatternMode mode = BadPatternMode::Stop) const;

    /// fsutil's onlyPrefixExcludeExceptions: no exception has a wildcard apart from a trailing
    /// "/**" or "/*" (`*[]?^`, and `\` on Unix).
    bool onlyPrefixExceptions() const { return m_onlyPrefixExceptions; }
    /// Spec 6.3: true when the walk skips the *excluded* directory `dir` entirely.
    bool canPrune(QStringView dir) const;

    /// Evidence text: ".dockerignore line 3 '*.sum' excludes go.sum", "... re-includes ...",
    /// "(via directory vendor)" when an ancestor matched, or "no line of .dockerignore excludes x".
    QString describe(const MatchOutcome& outcome, const QString& path) const;

private:
    friend class PatternMatcherBuilder;
    MatchOutcome evaluateParents(QStringView file, bool legacy, BadPatternMode mode) const;

    std::vector<IgnorePattern> m_patterns;
    QList<int> m_lines;
    QStringList m_written;
    QString m_fileName = QStringLiteral(".dockerignore");
    QString m_error;
    int m_errorLine = 0;
    PathStyle m_style = PathStyle::Unix;
    bool m_hasExceptions = false;
    bool m_onlyPrefixExceptions = true;
};

/// The package-level patternmatcher.Matches: New, Clean the path, "." never matches; then the
/// legacy evaluation (conformance api "Matches").
MatchOutcome legacyMatches(
    QStringView file, const QStringList& patterns, PathStyle style = PathStyle::Unix, QString* error = nullptr);
/// The package-level patternmatcher.MatchesOrParentMatches (spec 5).
MatchOutcome matchesOrParentMatches(
    QStringView file, const QStringList& patterns, PathStyle style = PathStyle::Unix, QString* error = nullptr);

} // namespace gmd
