// SPDX-License-Identifier: MIT
// `gomoddoctor-cli trace`: issue 4 section 3. The real `go mod download -x` with the host's or a
// Dockerfile stage's environment and a temporary GOMODCACHE, watched by the stall detector, whose
// findings cite the probe results of the same hosts; then the network findings.
#include "probecommand.h"

#include "checks/engine.h"
#include "checks/factscollector.h"
#include "checks/registry.h"
#include "common/secrets.h"
#include "report/jsonreport.h"
#include "trace/gotracerunner.h"
#include "trace/hosttimeline.h"
#include "context/contextscanresult.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace gmd::cli {

namespace {

struct TraceArgs
{
    QString dir;
    QString stage;
    QString format = u"text"_s;
    QString go = u"go"_s;
    int stallAfterMs = 5000;
    int killAfterMs = -1; ///< default: stall-after + 1 s
    int timeoutMs = 0;
    int connectMs = -1;
    int responseMs = -1;
    bool keepCache = false;
    bool network = true;
    bool json = false;
    bool help = false;
};

QString parseTraceArgs(const QStringList& args, TraceArgs* a)
{
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        QString value;
        bool hasValue = false;
        if (arg.startsWith(u"--"_s) && arg.contains(u'=')) {
            value = arg.mid(arg.indexOf(u'=') + 1);
            arg = arg.left(arg.indexOf(u'='));
            hasValue = true;
        }
        static const QStringList valued = { u"--stage"_s, u"--stall-after"_s, u"--kill-after"_s, u"--format"_s,
            u"--go"_s, u"--timeout"_s, u"--connect-timeout"_s, u"--max-time"_s };
        if (arg == u"-h"_s || arg == u"--help"_s)
            a->help = true;
        else if (arg == u"--keep-cache"_s)
            a->keepCache = true;
        else if (arg == u"--no-network"_s)
            a->network = false;
        else if (arg == u"--json"_s)
            a->json = true;
        else if (valued.contains(arg)) {
            if (!hasValue) {
                if (i + 1 >= args.size())
                    return u"option %1 needs a value"_s.arg(arg);
                value = args[++i];
            }
            if (arg == u"--stage"_s)
                a->stage = value;
            else if (arg == u"--format"_s)
                a->format = value;
            else if (arg == u"--go"_s)
                a->go = value;
            else {
                const int ms = secondsOptionToMs(value);
                if (ms < 0)
                    return u"%1 needs a positive number of seconds, not '%2'"_s.arg(arg, value);
                if (arg == u"--stall-after"_s)
                    a->stallAfterMs = ms;
                else if (arg == u"--kill-after"_s)
                    a->killAfterMs = ms;
                else if (arg == u"--max-time"_s)
                    a->timeoutMs = ms;
                else
                    (arg == u"--timeout"_s ? a->responseMs : a->connectMs) = ms;
            }
        } else if (arg.startsWith(u'-'))
            return u"unknown option %1"_s.arg(arg);
        else
            positional << arg;
    }
    if (positional.size() > 1)
        return u"trace takes one folder, got %1"_s.arg(positional.join(u", "_s));
    a->dir = positional.value(0);
    if (!QStringList{ u"text"_s, u"json"_s }.contains(a->format))
        return u"--format must be text or json, not '%1'"_s.arg(a->format);
    return {};
}

/// The environment go runs with: the process's, or for a Dockerfile stage the process's with
/// every variable the stage's effective environment decides (reproduce the container's download).
QProcessEnvironment traceEnvironment(const Facts& facts, const EnvContext* stage, const QProcessEnvironment& base)
{
    QProcessEnvironment env = base;
    if (!stage)
        return env;
    // Paths of the image (GOROOT, GOPATH, caches, HOME) mean nothing on this machine: keep ours.
    static const QStringList kHostOnly = { u"GOROOT"_s, u"GOPATH"_s, u"GOMODCACHE"_s, u"GOCACHE"_s, u"GOENV"_s,
        u"HOME"_s, u"PATH"_s, u"GOTMPDIR"_s, u"GOBIN"_s };
    for (const EnvValue& v : stage->env.values()) {
        if (kHostOnly.contains(v.name))
            continue;
        if (v.source == EnvSource::Unset || v.source == EnvSource::BuiltinDefault || v.source == EnvSource::Derived
            || v.source == EnvSource::GoRootEnvFile)
            env.remove(v.name);
        else
            env.insert(v.name, v.value);
    }
    Q_UNUSED(facts);
    return env;
}

/// Probe results to cite in stall findings, by host.
QList<ProbeHint> probeHints(const Facts& facts, const QString& contextId)
{
    QList<ProbeHint> hints;
    const ProbeRun* run = facts.probeRunFor(contextId);
    if (!run)
        return hints;
    for (const ProbeResult& r : run->results) {
        const QUrl url(r.url);
        if (url.host().isEmpty())
            continue;
        ProbeHint h;
        h.host = url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
        h.classification = probeOutcomeName(r.outcome);
        h.detail = maskSecrets(r.summary);
        hints << h;
    }
    return hints;
}

