// SPDX-License-Identifier: MIT
#include "probecommand.h"

#include "checks/engine.h"
#include "checks/factscollector.h"
#include "checks/registry.h"
#include "common/secrets.h"
#include "report/jsonreport.h"
#include "report/textreport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace gmd::cli {

namespace {

struct ProbeArgs
{
    QString dir;
    QString format = u"text"_s;
    QString go = u"go"_s;
    RankingArgs ranking;
    int connectMs = -1;
    int responseMs = -1;
    bool docker = true;
    bool help = false;
};

QString parseProbeArgs(const QStringList& args, ProbeArgs* a)
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
        auto take = [&](QString* target) -> bool {
            if (hasValue) {
                *target = value;
                return true;
            }
            if (i + 1 >= args.size())
                return false;
            *target = args[++i];
            return true;
        };
        QString v;
        if (const std::optional<QString> e = a->ranking.parse(arg, take)) {
            if (!e->isEmpty())
                return *e;
        } else if (arg == u"-h"_s || arg == u"--help"_s)
            a->help = true;
        else if (arg == u"--no-docker"_s)
            a->docker = false;
        else if (arg == u"--format"_s || arg == u"--go"_s || arg == u"--timeout"_s || arg == u"--connect-timeout"_s) {
            if (!take(&v))
                return u"option %1 needs a value"_s.arg(arg);
            if (arg == u"--format"_s) {
                a->format = v;
            } else if (arg == u"--go"_s) {
                a->go = v;
            } else {
                const int ms = secondsOptionToMs(v);
                if (ms < 0)
                    return u"%1 needs a positive number of seconds, not '%2'"_s.arg(arg, v);
                (arg == u"--timeout"_s ? a->responseMs : a->connectMs) = ms;
            }
        } else if (arg.startsWith(u'-'))
            return u"unknown option %1"_s.arg(arg);
        else
            positional << arg;
    }
    if (positional.size() > 1)
        return u"probe takes one folder, got %1"_s.arg(positional.join(u", "_s));
    a->dir = positional.value(0);
    if (!QStringList{ u"text"_s, u"json"_s }.contains(a->format))
        return u"--format must be text or json, not '%1'"_s.arg(a->format);
    return {};
}

} // namespace

std::optional<QString> RankingArgs::parse(const QString& arg, const std::function<bool(QString*)>& take)
{
    QString v;
    if (arg == u"--rank-proxies"_s) {
        rank = true;
    } else if (arg == u"--no-defaults"_s) {
        defaults = false;
    } else if (arg == u"--proxy"_s) {
        if (!take(&v))
            return u"--proxy needs a URL"_s;
        proxies << v;
        rank = true; // --proxy adds a ranking candidate
    } else if (arg == u"--rounds"_s) {
        bool ok = false;
        rounds = take(&v) ? v.toInt(&ok) : 0;
        if (!ok || rounds < 1 || rounds > 20)
            return u"--rounds must be 1..20, not '%1'"_s.arg(v);
    } else {
        return std::nullopt;
    }
    return QString();
}

void RankingArgs::applyTo(CollectOptions& co) const
{
    co.rankProxies = rank;
    co.rankingOptions.extra = proxies;
    co.rankingOptions.includeDefaults = defaults;
    co.rankingOptions.rounds = rounds;
}

int secondsOptionToMs(const QString& text)
{
    bool ok = false;
    const double s = text.toDouble(&ok);
    if (!ok || s <= 0 || s > 3600)
        return -1;
    return int(s * 1000);
}

QString probeHelpText()
{
    return u"Usage: gomoddoctor-cli probe [DIR] [options]\n"
           "\n"
           "Probes every proxy, checksum database and private VCS host the project's downloads use\n"
           "(for this environment and each Dockerfile stage), all in parallel, and reports the\n"
           "network findings with per-stage timings (DNS, connect, TLS, first byte, total).\n"
           "\n"
           "Options:\n"
           "  --rank-proxies            also rank proxies by speed and correctness and recommend\n"
           "                            a GOPROXY order and GOPRIVATE patterns\n"
           "  --proxy URL               a ranking candidate (repeatable; implies --rank-proxies)\n"
           "  --no-defaults             rank only GOPROXY's entries and --proxy URLs, not the\n"
           "                            built-in public proxies\n"
           "  --rounds N                ranking rounds (default 3)\n"
           "  --timeout SECONDS         response timeout of every probe (default 5)\n"
           "  --connect-timeout SECONDS connect timeout of every probe (default 3)\n"
           "  --no-docker               do not probe Dockerfile stage environments\n"
           "  --format text|json        output format (default text)\n"
           "  --go PATH                 the go command to interrogate (default: go on PATH)\n"
           "  -h, --help                show this help\n"
           "\n"
           "Exit codes: 0 no network error, 1 a network error finding, 2 the doctor could not run.\n"_s;
}

int runProbe(const QStringList& arguments, const CliContext& ctx)
{
    QTextStream& out = *ctx.out;
    QTextStream& err = *ctx.err;
    ProbeArgs a;
    const QString error = parseProbeArgs(arguments, &a);
    if (const std::optional<int> done = helpOrUsageError(a.help, error, u"probe"_s, probeHelpText(), ctx))
        return *done;
    const QString dir = projectDirArgument(a.dir, ctx, u"probe"_s);
    if (dir.isEmpty())
        return kExitUsage;
    CollectOptions co;
    co.projectDir = dir;
    co.environment = ctx.environment;
    co.goCommand = a.go;
    co.cancel = ctx.cancel;
    co.scanDockerfiles = a.docker;
    co.probeOptions = probeOptionsWithTimeouts(a.connectMs, a.responseMs);
    a.ranking.applyTo(co);
    // Results stream to stderr as each probe ends (stdout keeps the report).
    co.onProbeFinished = [&err](const ProbeRun&, const ProbeResult& r) {
        err << u"probe: [%1] %2 (%3 ms)\n"_s.arg(probeOutcomeKey(r.outcome), maskSecrets(r.subject),
            QString::number(r.totalMs));
        err.flush();
    };
    co.onRankingProgress = [&err](const QString& text) {
        err << u"ranking: "_s << maskSecrets(text) << u'\n';
        err.flush();
    };
    const Facts facts = collectFacts(co);
    QList<const Check*> network;
    for (const Check* c : allChecks()) {
        if (c->info().category == u"Network"_s)
            network << c;
    }
    EngineOptions eo;
    eo.cancel = ctx.cancel;
    const DiagnosisResult result = runChecks(facts, network, eo);
    if (a.format == u"json"_s) {
        out << QString::fromUtf8(QJsonDocument(diagnosisToJson(facts, result)).toJson(QJsonDocument::Indented));
    } else {
        TextReportOptions to;
        to.showEnvironment = false;
        to.showRoutes = false;
        to.color = false;
        out << diagnosisToText(facts, result, to);
    }
    out.flush();
    for (const Finding& f : result.findings) {
        if (f.severity == Severity::Error)
            return kExitFindings;
    }
    return kExitOk;
}

} // namespace gmd::cli
