// SPDX-License-Identifier: MIT
#include "gotracerunner.h"
#include "trace/hosttimeline.h"

#include "common/processrunner.h"
#include "common/secrets.h"
#include "gocmd/goversion.h"
#include "goenv/goproxy.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

constexpr qsizetype kMaxCapture = 16 * 1024 * 1024;

void appendCapped(QByteArray* to, const QByteArray& data)
{
    if (to->size() < kMaxCapture)
        to->append(data.left(kMaxCapture - to->size()));
}

/// Module trees are read-only (CACHE-2) unless -modcacherw took effect; make everything
/// writable so that a killed or older go cannot leave an undeletable cache behind.
void makeWritable(const QString& root)
{
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile::setPermissions(
            path, QFile::permissions(path) | QFileDevice::WriteOwner | QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
}

/// GOPROXY's URL entries, for decoding request URLs exactly.
QStringList proxyBases(const QProcessEnvironment& env)
{
    QStringList bases;
    const ProxyList list = parseGoProxy(env.value(u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s));
    for (const ProxyEntry& e : list.entries) {
        if (e.kind == ProxyEntryKind::Url)
            bases.append(e.url);
    }
    return bases;
}

} // namespace

QList<GoDownloadResult> parseGoModDownloadJson(const QByteArray& data)
{
    // Objects follow each other without separators: find each one's end by brace depth,
    // skipping braces inside strings.
    QList<GoDownloadResult> out;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype begin = -1;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{') {
            if (depth++ == 0)
                begin = i;
        } else if (c == '}' && depth > 0 && --depth == 0) {
            const QJsonDocument doc = QJsonDocument::fromJson(data.mid(begin, i - begin + 1));
            if (!doc.isObject())
                break;
            const QJsonObject o = doc.object();
            out.append({ o.value(u"Path"_s).toString(), o.value(u"Version"_s).toString(),
                maskSecrets(o.value(u"Error"_s).toString()), o.value(u"Info"_s).toString(),
                o.value(u"GoMod"_s).toString(), o.value(u"Zip"_s).toString(), o.value(u"Dir"_s).toString(),
                o.value(u"Sum"_s).toString() });
        }
    }
    return out;
}

QStringList goTraceArguments(const GoTraceOptions& options)
{
    QStringList args { u"mod"_s, u"download"_s, u"-x"_s };
    if (options.json)
        args.append(u"-json"_s);
    // On the command line rather than in GOFLAGS, which would hide a GOFLAGS from the user's
    // go env file (ENV-1). go mod download has accepted it since Go 1.14.
    if (options.freshModCache)
        args.append(u"-modcacherw"_s);
    if (options.all)
        args.append(u"all"_s);
    args += options.modules;
    return args;
}

GoTraceRunner::GoTraceRunner(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &GoTraceRunner::onTick);
}

GoTraceRunner::~GoTraceRunner()
{
    if (m_versionProcess) {
        m_versionProcess->disconnect(this);
        killProcessGroup(m_versionProcess->processId());
        m_versionProcess->waitForFinished(2000);
    }
    if (m_process) {
        m_process->disconnect(this);
        killProcessGroup(m_pgid);
        m_process->waitForFinished(2000);
    }
    if (m_modCache)
        makeWritable(m_modCache->path());
}

bool GoTraceRunner::start(const GoTraceOptions& options)
{
    if (m_running)
        return false;
    m_options = options;
    m_summary = GoTraceSummary();
    m_parser = TraceLineParser();
    m_state = TraceState();
    m_detector = StallDetector(options.stallAfterMs);
    m_detector.setProbeHints(options.probeHints);
    m_lastDone = m_lastRunning = -1;
    m_pgid = 0;
    m_running = true;
    m_clock.start();
    m_summary.program = findExecutable(options.goExecutable, options.environment);
    m_summary.goVersion = options.goVersion;
    if (m_summary.program.isEmpty()) {
        m_summary.startError = u"%1 not found on PATH"_s.arg(options.goExecutable);
        QTimer::singleShot(0, this, &GoTraceRunner::finish);
        return true;
    }
    m_timer->start(std::max(20, options.tickMs));
    if (!options.goVersion.isEmpty() || !options.toolchainTrace) {
        QTimer::singleShot(0, this, &GoTraceRunner::startGo);
        return true;
    }
    // `go version` with GOTOOLCHAIN=local, so that asking does not itself download a toolchain.
    m_versionProcess = new QProcess(this);
    QProcessEnvironment env = options.environment;
    env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
    m_versionProcess->setProcessEnvironment(env);
    m_versionProcess->setWorkingDirectory(options.projectDir);
    setOwnProcessGroup(*m_versionProcess);
    connect(m_versionProcess, &QProcess::finished, this, &GoTraceRunner::onVersionFinished);
    connect(m_versionProcess, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onVersionFinished();
    });
    m_versionProcess->start(m_summary.program, { u"version"_s });
    return true;
}

