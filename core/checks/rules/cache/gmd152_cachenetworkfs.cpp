// SPDX-License-Identifier: MIT
// GMD152: GOMODCACHE lives on a network or VM-shared file system. The go command guards the cache
// with blocking flock locks without a timeout (CACHE-3): on NFS without a lock manager they block
// for ever or fail with "no locks available" (golang/go#49894), the WSL 9P mount does not support
// them (golang/go#37461), and on most shared file systems they do not reach other machines (H11).
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/cache/cacheutil.h"

#include <QStringList>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

using cache::isInspectableCacheDir;
using cache::decidingDir;

/// Why go's file locks are unreliable on file system `type` (as /proc/mounts names it); empty
/// for local file systems.
QString lockProblem(const QString& type)
{
    const QString t = type.toLower();
    if (t == u"nfs"_s || t == u"nfs4"_s)
        return u"NFS: flock needs the server's lock manager (NLM for NFSv3); with 'nolock' or without lockd the "
               "locks either stay on this machine or block for ever / fail with 'no locks available' "
               "(golang/go#49894)"_s;
    if (t == u"cifs"_s || t == u"smb3"_s || t == u"smbfs"_s)
        return u"SMB/CIFS: flock is emulated with byte-range locks, which fail or block on many servers, and "
               "the read-only module trees clash with SMB permissions"_s;
    if (t == u"9p"_s || t == u"drvfs"_s)
        return u"a WSL or VM 9P share: the locks go takes are not supported there (golang/go#37461), and "
               "every file operation is slow"_s;
    if (t == u"fuse.sshfs"_s)
        return u"sshfs: locks exist only on this machine, and every file operation is a network round trip"_s;
    if (t == u"virtiofs"_s)
        return u"virtiofs (Docker Desktop, VM shares): flock works only when virtiofsd has it enabled, and is "
               "not shared with the host"_s;
    static const QStringList shared = {u"vboxsf"_s, u"prl_fs"_s, u"fuse.vmhgfs-fuse"_s, u"fuse.grpcfuse"_s};
    if (shared.contains(t))
        return u"a VM shared folder: file locks are not reliable there"_s;
    static const QStringList cluster = {u"ceph"_s,  u"fuse.ceph"_s, u"glusterfs"_s, u"fuse.glusterfs"_s,
                                        u"lustre"_s, u"gpfs"_s,      u"afs"_s,       u"fuse.s3fs"_s,
                                        u"fuse.gcsfuse"_s, u"fuse.rclone"_s, u"fuse.goofys"_s};
    if (cluster.contains(t))
        return u"a network or object-storage file system: flock semantics differ from a local disk, and locks "
               "may not be shared between machines"_s;
    return {};
}

class CacheNetworkFilesystem final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"GMD152"_s, u"cache-network-filesystem"_s, u"Caches"_s,
                u"The module cache is on a network file system"_s, Severity::Warning};
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        for (const DirFacts& d : facts.hostDirs) {
            if (d.variable != u"GOMODCACHE"_s || !isInspectableCacheDir(d))
                continue;
            const QString problem = lockProblem(d.fsType);
            if (problem.isEmpty())
                continue;
            Finding& f = out.report(
                d.variable,
                u"GOMODCACHE (%1) is on a file system of type %2. The go command locks the module cache with blocking "
                "file locks that have no timeout (CACHE-3, H11); on %3. A go command that waits on such a lock "
                "prints nothing and looks hung."_s.arg(d.path, d.fsType, problem));
            f.evidence.append({u"file system"_s, d.fsType, decidingDir(d)});
            f.evidence.append(evidenceFor(facts.host().env.get(d.variable)));
            const QString user = facts.hostInputs.os.value(u"USER"_s);
            const QString local = user.isEmpty() ? u"/var/tmp/gomodcache"_s : u"/var/tmp/%1/gomodcache"_s.arg(user);
            f.fix = fixSetVariable(facts.host(), facts.host().env.get(u"GOMODCACHE"_s), local,
                                   u"Keep the module cache on a local disk (in CI: one cache per job, restored "
                                   "and saved by the CI's cache step, never one cache shared over the network), "
                                   "for example:"_s);
            f.rootCauseScore = d.fsType.startsWith(u"nfs"_s) || d.fsType == u"9p"_s ? score::kHangCause - 10
                                                                                     : score::kConfusing;
        }
    }
};

} // namespace

std::unique_ptr<Check> makeCacheNetworkFilesystem()
{
    return std::make_unique<CacheNetworkFilesystem>();
}

} // namespace gmd::rules
