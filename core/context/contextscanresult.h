// SPDX-License-Identifier: MIT
#pragma once

#include "contextfs.h"
#include "suspicious.h"

#include <QHash>
#include <QList>
#include <QString>

namespace gmd {

/// One entry of the context as the walk decided it (kept when ScanOptions::keepIndex is set).
struct ContextEntry
{
    QString path; ///< relative, '/'-separated
    EntryType type = EntryType::File;
    qint64 size = 0;
    bool excluded = false; ///< the ignore rules exclude it (spec 6)
    bool sent = false; ///< part of what BuildKit transfers (an excluded directory is sent when something below is
                       ///< re-included, spec 6.4)
    bool pruned = false; ///< below a directory the walk never entered (spec 6.3); listed only to explain
    int pattern = -1; ///< the deciding pattern (PatternMatcher index), -1 when none
    int matchedLength = 0; ///< that pattern matched path.left(matchedLength) (the path or an ancestor)
    int subtreeEnd = -1; ///< for directories: index one past the last descendant
};

/// Every entry in walk order (depth first, names sorted), with a path lookup.
class ContextIndex
{
public:
    /// Appends an entry and returns its index.
    int append(ContextEntry entry);
    /// The index of `path`, -1 when it is not listed.
    int find(const QString& path) const { return m_byPath.value(path, -1); }
    const QList<ContextEntry>& entries() const { return m_entries; }
    ContextEntry& at(int i) { return m_entries[i]; }
    const ContextEntry& at(int i) const { return m_entries[i]; }
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    QList<ContextEntry> m_entries;
    QHash<QString, int> m_byPath;
};

/// Something the walk could not handle normally.
struct ContextProblem
{
    enum class Kind {
        UnreadableDirectory, ///< cannot be listed (permission denied, I/O error)
        UnreadableFile, ///< a regular file this user cannot open, or an entry lstat failed on
        SpecialFile, ///< named pipe, socket or device
        SymlinkLoop, ///< ELOOP, or a link to one of its own ancestor directories
        SymlinkOutside, ///< points outside the context: it arrives dangling in the build
        DanglingSymlink, ///< the target does not exist
        PatternError ///< a pattern failed to match: every build fails (spec 3.4)
    };
    Kind kind = Kind::UnreadableDirectory;
    QString path; ///< relative path ("" = the context root)
    QString detail; ///< the OS error, link target, or type
    bool excluded = false;
    bool breaksBuild = false; ///< BuildKit's transfer would fail on it
};

/// Bytes and files below one directory.
struct DirectoryUsage
{
    QString path;
    qint64 bytes = 0;
    qint64 files = 0;
};

/// An included path that usually should not be sent.
struct SuspiciousInclusion
{
    SuspiciousKind kind = SuspiciousKind::LargeFile;
    QString path;
    qint64 bytes = 0;
    qint64 files = 1;
    bool directory = false;
};

/// Progress while scanning (reported at most every ScanOptions::progressIntervalMs).
struct ScanProgress
{
    qint64 files = 0; ///< regular files seen so far (included and excluded)
    qint64 bytes = 0; ///< their bytes
    qint64 directories = 0; ///< directories listed so far
    QString currentPath;
};

/// What a scan found.
struct ContextScanResult
{
    QString contextDir;
    QString ignoreFileName; ///< the matcher's file name (".dockerignore", "Dockerfile.dockerignore")
    bool completed = false; ///< false when cancelled or the root could not be listed
    bool cancelled = false;

    qint64 includedFiles = 0, includedBytes = 0;
    qint64 excludedFiles = 0, excludedBytes = 0; ///< pruned directories count when measured
    qint64 includedDirectories = 0; ///< directories sent (root not counted)
    qint64 excludedDirectories = 0; ///< excluded directories (pruned or walked)
    qint64 prunedDirectories = 0; ///< excluded directories the walk never entered (spec 6.3)
    qint64 includedSymlinks = 0, excludedSymlinks = 0;
    qint64 includedSpecial = 0, excludedSpecial = 0; ///< FIFOs, sockets, devices
    bool excludedSizesMeasured = true; ///< false when pruned directories were not measured

    QList<DirectoryUsage> largestIncludedDirectories; ///< any depth, by included bytes
    QList<DirectoryUsage> largestExcludedDirectories; ///< roots of excluded subtrees, by excluded bytes
    QList<SuspiciousInclusion> suspicious;
    QList<ContextProblem> problems;

    ContextIndex index; ///< when ScanOptions::keepIndex
    qint64 elapsedMs = 0;

    /// True when some problem makes BuildKit's transfer fail.
    bool breaksBuild() const;
};

/// "1.2 MB" style sizes for messages (powers of 1000, like docker's output).
QString formatBytes(qint64 bytes);

} // namespace gmd