void GoTraceRunner::onVersionFinished()
{
    if (!m_versionProcess)
        return;
    m_summary.goVersion = goVersionFromVersionOutput(QString::fromUtf8(m_versionProcess->readAllStandardOutput()));
    m_versionProcess->disconnect(this);
    m_versionProcess->deleteLater();
    m_versionProcess = nullptr;
    if (m_summary.killed) // cancelled while asking
        finish();
    else
        startGo();
}

void GoTraceRunner::startGo()
{
    if (m_summary.killed) {
        finish();
        return;
    }
    QProcessEnvironment env = m_options.environment;
    auto set = [&](const QString& name, const QString& value) {
        env.insert(name, value);
        m_summary.addedEnvironment.append(name + u'=' + value);
    };
    if (m_options.freshModCache) {
        m_modCache = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/gmd-modcache-XXXXXX"_s);
        if (!m_modCache->isValid()) {
            m_summary.startError = u"cannot create a temporary GOMODCACHE: "_s + m_modCache->errorString();
            finish();
            return;
        }
        m_summary.modCache = m_modCache->path();
        set(u"GOMODCACHE"_s, m_modCache->path());
    }
    if (m_options.forceLocalToolchain)
        set(u"GOTOOLCHAIN"_s, u"local"_s);
    const QString debug = env.value(u"GODEBUG"_s);
    if (m_options.toolchainTrace && !m_summary.goVersion.isEmpty()
        && compareGoVersions(m_summary.goVersion, u"1.24") >= 0 && !debug.contains(u"toolchaintrace="_s))
        set(u"GODEBUG"_s, debug.isEmpty() ? u"toolchaintrace=1"_s : debug + u",toolchaintrace=1"_s);

    m_state.setProxyBases(proxyBases(env));
    m_summary.arguments = goTraceArguments(m_options);
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(m_options.projectDir);
    m_process->setStandardInputFile(QProcess::nullDevice()); // nothing may wait on a prompt
    setOwnProcessGroup(*m_process);
    connect(m_process, &QProcess::readyReadStandardError, this, &GoTraceRunner::onStderr);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
        [this] { appendCapped(&m_summary.stdoutData, m_process->readAllStandardOutput()); });
    connect(m_process, &QProcess::finished, this, &GoTraceRunner::onGoFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_summary.startError = m_process->errorString();
            onGoFinished();
        }
    });
    m_state.markStarted(elapsedMs());
    QProcess* process = m_process; // a failure to start may be reported (and m_process reset) inside start()
    process->start(m_summary.program, m_summary.arguments);
    if (m_process && process->state() != QProcess::NotRunning) {
        m_summary.started = true;
        m_pgid = process->processId(); // setpgid(0, 0) in the child: pgid == pid
        m_summary.processGroup = m_pgid;
    }
}

void GoTraceRunner::publish(const QList<TraceEvent>& events)
{
    m_state.apply(events, elapsedMs());
    for (const TraceEvent& e : events)
        Q_EMIT traceEvent(e);
    const int done = m_state.requestsDone();
    const int running = m_state.requestsRunning();
    if (done != m_lastDone || running != m_lastRunning) {
        m_lastDone = done;
        m_lastRunning = running;
        Q_EMIT progress(done, running);
    }
}

void GoTraceRunner::onStderr()
{
    if (!m_process)
        return;
    const QByteArray chunk = m_process->readAllStandardError();
    appendCapped(&m_summary.stderrData, chunk);
    m_lastChunkMs = elapsedMs();
    m_state.noteOutput(m_lastChunkMs);
    publish(m_parser.feed(chunk));
}

