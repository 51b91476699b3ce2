// SPDX-License-Identifier: MIT
#pragma once

#include "docker/dockerfilefacts.h"
#include "env/goenvironment.h"
#include "env/goenvresolver.h"
#include "env/gotool.h"
#include "env/routes.h"
#include "goenv/envfile.h"
#include "gomod/gomodfile.h"
#include "gomod/gosumfile.h"
#include "gomod/goworkfile.h"
#include "net/probetypes.h"
#include "net/proxyranking.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gmd {

/// The module files of the project folder.
struct ProjectFacts
{
    QString dir;
    QString goModPath;              ///< empty when the folder has no go.mod
    std::optional<GoModFile> goMod; ///< parsed go.mod (with diagnostics), nullopt if absent/unreadable
    QString goModProblem;           ///< why go.mod could not be read (binary, too large, unreadable)
    QString goWorkPath;
    std::optional<GoWorkFile> goWork;
    QString goWorkProblem;          ///< why go.work could not be read
    QStringList workspaceModules;   ///< module paths of go.work's use folders (their go.mod files)
    QString goSumPath;
    std::optional<GoSumFile> goSum;
    QString goSumProblem;
    bool hasVendorDir = false;
    bool hasVendorModulesTxt = false;
};

/// A folder the go command writes to (GOMODCACHE, GOPATH, GOCACHE) on the host.
struct DirFacts
{
    QString variable;        ///< "GOMODCACHE"
    QString path;
    bool exists = false;
    bool writable = false;   ///< the folder, or the nearest existing parent, is writable by us
    QString firstExisting;   ///< the nearest existing ancestor when `path` does not exist
    qint64 freeBytes = -1;   ///< -1 when unknown
    qint64 totalBytes = -1;
    QString fsType;          ///< "ext4", "nfs4", "9p", ...
    QString problem;         ///< why a test could not be done
};

/// The network probes of one or more environments with an identical probe plan (issue 4): the
/// plan is made once per distinct (GOPROXY, GOSUMDB, private hosts, HTTP proxy, TLS) setting.
struct ProbeRun
{
    QString contextId;      ///< the first environment the plan was made for ("host", "Dockerfile:b:12")
    QStringList contextIds; ///< every environment that shares this plan, contextId first
    ProbePlan plan;
    QList<ProbeResult> results; ///< in plan order; NotRun/Cancelled when the run was cancelled
};

/// Immutable input of every check: what the collector found on this machine and in the project.
struct Facts
{
    ProjectFacts project;
    GoToolInfo go;                   ///< the real go command (may be missing or hung)
    GoEnvInputs hostInputs;          ///< OS environment and env files read for the host
    std::optional<EnvFile> userEnvFile; ///< the parsed user env file (when it exists)
    std::optional<EnvFile> goRootEnvFile;
    QList<EnvContext> environments;  ///< [0] is the host; Dockerfile RUN environments follow
    QList<DirFacts> hostDirs;
    /// goX.Y.Z binaries found on the host's PATH (exec.LookPath of TC-3), by name ("go1.22.3").
    QStringList hostGoToolchainsOnPath;
    QList<ModuleRoute> hostRoutes;   ///< one per requirement (and the toolchain when relevant)
    QList<DockerfileFacts> dockerfiles; ///< every Dockerfile of the project (or the ones asked for)
    QStringList notes;               ///< things the report must say ("network probes skipped: --no-network")
    bool networkAllowed = false;
    /// The probes, one run per distinct plan, all run in one parallel batch from this machine
    /// (empty when the network is not allowed). Dockerfile environments are probed from here too.
    QList<ProbeRun> probeRuns;
    ProbeOptions probeOptions;       ///< the timeouts the probes ran with
    qint64 probeElapsedMs = -1;      ///< wall time of the whole batch; -1 when nothing ran
    bool probesCancelled = false;
    /// The proxy ranking (check --rank-proxies, the probe command), over the host environment.
    std::optional<ProxyRanking> ranking;

    /// The host environment (environments[0]); an empty context when there is none.
    const EnvContext& host() const;
    /// The probe run covering the environment `contextId`, or nullptr.
    const ProbeRun* probeRunFor(const QString& contextId) const;
};

} // namespace gmd