QJsonObject stallToJson(const StallFinding& s)
{
    return QJsonObject{ { u"kind"_s, s.kindName() }, { u"hangId"_s, s.hangId }, { u"url"_s, s.url },
        { u"host"_s, s.host }, { u"module"_s, s.module }, { u"version"_s, s.version },
        { u"ageMs"_s, double(s.ageMs) }, { u"summary"_s, maskSecrets(s.summary) }, { u"cause"_s, maskSecrets(s.cause) },
        { u"fix"_s, maskSecrets(s.fix) }, { u"probe"_s, maskSecrets(s.probe) }, { u"message"_s, s.message() } };
}

} // namespace

QString traceHelpText()
{
    return u"Usage: gomoddoctor-cli trace [DIR] [options]\n"
           "\n"
           "Runs the real `go mod download -x` in DIR under watch, with a temporary GOMODCACHE so\n"
           "that cached modules do not hide the problem, reports every request as it completes and\n"
           "any request, git command or lock without a result for --stall-after seconds, kills the\n"
           "whole process tree after a stall, and ends with the diagnosis: the stalls joined with\n"
           "the network probes of the same hosts.\n"
           "\n"
           "Options:\n"
           "  --stage NAME              use the effective Go environment of the Dockerfile stage\n"
           "                            NAME (its first RUN that invokes go) instead of this one\n"
           "  --stall-after SECONDS     report an item without a result after this long (default 5)\n"
           "  --kill-after SECONDS      stop go when a stall is this old (default: stall-after + 1)\n"
           "  --max-time SECONDS        hard limit for the whole run (default none)\n"
           "  --keep-cache              use the real GOMODCACHE instead of a temporary one\n"
           "  --json                    run go mod download -json too\n"
           "  --no-network              do not probe before the trace\n"
           "  --timeout SECONDS         response timeout of the probes (default 5)\n"
           "  --connect-timeout SECONDS connect timeout of the probes (default 3)\n"
           "  --format text|json        output format (default text)\n"
           "  --go PATH                 the go command (default: go on PATH)\n"
           "  -h, --help                show this help\n"
           "\n"
           "Exit codes: 0 the download finished without stall, 1 a stall or a failed download,\n"
           "2 the doctor could not run.\n"_s;
}

