// SPDX-License-Identifier: MIT
#include "cli.h"

#include "cli/checkcommand.h"
#include "cli/dockerfilecommand.h"
#include "cli/fixcommand.h"
#include "cli/probecommand.h"
#include "report/reportmeta.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace gmd::cli {

QString helpText()
{
    return u"Usage: gomoddoctor-cli <command> [options]\n"
           "\n"
           "Finds why `go mod download` hangs or fails: the Go environment with the exact\n"
           "semantics of the go command, go.mod, Dockerfiles (BuildKit's semantics) and the build context.\n"
           "\n"
           "Commands:\n"
           "  check [DIR]   diagnose the project in DIR (default: the current directory)\n"
           "                in this process's environment, with its Dockerfiles\n"
           "  probe [DIR]   only the network probes (proxies, checksum database, private hosts)\n"
           "                with stage timings; --rank-proxies ranks proxies and recommends GOPROXY\n"
           "  trace [DIR]   run the real `go mod download -x` under watch; names the request go\n"
           "                is stuck on and ends with the diagnosis\n"
           "  fix [DIR]     list, show (with a diff), apply and verify the fixes of the findings\n"
           "  undo [--last | JOURNAL-ID]\n"
           "                restore what an applied fix changed, byte for byte\n"
           "  dockerfile stages FILE\n"
           "                the stage graph of a Dockerfile and the Go environment of each\n"
           "                RUN that invokes go\n"
           "\n"
           "Options:\n"
           "  -h, --help     show this help (also: gomoddoctor-cli <command> --help)\n"
           "  -v, --version  show the version\n"
           "\n"
           "Exit codes: 0 nothing reached --fail-on, 1 a finding did, 2 the doctor could not run.\n"_s;
}

int run(const QStringList& arguments, const CliContext& ctx)
{
    QTextStream& out = *ctx.out;
    QTextStream& err = *ctx.err;
    if (arguments.isEmpty()) {
        err << helpText();
        return kExitUsage;
    }
    const QString command = arguments.first();
    if (command == u"-h"_s || command == u"--help"_s || command == u"help"_s) {
        out << helpText();
        return kExitOk;
    }
    if (command == u"-v"_s || command == u"--version"_s) {
        out << u"gomoddoctor-cli "_s << doctorVersion() << u'\n';
        return kExitOk;
    }
    const QStringList rest = arguments.mid(1);
    if (command == u"check"_s)
        return runCheck(rest, ctx);
    if (command == u"probe"_s)
        return runProbe(rest, ctx);
    if (command == u"trace"_s)
        return runTrace(rest, ctx);
    if (command == u"fix"_s)
        return runFix(rest, ctx);
    if (command == u"undo"_s)
        return runUndo(rest, ctx);
    if (command == u"dockerfile"_s)
        return runDockerfile(rest, ctx);
    err << u"gomoddoctor-cli: unknown command '%1'\n\n"_s.arg(command) << helpText();
    return kExitUsage;
}

std::optional<int> helpOrUsageError(bool help, const QString& error, const QString& command,
    const QString& helpText, const CliContext& ctx)
{
    if (help) {
        *ctx.out << helpText;
        return kExitOk;
    }
    if (!error.isEmpty()) {
        *ctx.err << u"gomoddoctor-cli %1: %2\n\n"_s.arg(command, error) << helpText;
        return kExitUsage;
    }
    return std::nullopt;
}

QString resolvePath(const QString& path, const CliContext& ctx)
{
    const QString base = ctx.workingDirectory.isEmpty() ? QDir::currentPath() : ctx.workingDirectory;
    if (path.isEmpty())
        return QDir(base).absolutePath();
    return QDir::isRelativePath(path) ? QDir(base).absoluteFilePath(path) : path;
}

QString projectDirArgument(const QString& given, const CliContext& ctx, const QString& command)
{
    const QString dir = resolvePath(given, ctx);
    const QFileInfo di(dir);
    if (!di.exists() || !di.isDir()) {
        *ctx.err << u"gomoddoctor-cli %1: '%2' is not a folder\n"_s.arg(command, dir);
        return {};
    }
    if (!di.isReadable()) {
        *ctx.err << u"gomoddoctor-cli %1: the folder '%2' is not readable\n"_s.arg(command, dir);
        return {};
    }
    return di.absoluteFilePath();
}

} // namespace gmd::cli
