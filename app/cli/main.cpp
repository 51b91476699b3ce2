// SPDX-License-Identifier: MIT
// gomoddoctor-cli: wiring only; the commands live in core/cli.
#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {
std::atomic<bool> g_cancel{false};
void onSignal(int)
{
    g_cancel = true;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gomoddoctor-cli"));
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTextStream out(stdout);
    QTextStream err(stderr);
    gmd::cli::CliContext ctx;
    ctx.out = &out;
    ctx.err = &err;
    ctx.stdoutIsTerminal = ::isatty(STDOUT_FILENO) == 1;
    ctx.cancel = &g_cancel;
    const int code = gmd::cli::run(QCoreApplication::arguments().mid(1), ctx);
    out.flush();
    err.flush();
    return code;
}
