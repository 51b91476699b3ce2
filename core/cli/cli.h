// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

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

/// What a command does after parsing its arguments: print its help (exit 0) or the parse error
/// and its help (exit 2), or nothing (nullopt: go on).
std::optional<int> helpOrUsageError(bool help, const QString& error, const QString& command,
    const QString& helpText, const CliContext& ctx);

/// A path argument resolved against ctx.workingDirectory (the current directory when that is
/// empty); "" stands for the working directory itself.
QString resolvePath(const QString& path, const CliContext& ctx);

/// The DIR argument of `command`, resolved and absolute; "" after printing
/// "gomoddoctor-cli <command>: '<dir>' is not a folder" (or not readable) to ctx.err.
QString projectDirArgument(const QString& given, const CliContext& ctx, const QString& command);

/// The top-level help text.
QString helpText();

} // namespace gmd::cli
