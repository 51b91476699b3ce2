// SPDX-License-Identifier: MIT
#pragma once

#include "checks/facts.h"
#include "checks/probecollector.h"

#include <QProcessEnvironment>

#include <atomic>

namespace gmd {

struct CollectOptions
{
    QString projectDir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); ///< the diagnosed environment
    QString goCommand = QStringLiteral("go"); ///< name on PATH or a path (--go)
    int goTimeoutMs = 10000;
    bool network = true;
    const std::atomic<bool>* cancel = nullptr;
    /// Dockerfiles to analyse; empty = the ones findDockerfiles() finds in the project folder.
    QStringList dockerfiles;
    bool scanDockerfiles = true;      ///< false: no Dockerfile analysis at all
    QMap<QString, QString> buildArgs; ///< --build-arg K=V
    QString target;                   ///< --target STAGE (default: the last stage)
    /// Network probes (when `network`): timeouts and caps of every probe.
    ProbeOptions probeOptions;
    /// Called as each probe ends (streaming, e.g. for the GUI), in the collecting thread.
    ProbeFinishedCallback onProbeFinished;
    /// Called once the probe plans are made, before any probe starts.
    std::function<void(const QList<ProbeRun>&)> onProbesPlanned;
    /// Also rank proxies by speed and correctness (check --rank-proxies); needs `network`.
    bool rankProxies = false;
    RankingOptions rankingOptions;
    RankingProgress onRankingProgress;
};

/// Gathers the facts about the host and the project: module files, the real go command,
/// the effective environment with sources, cache folders and module routes. Blocking (runs
/// `go`, probes the network with its own event loop); call from a worker thread, never from a GUI
/// thread. Never fails: problems are recorded in the facts.
Facts collectFacts(const CollectOptions& options);

/// Reads and parses the project's go.mod, go.work and go.sum (no go command needed).
ProjectFacts collectProjectFacts(const QString& dir, const QString& gowork = {});

/// Stats a folder the go command writes to.
DirFacts inspectDir(const QString& variable, const QString& path);

/// The goX.Y.Z executables in the folders of a PATH value (TC-3's exec.LookPath candidates).
QStringList goToolchainsOnPath(const QString& path);

/// The routes of every requirement of go.mod (deduplicated by path), in go.mod order.
QList<ModuleRoute> routesForProject(const ProjectFacts& project, const EffectiveEnv& env);

} // namespace gmd