void GoTraceRunner::onTick()
{
    if (!m_running)
        return;
    const qint64 now = elapsedMs();
    if (m_options.timeoutMs > 0 && now >= m_options.timeoutMs && !m_summary.killed) {
        m_summary.timedOut = true;
        kill(u"timed out after %1 ms"_s.arg(m_options.timeoutMs));
        return;
    }
    if (!m_process || m_summary.killed)
        return;
    // A held-back error line whose continuation never came (go writes both at once).
    if (m_parser.hasPending() && now - m_lastChunkMs >= 500)
        publish(m_parser.flushPending());
    for (const StallFinding& f : m_detector.check(m_state, now))
        Q_EMIT stallDetected(f);
    if (m_options.killAfterStallMs > 0 && StallDetector::oldestStallAge(m_state, now) >= m_options.killAfterStallMs) {
        m_summary.stallTimeout = true;
        kill(u"stalled for %1 ms"_s.arg(StallDetector::oldestStallAge(m_state, now)));
    }
}

void GoTraceRunner::cancel()
{
    if (!m_running || m_summary.killed)
        return;
    m_summary.cancelled = true;
    kill(u"cancelled"_s);
}

void GoTraceRunner::kill(const QString& reason)
{
    m_summary.killed = true;
    m_summary.killReason = reason;
    if (m_versionProcess) {
        killProcessGroup(m_versionProcess->processId()); // onVersionFinished() then finishes
        return;
    }
    if (m_process && m_pgid > 0) {
        killProcessGroup(m_pgid); // go, git, ssh: the whole group; onGoFinished() follows
        return;
    }
    if (!m_process) // killed between `go version` and the start of go
        QTimer::singleShot(0, this, &GoTraceRunner::finish);
}

void GoTraceRunner::onGoFinished()
{
    if (!m_process)
        return;
    onStderr();
    appendCapped(&m_summary.stdoutData, m_process->readAllStandardOutput());
    publish(m_parser.finish());
    if (m_summary.started) {
        m_summary.exitCode = m_process->exitCode();
        m_summary.crashed = m_process->exitStatus() == QProcess::CrashExit && !m_summary.killed;
    }
    // Whatever go started in its group (git, ssh) goes with it.
    if (m_pgid > 0)
        killProcessGroup(m_pgid);
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    finish();
}

void GoTraceRunner::finish()
{
    if (!m_running)
        return;
    m_timer->stop();
    m_running = false;
    if (m_modCache) {
        m_summary.downloadedBytes = directorySize(m_modCache->path() + u"/cache/download"_s);
        makeWritable(m_modCache->path());
        m_summary.modCacheRemoved = m_modCache->remove();
        m_modCache.reset();
    }
    m_summary.elapsedMs = elapsedMs();
    if (m_options.json)
        m_summary.results = parseGoModDownloadJson(m_summary.stdoutData);
    m_summary.requests = m_state.requests();
    m_summary.vcsCommands = m_state.vcsCommands();
    m_summary.lockWaits = m_state.lockWaits();
    m_summary.stalls = m_detector.findings();
    m_summary.errors = m_state.errors();
    m_summary.toolchainLines = m_state.toolchainLines();
    m_pgid = 0;
    Q_EMIT finished(m_summary);
}

GoTraceSummary runGoTrace(const GoTraceOptions& options, qint64 hardTimeoutMs, const std::atomic<bool>* cancel,
    const std::function<void(const StallFinding&)>& onStall, const std::function<void(const TraceEvent&)>& onEvent)
{
    GoTraceOptions o = options;
    if (hardTimeoutMs > 0)
        o.timeoutMs = hardTimeoutMs;
    GoTraceRunner runner;
    GoTraceSummary result;
    QEventLoop loop;
    QObject::connect(&runner, &GoTraceRunner::finished, &loop, [&](const GoTraceSummary& s) {
        result = s;
        loop.quit();
    });
    if (onStall)
        QObject::connect(&runner, &GoTraceRunner::stallDetected, &loop, onStall);
    if (onEvent)
        QObject::connect(&runner, &GoTraceRunner::traceEvent, &loop, onEvent);
    QTimer poll;
    if (cancel) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancel->load())
                runner.cancel();
        });
        poll.start(50);
    }
    runner.start(o);
    if (runner.isRunning())
        loop.exec();
    return result;
}

} // namespace gmd
