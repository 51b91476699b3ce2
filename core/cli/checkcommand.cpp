// SPDX-License-Identifier: MIT
#include "checkcommand.h"

#include "checks/engine.h"
#include "checks/factscollector.h"
#include "checks/registry.h"
#include "cli/probecommand.h"
#include "report/diagnosisflow.h"
#include "report/jsonreport.h"
#include "report/sarifreport.h"
#include "report/textreport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace gmd::cli {

namespace {

struct CheckArgs
{
    QString dir;
    QString format = u"text"_s;
    QString failOn = u"error"_s;
    QString color = u"auto"_s;
    QString go = u"go"_s;
    QString output;
    QString flowchart; ///< --flowchart FILE: the diagnosis path as Graphviz DOT
    bool network = true;
    bool help = false;
    QStringList dockerfiles;
    QString target;
    QMap<QString, QString> buildArgs;
    bool docker = true;
    int connectMs = -1;  ///< --connect-timeout (issue 4)
    int responseMs = -1; ///< --timeout
    bool rank = false;   ///< --rank-proxies
};

/// Parses `--name value` and `--name=value` options; returns an error text or "".
QString parseArgs(const QStringList& args, CheckArgs* a)
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
        auto take = [&](QString* target) -> QString {
            if (hasValue) {
                *target = value;
                return {};
            }
            if (i + 1 >= args.size())
                return u"option %1 needs a value"_s.arg(arg);
            *target = args[++i];
            return {};
        };
        QString e;
        if (arg == u"-h"_s || arg == u"--help"_s)
            a->help = true;
        else if (arg == u"--format"_s)
            e = take(&a->format);
        else if (arg == u"--fail-on"_s)
            e = take(&a->failOn);
        else if (arg == u"--color"_s)
            e = take(&a->color);
        else if (arg == u"--go"_s)
            e = take(&a->go);
        else if (arg == u"--output"_s || arg == u"-o"_s)
            e = take(&a->output);
        else if (arg == u"--flowchart"_s)
            e = take(&a->flowchart);
        else if (arg == u"--no-network"_s)
            a->network = false;
        else if (arg == u"--no-docker"_s)
            a->docker = false;
        else if (arg == u"--rank-proxies"_s)
            a->rank = true;
        else if (arg == u"--timeout"_s || arg == u"--connect-timeout"_s) {
            QString v;
            e = take(&v);
            const int ms = secondsOptionToMs(v);
            if (e.isEmpty() && ms < 0)
                e = u"%1 needs a positive number of seconds, not '%2'"_s.arg(arg, v);
            else if (e.isEmpty())
                (arg == u"--timeout"_s ? a->responseMs : a->connectMs) = ms;
        }
        else if (arg == u"--dockerfile"_s || arg == u"-f"_s) {
            QString v;
            e = take(&v);
            a->dockerfiles << v;
        } else if (arg == u"--target"_s)
            e = take(&a->target);
        else if (arg == u"--build-arg"_s) {
            QString v;
            e = take(&v);
            const qsizetype eq = v.indexOf(u'=');
            if (e.isEmpty() && eq <= 0)
                e = u"--build-arg needs NAME=VALUE, got '%1'"_s.arg(v);
            else if (e.isEmpty())
                a->buildArgs.insert(v.left(eq), v.mid(eq + 1));
        }
        else if (arg.startsWith(u'-') && arg != u"-"_s)
            return u"unknown option %1"_s.arg(arg);
        else
            positional << arg;
        if (!e.isEmpty())
            return e;
    }
    if (positional.size() > 1)
        return u"check takes one folder, got %1"_s.arg(positional.join(u", "_s));
    a->dir = positional.value(0);
    if (!QStringList{u"text"_s, u"json"_s, u"sarif"_s}.contains(a->format))
        return u"--format must be text, json or sarif, not '%1'"_s.arg(a->format);
    if (!QStringList{u"error"_s, u"warning"_s, u"never"_s}.contains(a->failOn))
        return u"--fail-on must be error, warning or never, not '%1'"_s.arg(a->failOn);
    if (!QStringList{u"auto"_s, u"always"_s, u"never"_s}.contains(a->color))
        return u"--color must be auto, always or never, not '%1'"_s.arg(a->color);
    return {};
}

bool reachesFailOn(const DiagnosisResult& r, const QString& failOn)
{
    if (failOn == u"never"_s)
        return false;
    const Severity threshold = failOn == u"warning"_s ? Severity::Warning : Severity::Error;
    for (const Finding& f : r.findings) {
        if (int(f.severity) >= int(threshold))
            return true;
    }
    return false;
}

} // namespace

