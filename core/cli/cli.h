// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>

class QTextStream;

namespace gmd::cli {

/// Exit codes of gomoddoctor-cli.
enum ExitCode : int {
    kExitOk = 0,       ///< nothing reached --fail-on
    kExitFindings = 1, ///< a finding reached --fail-on
    kExitUsage = 2,    ///< the doctor itself could not run (bad arguments, missing folder)
};

/// Where a command writes and what it runs in: the real process, or a test.
struct CliContext
{
    QTextStream* out = nullptr;
    QTextStream* err = nullptr;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory; ///< default for DIR; empty = the current directory
    bool stdoutIsTerminal = false;
    const std::atomic<bool>* cancel = nullptr;
};

/// Runs `gomoddoctor-cli <arguments>` (arguments without the program name) and returns the
/// exit code. Never throws; prints usage errors to ctx.err.
int run(const QStringList& arguments, const CliContext& ctx);

/// The top-level help text.
QString helpText();

} // namespace gmd::cli
