// SPDX-License-Identifier: MIT
#include "factscollector.h"

#include "common/textfile.h"

#include <QDir>
#include <QRegularExpression>
#include <QFileInfo>
#include <QSet>
#include <QStorageInfo>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

const EnvContext& Facts::host() const
{
    static const EnvContext empty;
    return environments.isEmpty() ? empty : environments.first();
}

const ProbeRun* Facts::probeRunFor(const QString& contextId) const
{
    for (const ProbeRun& run : probeRuns) {
        if (run.contextIds.contains(contextId))
            return &run;
    }
    return nullptr;
}

namespace {

/// The network part (issue 4): every environment's probes in one parallel batch, then the
/// optional proxy ranking over the host environment.
void collectNetworkFacts(const CollectOptions& options, Facts& facts)
{
    facts.probeOptions = options.probeOptions;
    if (!options.network) {
        facts.notes << u"Network probes were skipped (--no-network)."_s;
        return;
    }
    if (options.cancel && options.cancel->load())
        return;
    facts.probeRuns = planProbeRuns(facts, options.probeOptions);
    if (options.onProbesPlanned)
        options.onProbesPlanned(facts.probeRuns);
    facts.probeElapsedMs = runProbeRuns(facts.probeRuns, options.probeOptions, options.cancel, options.onProbeFinished);
    facts.probesCancelled = options.cancel && options.cancel->load();
    int probes = 0;
    for (const ProbeRun& run : std::as_const(facts.probeRuns))
        probes += int(run.results.size());
    facts.notes << u"%1 network probe(s) for %2 environment(s) ran in parallel in %3 ms (connect timeout %4 ms, "
                   "response timeout %5 ms)%6."_s.arg(QString::number(probes), QString::number(facts.environments.size()),
                       QString::number(facts.probeElapsedMs), QString::number(options.probeOptions.connectTimeoutMs),
                       QString::number(options.probeOptions.responseTimeoutMs),
                       facts.probesCancelled ? u"; cancelled"_s : QString());
    if (options.rankProxies && !facts.probesCancelled) {
        RankingOptions ro = options.rankingOptions;
        ro.probe = options.probeOptions;
        facts.ranking = rankProxies(facts.host().env, facts.hostRoutes, ro, options.cancel, options.onRankingProgress);
    }
}

} // namespace

ProjectFacts collectProjectFacts(const QString& dir, const QString& gowork)
{
    ProjectFacts p;
    p.dir = QDir(dir).absolutePath();
    const QDir d(p.dir);

    const QString goMod = d.filePath(u"go.mod"_s);
    if (QFileInfo::exists(goMod)) {
        p.goModPath = goMod;
        const FileReadResult r = readTextFile(goMod);
        if (r.ok())
            p.goMod = parseGoMod(r.bytes, goMod);
        else
            p.goModProblem = r.message;
    }
    QString goWork = gowork;
    if (goWork == u"off"_s)
        goWork.clear();
    else if (goWork.isEmpty() && QFileInfo::exists(d.filePath(u"go.work"_s)))
        goWork = d.filePath(u"go.work"_s);
    if (!goWork.isEmpty()) {
        p.goWorkPath = goWork;
        const FileReadResult r = readTextFile(goWork);
        if (r.ok())
            p.goWork = parseGoWork(r.bytes, goWork);
        else
            p.goWorkProblem = r.message;
    }
    if (p.goWork) {
        // Workspace modules replace their requirements with local folders: go.sum needs no
        // lines for them (GMD182).
        const QDir workDir = QFileInfo(goWork).absoluteDir();
        for (const WorkUse& use : p.goWork->uses) {
            const FileReadResult r = readTextFile(QDir::cleanPath(workDir.absoluteFilePath(use.dir) + u"/go.mod"_s));
            if (!r.ok())
                continue;
            const GoModFile m = parseGoMod(r.bytes, use.dir + u"/go.mod"_s);
            if (!m.modulePath.isEmpty())
                p.workspaceModules.append(m.modulePath);
        }
    }
    const QString goSum = d.filePath(u"go.sum"_s);
    if (QFileInfo::exists(goSum)) {
        p.goSumPath = goSum;
        const FileReadResult r = readTextFile(goSum, 256 * 1024 * 1024);
        if (r.ok())
            p.goSum = parseGoSum(r.bytes, goSum);
        else
            p.goSumProblem = r.message;
    }
    p.hasVendorDir = QFileInfo(d.filePath(u"vendor"_s)).isDir();
    p.hasVendorModulesTxt = QFileInfo::exists(d.filePath(u"vendor/modules.txt"_s));
    return p;
}

