// SPDX-License-Identifier: MIT
#pragma once

// Which `go` commands a RUN instruction runs (spec dockerfile.md G): found with a light shell
// tokenizer in shell form, heredoc scripts and `sh -c` strings, or directly in exec form.

#include "docker/shellscan.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gmd {

using EnvPairs = QList<QPair<QString, QString>>;

/// One invocation of the go command.
struct GoInvocation
{
    QString program; ///< as written: "go", "/usr/local/go/bin/go"
    QString subcommand; ///< "mod download", "build", "env", "work sync"; empty for a bare `go`
    QStringList args; ///< the words after the subcommand
    EnvPairs assignments; ///< `NAME=value go ...` and `env NAME=value go ...`, in order (values expanded when possible)
    EnvPairs exports; ///< `export NAME=value` (or assignments to environment variables) earlier in the same RUN
    QStringList unsets; ///< `unset NAME` earlier in the same RUN
    QString directory; ///< working directory, after `cd` and `go -C` (absolute when known)
    bool directoryKnown = true; ///< false when a `cd` target used an unknown variable
    EnvPairs envWrites; ///< `go env -w K=V`
    QStringList envUnsets; ///< `go env -u K`
    bool inHeredoc = false; ///< found in a heredoc script
    bool viaShellC = false; ///< found in a `sh -c '...'` string
    bool execForm = false; ///< exec-form RUN: no shell, no expansion
    SourceLocation location; ///< where the command starts in the Dockerfile

    /// True for subcommands that may download modules (mod download/tidy/vendor/graph/why,
    /// build, install, get, list, test, run, vet, work sync/vendor).
    bool mayDownloadModules() const;
    /// True for `go env -w` / `go env -u`.
    bool writesEnvFile() const { return !envWrites.isEmpty() || !envUnsets.isEmpty(); }
};

/// What a script starts from.
struct ShellScanOptions
{
    QString workdir = QStringLiteral("/"); ///< the RUN's WORKDIR
    QString home; ///< $HOME, for a bare `cd`
    QMap<QString, QString> env; ///< the RUN's environment, for `$VAR` in cd targets and go env -w values
};

/// Finds go invocations in a shell script (shell-form RUN text, heredoc script, `sh -c` string).
QList<GoInvocation> scanShellForGo(const ScriptText& script, const ShellScanOptions& options);

/// Finds go invocations in an exec-form RUN (`["go","mod","download"]`, `["sh","-c","..."]`).
QList<GoInvocation> scanExecForGo(const QStringList& args, const SourceLocation& at, const ShellScanOptions& options);

/// Joins `path` to `dir` like path.Join, `path` absolute wins ("/src" + "app/.." = "/src").
QString joinImagePath(const QString& dir, const QString& path);

/// `$NAME` / `${NAME}` replaced from `env`; `unresolved` set when a name is unknown.
QString expandSimpleVariables(const QString& text, const QMap<QString, QString>& env, bool* unresolved = nullptr);

} // namespace gmd
