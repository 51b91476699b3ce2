// SPDX-License-Identifier: MIT
// GMD151: the file system of GOMODCACHE or GOCACHE has less than 1 GiB free. Module zips are
// downloaded, then extracted next to each other (CACHE-1), and the build cache grows with every
// build: a full disk shows up as "no space left on device" in the middle of a download.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/cache/cacheutil.h"
#include "context/contextscanresult.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

using cache::isInspectableCacheDir;
using cache::decidingDir;

/// The documented rule: less than 1 GiB available to this user (df's "Avail").
constexpr qint64 kMinFreeBytes = qint64(1) << 30;

class CacheNearlyFull final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"GMD151"_s, u"cache-nearly-full"_s, u"Caches"_s,
                u"The disk of a Go cache is nearly full"_s, Severity::Warning};
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        QList<DirFacts> low;
        for (const DirFacts& d : facts.hostDirs) {
            if (d.variable != u"GOMODCACHE"_s && d.variable != u"GOCACHE"_s)
                continue;
            if (!isInspectableCacheDir(d) || d.freeBytes < 0 || d.freeBytes >= kMinFreeBytes)
                continue;
            // Both caches usually share one file system: report it once, naming both.
            bool merged = false;
            for (const DirFacts& seen : low)
                merged = merged || sameFileSystem(seen, d);
            if (!merged)
                low.append(d);
        }
        for (const DirFacts& d : low)
            report(facts, d, out);
    }

private:
    static bool sameFileSystem(const DirFacts& a, const DirFacts& b)
    {
        // Sizes are read a moment apart; a file system is identified by its type and size.
        return a.fsType == b.fsType && a.totalBytes == b.totalBytes && a.totalBytes > 0
            && qAbs(a.freeBytes - b.freeBytes) < (qint64(64) << 20);
    }

    static void report(const Facts& facts, const DirFacts& d, FindingSink& out)
    {
        QStringList vars;
        QStringList commands;
        for (const DirFacts& other : facts.hostDirs) {
            if ((other.variable != u"GOMODCACHE"_s && other.variable != u"GOCACHE"_s) || !isInspectableCacheDir(other))
                continue;
            if (other.variable != d.variable && !sameFileSystem(other, d))
                continue;
            if (vars.contains(other.variable))
                continue;
            vars << u"%1 (%2)"_s.arg(other.variable, other.path);
            commands << (other.variable == u"GOCACHE"_s ? u"go clean -cache"_s : u"go clean -modcache"_s);
        }
        const QString total = d.totalBytes > 0 ? u" of %1"_s.arg(formatBytes(d.totalBytes)) : QString();
        const QString fs = d.fsType.isEmpty() ? QString() : u" (%1)"_s.arg(d.fsType);
        Finding& f = out.report(
            d.variable,
            u"Only %1%2 is free on the file system%3 that holds %4. Module zips are downloaded and then extracted "
            "into the cache, and the build cache grows with every build: with less than 1 GiB free a download or "
            "build can stop with 'no space left on device', often half-way through a large module."_s.arg(
                formatBytes(d.freeBytes), total, fs, vars.join(u" and "_s)));
        f.evidence.append({u"free space"_s, u"%1%2"_s.arg(formatBytes(d.freeBytes), total), decidingDir(d)});
        f.evidence.append(evidenceFor(facts.host().env.get(d.variable)));
        commands.sort(); // "go clean -cache" (usually the largest and always safe) first
        f.fix = FixHint{u"Free space: the build cache is safe to delete and rebuilds itself; go clean -modcache "
                        "deletes every downloaded module (they are downloaded again when needed). Or move the "
                        "caches to a larger disk with go env -w GOMODCACHE=... GOCACHE=..."_s,
                        commands};
        f.rootCauseScore = d.freeBytes < (qint64(100) << 20) ? score::kBreaksSome + 10 : score::kBreaksSome - 10;
    }
};

} // namespace

std::unique_ptr<Check> makeCacheNearlyFull()
{
    return std::make_unique<CacheNearlyFull>();
}

} // namespace gmd::rules
