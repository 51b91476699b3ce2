// SPDX-License-Identifier: MIT
#pragma once

#include "contextfs.h"
#include "contextscanresult.h"
#include "patternmatcher.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace gmd {

/// Tuning of a context scan.
struct ScanOptions
{
    int topDirectories = 10; ///< how many largest directories to keep
    qint64 largeFileBytes = 50LL * 1000 * 1000; ///< "large file" threshold (50 MB)
    bool measureExcluded = true; ///< also walk pruned directories, only to size them
    bool keepIndex = false; ///< keep every entry (for CopySourceQuery)
    int progressIntervalMs = 100; ///< progress throttle
};

/// Walks a build context once, the way BuildKit's client (fsutil) does, and reports what is
/// sent: lstat only (symlinks are never followed, so loops are reported, not entered),
/// excluded directories pruned when no exception can re-include anything below them
/// (spec dockerignore.md 6.3), unreadable folders and special files reported. No QObject:
/// run it on a worker thread; cancel through the atomic flag.
class ContextScanner
{
public:
    /// Scans `contextDir` on disk.
    explicit ContextScanner(const QString& contextDir);
    /// Scans through a custom file-system view (tests, remote views).
    ContextScanner(const QString& contextDir, std::unique_ptr<ContextFileSystem> fs);
    ~ContextScanner();
    ContextScanner(const ContextScanner&) = delete;
    ContextScanner& operator=(const ContextScanner&) = delete;

    /// The ignore rules to apply (default: none, everything is sent). An invalid matcher (New
    /// failed) is reported as a PatternError problem and nothing is excluded.
    void setMatcher(const PatternMatcher& matcher) { m_matcher = matcher; }
    void setOptions(const ScanOptions& options) { m_options = options; }
    /// Called from the scanning thread, throttled.
    void setProgressCallback(std::function<void(const ScanProgress&)> callback) { m_progress = std::move(callback); }
    /// The scan stops soon after `*flag` becomes true (the flag must outlive scan()).
    void setCancelFlag(const std::atomic<bool>* flag) { m_cancel = flag; }

    /// Runs the walk. Safe to call again (each call starts afresh).
    ContextScanResult scan();

private:
    struct Walk;
    QString m_contextDir;
    std::unique_ptr<ContextFileSystem> m_fs;
    PatternMatcher m_matcher;
    ScanOptions m_options;
    std::function<void(const ScanProgress&)> m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace gmd