int runTrace(const QStringList& arguments, const CliContext& ctx)
{
    QTextStream& out = *ctx.out;
    QTextStream& err = *ctx.err;
    TraceArgs a;
    const QString error = parseTraceArgs(arguments, &a);
    if (const std::optional<int> done = helpOrUsageError(a.help, error, u"trace"_s, traceHelpText(), ctx))
        return *done;
    const QString dir = projectDirArgument(a.dir, ctx, u"trace"_s);
    if (dir.isEmpty())
        return kExitUsage;

    CollectOptions co;
    co.projectDir = dir;
    co.environment = ctx.environment;
    co.goCommand = a.go;
    co.cancel = ctx.cancel;
    co.network = a.network;
    co.scanDockerfiles = !a.stage.isEmpty();
    co.probeOptions = probeOptionsWithTimeouts(a.connectMs, a.responseMs);
    const Facts facts = collectFacts(co);

    const EnvContext* stage = nullptr;
    if (!a.stage.isEmpty()) {
        for (const EnvContext& c : facts.environments) {
            if (c.container && c.id.section(u':', 1, 1) == a.stage) {
                stage = &c;
                break;
            }
        }
        if (!stage) {
            err << u"gomoddoctor-cli trace: no RUN invoking go in a Dockerfile stage named '%1'\n"_s.arg(a.stage);
            return kExitUsage;
        }
    }
    const QString contextId = stage ? stage->id : facts.host().id;

    GoTraceOptions to;
    to.goExecutable = a.go;
    to.projectDir = co.projectDir;
    to.environment = traceEnvironment(facts, stage, ctx.environment);
    to.json = a.json;
    to.freshModCache = !a.keepCache;
    to.stallAfterMs = a.stallAfterMs;
    to.killAfterStallMs = a.killAfterMs > 0 ? a.killAfterMs : a.stallAfterMs + 1000;
    to.timeoutMs = a.timeoutMs;
    to.probeHints = probeHints(facts, contextId);
    if (facts.go.found && !facts.go.version.isEmpty())
        to.goVersion = facts.go.version;
    const bool text = a.format == u"text"_s;
    if (text) {
        out << u"trace: go %1 in %2 (%3)\n"_s.arg(goTraceArguments(to).join(u' '), co.projectDir,
            stage ? stage->label : facts.host().label);
        out.flush();
    }
    int opened = 0;
    int closed = 0;
    const GoTraceSummary summary = runGoTrace(
        to, 0, ctx.cancel,
        [&](const StallFinding& s) {
            if (text) {
                out << u"stall: "_s << s.message() << u'\n';
                out.flush();
            }
        },
        [&](const TraceEvent& e) {
            // Live progress: one line per request result, with the running count.
            if (e.type == TraceEvent::Type::HttpStart) {
                ++opened;
            } else if (e.type == TraceEvent::Type::HttpResult || e.type == TraceEvent::Type::HttpError
                || e.type == TraceEvent::Type::HttpSpecial) {
                ++closed;
                if (text) {
                    const QString what = e.type == TraceEvent::Type::HttpResult
                        ? u"%1 (%2 s)"_s.arg(e.status).arg(e.seconds, 0, 'f', 3)
                        : maskSecrets(e.error);
                    out << u"  [%1 done, %2 running] %3 %4\n"_s.arg(closed).arg(std::max(0, opened - closed)).arg(
                        what, maskSecrets(e.url));
                    out.flush();
                }
            }
        });

    // The diagnosis: the network findings of this environment's probes, most likely cause first.
    QList<const Check*> network;
    for (const Check* c : allChecks()) {
        if (c->info().category == u"Network"_s)
            network << c;
    }
    const DiagnosisResult result = runChecks(facts, network, {});
    QList<Finding> findings;
    for (const Finding& f : result.findings) {
        if (f.environment.isEmpty() || f.environment == contextId)
            findings << f;
    }
    int done = 0;
    for (const TraceRequest& r : summary.requests)
        done += r.done() ? 1 : 0;
    const int running = int(summary.requests.size()) - done;

    if (!text) {
        QJsonArray hosts;
        for (const HostActivity& h : hostActivity(summary.requests, summary.elapsedMs))
            hosts.append(QJsonObject{ { u"host"_s, h.host }, { u"requests"_s, h.requests }, { u"done"_s, h.done },
                { u"failed"_s, h.failed }, { u"running"_s, h.running }, { u"firstStartMs"_s, double(h.firstStartMs) },
                { u"lastEndMs"_s, double(h.lastEndMs) }, { u"busyMs"_s, double(h.busyMs) } });
        QJsonArray stalls;
        for (const StallFinding& s : summary.stalls)
            stalls.append(stallToJson(s));
        QJsonArray fs;
        for (const Finding& f : findings)
            fs.append(findingToJson(f));
        QJsonArray requests;
        for (const TraceRequest& r : summary.requests)
            requests.append(QJsonObject{ { u"url"_s, r.url }, { u"done"_s, r.done() }, { u"status"_s, r.status },
                { u"error"_s, maskSecrets(r.error) } });
        const QJsonObject root{ { u"environment"_s, contextId }, { u"arguments"_s, QJsonArray::fromStringList(summary.arguments) },
            { u"started"_s, summary.started }, { u"startError"_s, maskSecrets(summary.startError) },
            { u"exitCode"_s, summary.exitCode }, { u"killed"_s, summary.killed },
            { u"killReason"_s, maskSecrets(summary.killReason) }, { u"elapsedMs"_s, double(summary.elapsedMs) },
            { u"modCache"_s, summary.modCache }, { u"modCacheRemoved"_s, summary.modCacheRemoved },
            { u"processGroup"_s, double(summary.processGroup) }, { u"requestsDone"_s, done },
            { u"requestsRunning"_s, running }, { u"requests"_s, requests }, { u"stalls"_s, stalls },
            { u"findings"_s, fs }, { u"downloadedBytes"_s, double(summary.downloadedBytes) }, { u"hosts"_s, hosts } };
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        out << u"trace: %1 request(s) resolved, %2 still running; go %3 after %4 ms\n"_s.arg(QString::number(done),
            QString::number(running),
            !summary.started ? QString(u"did not start: "_s + maskSecrets(summary.startError))
                : summary.killed ? u"was killed (%1)"_s.arg(maskSecrets(summary.killReason))
                                 : u"exited with %1"_s.arg(summary.exitCode),
            QString::number(summary.elapsedMs));
        if (summary.downloadedBytes >= 0)
            out << u"downloaded: %1 into the temporary module cache\n"_s.arg(formatBytes(summary.downloadedBytes));
        out << renderHostTimeline(summary.requests, summary.elapsedMs);
        if (summary.stalls.isEmpty() && findings.isEmpty())
            out << u"diagnosis: no stall and no network finding\n"_s;
        for (const StallFinding& s : summary.stalls)
            out << u"finding [stall %1] %2\n"_s.arg(s.kindName(), s.message());
        for (const Finding& f : findings)
            out << u"finding [%1] %2: %3\n"_s.arg(f.id, f.subject, f.message);
    }
    out.flush();
    return summary.ok() && summary.stalls.isEmpty() ? kExitOk : kExitFindings;
}

} // namespace gmd::cli