DirFacts inspectDir(const QString& variable, const QString& path)
{
    DirFacts f;
    f.variable = variable;
    f.path = path;
    if (path.isEmpty() || path == u"off"_s)
        return f;
    QFileInfo fi(path);
    f.exists = fi.isDir();
    QString probe = path;
    if (!f.exists) {
        // Walk up by name: QDir::cdUp() refuses to move to a parent that does not exist.
        QString up = QDir::cleanPath(QDir(path).absolutePath());
        while (!QFileInfo(up).isDir() && up != u"/"_s && !up.isEmpty())
            up = QFileInfo(up).absolutePath();
        f.firstExisting = up;
        probe = f.firstExisting;
    }
    f.writable = QFileInfo(probe).isDir() && QFileInfo(probe).isWritable();
    const QStorageInfo storage(probe);
    if (storage.isValid()) {
        f.freeBytes = storage.bytesAvailable();
        f.totalBytes = storage.bytesTotal();
        f.fsType = QString::fromUtf8(storage.fileSystemType());
    } else {
        f.problem = u"cannot determine the file system of '%1'"_s.arg(probe);
    }
    return f;
}

QStringList goToolchainsOnPath(const QString& path)
{
    QStringList found;
    static const QRegularExpression name(u"^go1\\.[0-9]+(\\.[0-9]+|rc[0-9]+|beta[0-9]+)?(-\\S+)?$"_s);
    for (const QString& dir : path.split(u':', Qt::SkipEmptyParts)) {
        const QFileInfoList entries = QDir(dir).entryInfoList({u"go1*"_s}, QDir::Files | QDir::Executable);
        for (const QFileInfo& fi : entries) {
            if (name.match(fi.fileName()).hasMatch() && !found.contains(fi.fileName()))
                found << fi.fileName();
        }
    }
    return found;
}

QList<ModuleRoute> routesForProject(const ProjectFacts& project, const EffectiveEnv& env)
{
    QList<ModuleRoute> routes;
    if (!project.goMod)
        return routes;
    QSet<QString> seen;
    for (const ModRequire& req : project.goMod->requirements) {
        if (seen.contains(req.path))
            continue;
        seen.insert(req.path);
        const ModReplace* rep = project.goMod->replacementFor(req.path, req.version);
        if (rep && rep->localPath)
            continue; // read from disk: no download, no checksum
        QString path = req.path;
        QString version = req.version;
        if (rep) {
            path = rep->newPath;
            version = rep->newVersion;
        }
        const bool hasLines = project.goSum && project.goSum->hasModule(path, version)
            && project.goSum->hasGoMod(path, version);
        routes.append(resolveModuleRoute(path, version, env, hasLines));
    }
    return routes;
}

Facts collectFacts(const CollectOptions& options)
{
    Facts facts;
    facts.networkAllowed = options.network;
    facts.project = collectProjectFacts(options.projectDir, options.environment.value(u"GOWORK"_s));

    facts.go = inspectGoTool(options.goCommand, options.environment, facts.project.dir, options.goTimeoutMs,
                             options.cancel);

    QMap<QString, QString> os;
    const QStringList keys = options.environment.keys();
    for (const QString& k : keys)
        os.insert(k, options.environment.value(k));
    QString goroot = facts.go.gorootGuess;
    if (goroot.isEmpty() && facts.go.envJsonOk)
        goroot = facts.go.envJson.value(u"GOROOT"_s);
    facts.hostInputs = collectGoEnvInputs(os, goroot, facts.go.version, facts.go.goos);
    if (facts.hostInputs.userEnvFile)
        facts.userEnvFile = parseEnvFile(*facts.hostInputs.userEnvFile, facts.hostInputs.userEnvFilePath);
    if (facts.hostInputs.goRootEnv)
        facts.goRootEnvFile = parseEnvFile(*facts.hostInputs.goRootEnv, facts.hostInputs.goRootEnvPath);

    EnvContext host;
    host.id = u"host"_s;
    host.label = u"this machine"_s;
    host.env = resolveGoEnvironment(facts.hostInputs);
    host.goVersion = facts.go.version;
    host.goos = facts.go.goos;
    host.goarch = facts.go.goarch;
    facts.environments.append(host);

    const QString gopath = host.env.value(u"GOPATH"_s).split(u':').value(0);
    facts.hostDirs.append(inspectDir(u"GOMODCACHE"_s, host.env.value(u"GOMODCACHE"_s)));
    facts.hostDirs.append(inspectDir(u"GOPATH"_s, gopath));
    facts.hostDirs.append(inspectDir(u"GOCACHE"_s, host.env.value(u"GOCACHE"_s)));

    facts.hostRoutes = routesForProject(facts.project, host.env);
    facts.hostGoToolchainsOnPath = goToolchainsOnPath(os.value(u"PATH"_s));

    if (options.scanDockerfiles) {
        const QStringList files = options.dockerfiles.isEmpty() ? findDockerfiles(facts.project.dir) : options.dockerfiles;
        for (const QString& file : files) {
            if (options.cancel && options.cancel->load())
                break;
            DockerAnalysisOptions dao;
            dao.buildArgs = options.buildArgs;
            dao.target = options.target;
            // The build context is the project folder (docker build -f <file> <project>).
            DockerfileFacts df = collectDockerfileFacts(QDir(facts.project.dir).absoluteFilePath(file),
                                                        facts.project.dir, dao, options.cancel);
            for (const EnvContext& ctx : df.analysis.reachableContexts())
                facts.environments.append(ctx);
            facts.dockerfiles.append(df);
        }
    }
    collectNetworkFacts(options, facts);
    return facts;
}

} // namespace gmd
