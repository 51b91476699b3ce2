// SPDX-License-Identifier: MIT
// The walk mirrors tonistiigi/fsutil's filtered Walk (spec dockerignore.md 6): each entry is
// matched with its parent directory's per-pattern results, an excluded directory is skipped
// only when PatternMatcher::canPrune says no exception can reach below it, and an excluded
// directory is still sent when something below it is re-included (6.4).
#include "contextscanner.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

struct Totals
{
    qint64 inclBytes = 0, inclFiles = 0, exclBytes = 0, exclFiles = 0;
    bool anySent = false;

    void add(const Totals& o)
    {
        inclBytes += o.inclBytes;
        inclFiles += o.inclFiles;
        exclBytes += o.exclBytes;
        exclFiles += o.exclFiles;
        anySent = anySent || o.anySent;
    }
};

QString joinRel(const QString& dir, const QString& name)
{
    return dir.isEmpty() ? name : dir + u'/' + name;
}

void keepLargest(QList<DirectoryUsage>& list, int n)
{
    std::sort(list.begin(), list.end(), [](const DirectoryUsage& a, const DirectoryUsage& b) {
        return a.bytes != b.bytes ? a.bytes > b.bytes : a.path < b.path;
    });
    if (list.size() > n)
        list.resize(std::max(0, n));
}

} // namespace

struct ContextScanner::Walk
{
    const ContextScanner& s;
    ContextScanResult& r;
    QElapsedTimer timer;
    qint64 lastProgress = 0;
    ScanProgress progress;
    QString canonicalRoot;
    bool patternErrorReported = false;

    bool cancelled()
    {
        if (!r.cancelled && s.m_cancel && s.m_cancel->load(std::memory_order_relaxed))
            r.cancelled = true;
        return r.cancelled;
    }

    void tick(const QString& path, bool force = false)
    {
        if (!s.m_progress)
            return;
        const qint64 now = timer.elapsed();
        if (force || now - lastProgress >= s.m_options.progressIntervalMs) {
            lastProgress = now;
            progress.currentPath = path;
            s.m_progress(progress);
        }
    }

    void problem(ContextProblem::Kind kind, const QString& path, const QString& detail, bool excluded, bool breaks)
    {
        r.problems.append({ kind, path, detail, excluded, breaks });
    }

    int indexEntry(const QString& path, const FsEntry& e, bool excluded, bool pruned, int pattern, int matchedLength)
    {
        if (!s.m_options.keepIndex)
            return -1;
        return r.index.append(
            { path, e.type, e.size, excluded, !excluded && !pruned, pruned, pattern, matchedLength, -1 });
    }

    void classifySymlink(const QString& dir, const QString& path, bool excluded)
    {
        using K = ContextProblem::Kind;
        const SymlinkTarget t = s.m_fs->resolveSymlink(path);
        const QString arrow = u"-> %1"_s.arg(t.text);
        if (t.kind == SymlinkTarget::Kind::Loop) {
            problem(K::SymlinkLoop, path, u"%1: too many levels of symbolic links"_s.arg(arrow), excluded, false);
            return;
        }
        if (t.kind == SymlinkTarget::Kind::Dangling) {
            problem(K::DanglingSymlink, path, u"%1: the target does not exist"_s.arg(arrow), excluded, false);
            return;
        }
        if (canonicalRoot.isEmpty() || t.resolved.isEmpty())
            return;
        const QString rootSlash = canonicalRoot.endsWith(u'/') ? canonicalRoot : canonicalRoot + u'/';
        const bool inside = t.resolved == canonicalRoot || t.resolved.startsWith(rootSlash);
        // The walk never follows links, so the link's parent is root + dir.
        const QString parent = dir.isEmpty() ? canonicalRoot : rootSlash + dir;
        // A loop only counts inside the context; a link to "/" or above the root is "outside".
        if (inside && t.kind == SymlinkTarget::Kind::Directory
            && (parent == t.resolved
                || parent.startsWith(t.resolved.endsWith(u'/') ? t.resolved : t.resolved + u'/'))) {
            problem(K::SymlinkLoop, path,
                u"%1: points to its own ancestor directory; a tool that follows links never ends"_s.arg(arrow),
                excluded, false);
        } else if (!inside) {
            problem(K::SymlinkOutside, path,
                u"%1: points outside the context; it arrives dangling in the build"_s.arg(arrow), excluded, false);
        }
    }