QString checkHelpText()
{
    return u"Usage: gomoddoctor-cli check [DIR] [options]\n"
           "\n"
           "Diagnoses the Go module download setup of the project in DIR (default: the current\n"
           "directory) in this process's environment.\n"
           "\n"
           "Options:\n"
           "  --format text|json|sarif         output format (default text)\n"
           "  --fail-on error|warning|never    exit with 1 when a finding reaches this severity\n"
           "                                   (default error)\n"
           "  --no-network                     do not probe proxies or checksum databases\n"
           "  --timeout SECONDS                response timeout of every network probe (default 5)\n"
           "  --connect-timeout SECONDS        connect timeout of every network probe (default 3)\n"
           "  --rank-proxies                   also rank proxies and recommend a GOPROXY order\n"
           "  -f, --dockerfile PATH            analyse this Dockerfile (repeatable; default: every\n"
           "                                   Dockerfile, *.Dockerfile and Dockerfile.* of DIR)\n"
           "  --target STAGE                   the stage docker build would build (default: last)\n"
           "  --build-arg NAME=VALUE           a build argument (repeatable)\n"
           "  --no-docker                      do not analyse Dockerfiles\n"
           "  --go PATH                        the go command to interrogate (default: go on PATH)\n"
           "  --color auto|always|never        colours in text output (auto: only on a terminal,\n"
           "                                   never when NO_COLOR is set)\n"
           "  -o, --output FILE                write the report to FILE instead of standard output\n"
           "  --flowchart FILE                 also write the path the diagnosis took as Graphviz DOT\n"
           "                                   (render it with: dot -Tsvg FILE -o path.svg)\n"
           "  -h, --help                       show this help\n"_s;
}

int runCheck(const QStringList& arguments, const CliContext& ctx)
{
    QTextStream& out = *ctx.out;
    QTextStream& err = *ctx.err;
    CheckArgs a;
    const QString error = parseArgs(arguments, &a);
    if (const std::optional<int> done = helpOrUsageError(a.help, error, u"check"_s, checkHelpText(), ctx))
        return *done;
    const QString dir = projectDirArgument(a.dir, ctx, u"check"_s);
    if (dir.isEmpty())
        return kExitUsage;

    CollectOptions co;
    co.projectDir = dir;
    co.environment = ctx.environment;
    co.goCommand = a.go;
    co.network = a.network;
    co.probeOptions = probeOptionsWithTimeouts(a.connectMs, a.responseMs);
    co.rankProxies = a.rank && a.network;
    co.cancel = ctx.cancel;
    co.scanDockerfiles = a.docker;
    co.target = a.target;
    co.buildArgs = a.buildArgs;
    for (const QString& f : a.dockerfiles) {
        const QString path = resolvePath(f, ctx);
        if (!QFileInfo(path).isFile()) {
            err << u"gomoddoctor-cli check: the Dockerfile '%1' does not exist\n"_s.arg(f);
            return kExitUsage;
        }
        co.dockerfiles << path;
    }
    const Facts facts = collectFacts(co);
    EngineOptions eo;
    eo.cancel = ctx.cancel;
    const DiagnosisResult result = runChecks(facts, allChecks(), eo);

    QString text;
    if (a.format == u"json"_s) {
        text = QString::fromUtf8(QJsonDocument(diagnosisToJson(facts, result)).toJson(QJsonDocument::Indented));
    } else if (a.format == u"sarif"_s) {
        text = QString::fromUtf8(QJsonDocument(diagnosisToSarif(facts, result)).toJson(QJsonDocument::Indented));
    } else {
        TextReportOptions to;
        const bool noColorEnv = ctx.environment.contains(u"NO_COLOR"_s);
        to.color = a.color == u"always"_s
            || (a.color == u"auto"_s && a.output.isEmpty() && ctx.stdoutIsTerminal && !noColorEnv);
        text = diagnosisToText(facts, result, to);
    }
    if (!a.flowchart.isEmpty()) {
        QSaveFile f(resolvePath(a.flowchart, ctx));
        const QByteArray dot = diagnosisFlowToDot(buildDiagnosisFlow(facts, result));
        if (!f.open(QIODevice::WriteOnly) || f.write(dot) != dot.size() || !f.commit()) {
            err << u"gomoddoctor-cli check: cannot write '%1': %2\n"_s.arg(a.flowchart, f.errorString());
            return kExitUsage;
        }
    }
    if (!a.output.isEmpty()) {
        QSaveFile f(a.output);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
            err << u"gomoddoctor-cli check: cannot write '%1': %2\n"_s.arg(a.output, f.errorString());
            return kExitUsage;
        }
    } else {
        out << text;
    }
    out.flush();
    return reachesFailOn(result, a.failOn) ? kExitFindings : kExitOk;
}

} // namespace gmd::cli
