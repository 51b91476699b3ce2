// SPDX-License-Identifier: MIT
#pragma once

#include "contextscanresult.h"
#include "patternmatcher.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gmd {

/// Why a path named by a COPY/ADD source is not in the sent context.
struct CopyEvidence
{
    QString path; ///< the context path the source names
    bool existsInContext = true; ///< false when the scan did not see it (it may not exist)
    int patternIndex = -1; ///< deciding pattern, -1 when no pattern excludes it
    int line = 0; ///< its line in the ignore file
    QString text; ///< ".dockerignore line 3 '*.sum' excludes go.sum"
};

/// What one COPY/ADD source really copies from the context.
struct CopySourceResult
{
    QString source; ///< as written in the Dockerfile
    QString cleaned; ///< context-relative, '/'-separated; "" = the whole context
    bool wholeContext = false; ///< "." or "/"
    bool hasWildcards = false; ///< some element has an unescaped `*`, `?` or `[`
    QStringList roots; ///< what the source resolves to in the sent context
    qint64 files = 0; ///< regular files copied
    qint64 bytes = 0;
    QStringList sampleFiles; ///< the first few files copied
    QList<CopyEvidence> excludedBy; ///< when nothing is copied: the named paths the rules remove
    QString message; ///< one-line summary for a report

    bool copiesNothing() const { return roots.isEmpty(); }
};

/// Resolves COPY/ADD sources against a scanned context the way BuildKit does: the source is
/// cleaned below "/", split at the first element with a wildcard, and the rest matched per
/// element with Go's filepath.Match over what was *sent* (excluded files do not exist for
/// COPY); a matched directory copies everything sent below it. Needs a scan made with
/// ScanOptions::keepIndex (and measureExcluded, to name the files the rules removed).
class CopySourceQuery
{
public:
    CopySourceQuery(const ContextIndex& index, const PatternMatcher& matcher);

    /// Resolves one source.
    CopySourceResult resolve(const QString& source) const;

    /// How many sample files resolve() lists.
    static constexpr int kSampleFiles = 10;
    /// How many evidence entries resolve() lists.
    static constexpr int kMaxEvidence = 20;

private:
    CopyEvidence evidenceFor(int entryIndex) const;
    CopyEvidence evidenceForUnseen(const QString& path) const;
    void collect(int rootIndex, CopySourceResult* out) const;
    /// [first, end) of the entries below `dir` ("" = everything).
    std::pair<int, int> subtree(const QString& dir) const;

    const ContextIndex& m_index;
    const PatternMatcher& m_matcher;
};

/// fsutil's containsWildcards: an unescaped `*`, `?` or `[` (escapes only on Unix).
bool containsCopyWildcards(QStringView element, PathStyle style = PathStyle::Unix);

} // namespace gmd