    // A pruned directory (spec 6.3): BuildKit never enters it; sized only for the report.
    Totals measure(const QString& rel, int pattern, int matchedLength)
    {
        Totals t;
        const FsListing listing = s.m_fs->list(rel);
        ++progress.directories;
        if (!listing.ok()) {
            // Harmless for the build (BuildKit never lists it), but the sizes are incomplete.
            r.excludedSizesMeasured = false;
            problem(ContextProblem::Kind::UnreadableDirectory, rel, listing.error, true, false);
            return t;
        }
        for (const FsEntry& e : listing.entries) {
            if (cancelled())
                return t;
            const QString path = joinRel(rel, e.name);
            const int idx = indexEntry(path, e, true, true, pattern, matchedLength);
            if (e.type == EntryType::Directory) {
                ++r.excludedDirectories;
                t.add(measure(path, pattern, matchedLength));
                if (idx >= 0)
                    r.index.at(idx).subtreeEnd = r.index.size();
            } else if (e.type == EntryType::File) {
                ++t.exclFiles;
                t.exclBytes += e.size;
                ++progress.files;
                progress.bytes += e.size;
            } else if (e.type == EntryType::Symlink) {
                ++r.excludedSymlinks;
            } else {
                ++r.excludedSpecial;
            }
            tick(path);
        }
        return t;
    }

    Totals walkDir(const QString& rel, const MatchInfo& info, bool dirExcluded, bool suppressed)
    {
        using K = ContextProblem::Kind;
        Totals t;
        const FsListing listing = s.m_fs->list(rel);
        ++progress.directories;
        if (!listing.ok()) {
            // fsutil ignores a permission error below an excluded directory; any other fails.
            problem(
                K::UnreadableDirectory, rel, listing.error, dirExcluded, !(dirExcluded && listing.permissionDenied));
            return t;
        }
        const PatternMatcher& pm = s.m_matcher;
        for (const FsEntry& e : listing.entries) {
            if (cancelled())
                return t;
            const QString path = joinRel(rel, e.name);
            MatchInfo childInfo; // only directories pass their results on
            const MatchOutcome o = pm.matchesUsingParentResults(
                path, info, e.type == EntryType::Directory ? &childInfo : nullptr, BadPatternMode::TreatAsMiss);
            if (o.error && !patternErrorReported) {
                patternErrorReported = true;
                const int i = o.errorPattern;
                problem(K::PatternError, path,
                    u"%1 line %2 '%3': %4"_s.arg(pm.fileName())
                        .arg(pm.line(i))
                        .arg(pm.written(i), go::badPatternMessage()),
                    false, true);
            }
            const bool excluded = o.excluded;
            const int matchedLength = int(o.matchedPath.size());
            if (!e.statError.isEmpty()) {
                if (!excluded)
                    problem(K::UnreadableFile, path, e.statError, false, true);
                continue;
            }
            const int idx = indexEntry(path, e, excluded, false, o.patternIndex, matchedLength);
            switch (e.type) {
            case EntryType::Directory: {
                const auto kind = suppressed ? std::nullopt : classifySuspiciousDirectory(e.name);
                Totals sub;
                if (excluded && pm.canPrune(path)) {
                    ++r.prunedDirectories;
                    if (s.m_options.measureExcluded)
                        sub = measure(path, o.patternIndex, matchedLength);
                    else
                        r.excludedSizesMeasured = false;
                } else {
                    sub = walkDir(path, childInfo, excluded, suppressed || kind.has_value());
                }
                const bool sent = !excluded || sub.anySent;
                r.excludedDirectories += excluded ? 1 : 0;
                r.includedDirectories += sent ? 1 : 0;
                if (idx >= 0) {
                    r.index.at(idx).sent = sent;
                    r.index.at(idx).subtreeEnd = r.index.size();
                }
                if (kind && sub.inclFiles > 0)
                    r.suspicious.append({ *kind, path, sub.inclBytes, sub.inclFiles, true });
                if (sub.inclFiles > 0)
                    r.largestIncludedDirectories.append({ path, sub.inclBytes, sub.inclFiles });
                if (excluded && !dirExcluded && sub.exclFiles > 0)
                    r.largestExcludedDirectories.append({ path, sub.exclBytes, sub.exclFiles });
                t.add(sub);
                t.anySent = t.anySent || sent;
                break;
            }
            case EntryType::File:
                ++progress.files;
                progress.bytes += e.size;
                if (excluded) {
                    ++t.exclFiles;
                    t.exclBytes += e.size;
                    break;
                }
                ++t.inclFiles;
                t.inclBytes += e.size;
                t.anySent = true;
                if (!e.readable)
                    problem(K::UnreadableFile, path, u"open %1: permission denied"_s.arg(path), false, true);
                if (!suppressed) {
                    if (const auto kind = classifySuspiciousFile(e.name))
                        r.suspicious.append({ *kind, path, e.size, 1, false });
                    else if (e.size > s.m_options.largeFileBytes)
                        r.suspicious.append({ SuspiciousKind::LargeFile, path, e.size, 1, false });
                }
                break;
            case EntryType::Symlink:
                (excluded ? r.excludedSymlinks : r.includedSymlinks) += 1;
                t.anySent = t.anySent || !excluded;
                classifySymlink(rel, path, excluded);
                break;
            default:
                (excluded ? r.excludedSpecial : r.includedSpecial) += 1;
                t.anySent = t.anySent || !excluded;
                problem(K::SpecialFile, path,
                    u"%1: not regular content; the classic builder cannot archive it and tools that read it "
                    "may block"_s.arg(entryTypeName(e.type)),
                    excluded, false);
                break;
            }
            tick(path);
        }
        return t;
    }
};

