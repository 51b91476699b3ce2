// SPDX-License-Identifier: MIT
// GMD150: a folder the go command writes to (GOMODCACHE, GOPATH, GOCACHE) is not writable and
// cannot be created, so downloads fail with "permission denied" on mkdir, lock or .tmp files
// (CACHE-2, H12). Typical: a cache warmed as root in a Docker image, used by another user.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/cache/cacheutil.h"

#include <QDir>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

using cache::isInspectableCacheDir;
using cache::decidingDir;

/// What goes wrong when `variable` cannot be written.
QString consequence(const QString& variable)
{
    if (variable == u"GOMODCACHE"_s)
        return u"every module that is not in the cache yet fails with 'permission denied' (mkdir "
               ".../cache/download/..., open ....lock or ....tmp)"_s;
    if (variable == u"GOPATH"_s)
        return u"go cannot keep the checksum database's state in GOPATH/pkg/sumdb (new modules fail "
               "verification with 'permission denied') nor install to GOPATH/bin"_s;
    return u"go build and go test fail with 'permission denied' (a missing build cache gives 'failed to "
           "initialize build cache at ...')"_s;
}

/// The per-user location the variable gets by default, for a user whose HOME is `home`.
QString perUserLocation(const QString& variable, const QString& home)
{
    if (variable == u"GOMODCACHE"_s)
        return home + u"/go/pkg/mod"_s;
    if (variable == u"GOPATH"_s)
        return home + u"/go"_s;
    return home + u"/.cache/go-build"_s;
}

bool isInside(const QString& path, const QString& dir)
{
    const QString p = QDir::cleanPath(path);
    const QString d = QDir::cleanPath(dir);
    return p == d || p.startsWith(d == u"/"_s ? d : d + u'/');
}

class CacheNotWritable final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"GMD150"_s, u"cache-not-writable"_s, u"Caches"_s,
                u"A Go cache folder is not writable"_s, Severity::Error};
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        // One finding per deciding folder: GOMODCACHE under an unwritable GOPATH is one problem.
        QList<QString> order;
        QMap<QString, QList<DirFacts>> groups;
        for (const DirFacts& d : facts.hostDirs) {
            if (!isInspectableCacheDir(d) || d.writable || decidingDir(d).isEmpty())
                continue;
            const QString key = QDir::cleanPath(decidingDir(d));
            if (!groups.contains(key))
                order.append(key);
            groups[key].append(d);
        }
        for (const QString& blocker : order)
            report(facts, blocker, groups.value(blocker), out);
    }

private:
    static void report(const Facts& facts, const QString& blocker, const QList<DirFacts>& dirs, FindingSink& out)
    {
        const DirFacts& first = dirs.first();
        QStringList names, effects;
        bool modCache = false;
        for (const DirFacts& d : dirs) {
            names << u"%1 (%2)"_s.arg(d.variable, d.path);
            effects << consequence(d.variable);
            modCache = modCache || d.variable == u"GOMODCACHE"_s;
        }
        QString message;
        if (first.exists)
            message = u"%1 is not writable by this user"_s.arg(names.join(u", "_s));
        else if (dirs.size() == 1)
            message = u"%1 does not exist and cannot be created: its nearest existing parent %2 is not writable "
                      "by this user"_s.arg(names.first(), blocker);
        else
            message = u"%1 cannot be created: their nearest existing parent %2 is not writable by this user"_s.arg(
                names.join(u" and "_s), blocker);
        message += u". Consequence: "_s + effects.join(u"; "_s) + u" (CACHE-2, H12)."_s;

        Finding& f = out.report(first.variable, message);
        for (const DirFacts& d : dirs) {
            f.evidence.append({d.variable, d.path,
                               d.exists ? u"exists, not writable"_s
                                        : u"missing; nearest existing parent %1 is not writable"_s.arg(blocker)});
            f.evidence.append(evidenceFor(facts.host().env.get(d.variable)));
        }
        f.fix = fixFor(facts, blocker, dirs);
        f.rootCauseScore = modCache ? score::kBlocksAllDownloads - 10 : score::kBreaksSome;
    }

    static FixHint fixFor(const Facts& facts, const QString& blocker, const QList<DirFacts>& dirs)
    {
        const QString advice = u" Never run go with sudo: that only adds root-owned files. A cache shared by several "
                               "users needs group-writable folders and -modcacherw (GOFLAGS=-modcacherw), because go "
                               "makes extracted modules read-only; delete a cache with go clean -modcache, not rm -rf. "_s;
        const QString home = facts.hostInputs.os.value(u"HOME"_s);
        FixHint fix;
        if (!home.isEmpty() && isInside(blocker, home) && QDir::cleanPath(blocker) != QDir::cleanPath(home)) {
            // Inside the user's own home: it was created by another user (root in Docker, sudo go).
            fix.description = u"%1 lies in your home folder but belongs to another user (often root, after "
                              "sudo go or a Docker build)."_s.arg(blocker)
                + advice + u"Take the folder back:"_s;
            fix.commands << u"sudo chown -R \"$(id -un)\": %1"_s.arg(shellQuote(blocker));
            return fix;
        }
        fix.description = u"%1 is not yours to write."_s.arg(blocker) + advice
            + u"Use a per-user location instead:"_s;
        if (home.isEmpty())
            return fix;
        const EnvContext& host = facts.host();
        bool gopathMoves = false;
        for (const DirFacts& d : dirs)
            gopathMoves = gopathMoves || d.variable == u"GOPATH"_s;
        for (const DirFacts& d : dirs) {
            const EnvValue v = host.env.get(d.variable);
            if (d.variable == u"GOMODCACHE"_s && gopathMoves && v.source == EnvSource::Derived)
                continue; // follows GOPATH
            const QString target = perUserLocation(d.variable, home);
            if (isInside(target, blocker))
                continue; // the per-user default is just as unwritable
            fix.commands << fixSetVariable(host, v, target, {}).commands;
        }
        return fix;
    }
};

} // namespace

std::unique_ptr<Check> makeCacheNotWritable()
{
    return std::make_unique<CacheNotWritable>();
}

} // namespace gmd::rules