ContextScanner::ContextScanner(const QString& contextDir)
    : ContextScanner(contextDir, makeDiskFileSystem(contextDir))
{ }

ContextScanner::ContextScanner(const QString& contextDir, std::unique_ptr<ContextFileSystem> fs)
    : m_contextDir(contextDir)
    , m_fs(std::move(fs))
{ }

ContextScanner::~ContextScanner() = default;

ContextScanResult ContextScanner::scan()
{
    ContextScanResult r;
    r.contextDir = m_contextDir;
    r.ignoreFileName = m_matcher.fileName();
    Walk w { *this, r, {}, 0, {}, m_fs->canonicalRoot(), false };
    w.timer.start();
    if (!m_matcher.isValid()) {
        // Spec 1.9 / 3.2-3.3: patternmatcher.New failed, so every build fails before sending.
        w.problem(ContextProblem::Kind::PatternError, QString(),
                  u"%1 line %2: %3"_s.arg(m_matcher.fileName()).arg(m_matcher.errorLine()).arg(m_matcher.error()),
                  false, true);
    }
    const Totals t = w.walkDir(QString(), MatchInfo(), false, false);
    r.includedFiles = t.inclFiles;
    r.includedBytes = t.inclBytes;
    r.excludedFiles = t.exclFiles;
    r.excludedBytes = t.exclBytes;
    keepLargest(r.largestIncludedDirectories, m_options.topDirectories);
    keepLargest(r.largestExcludedDirectories, m_options.topDirectories);
    const bool rootUnreadable = !r.problems.isEmpty() && r.problems.front().path.isEmpty()
        && r.problems.front().kind == ContextProblem::Kind::UnreadableDirectory;
    r.completed = !r.cancelled && !rootUnreadable;
    r.elapsedMs = w.timer.elapsed();
    w.tick(QString(), true);
    return r;
}

} // namespace gmd
