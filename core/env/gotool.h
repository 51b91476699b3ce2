// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>

namespace gmd {

/// What the doctor learned by running the real go command (never required: every field
/// says when it is unknown, and why).
struct GoToolInfo
{
    QString requested;    ///< what the user asked for ("go" or --go PATH)
    QString path;         ///< the executable found ("" when not found)
    QString resolvedPath; ///< `path` with symlinks resolved
    bool found = false;
    QString problem;      ///< "not found on PATH", "timed out after 10 s", ... (empty when fine)
    bool hung = false;    ///< a run exceeded the timeout (the doctor killed it)

    QString versionOutput; ///< "go version go1.19.8 linux/amd64"
    QString version;       ///< "1.19.8"
    QString goos = QStringLiteral("linux");
    QString goarch = QStringLiteral("amd64");
    QString gorootGuess;   ///< GOROOT derived from the binary's location (cmd/go findGOROOT), or ""

    bool envJsonOk = false;
    QMap<QString, QString> envJson; ///< `go env -json` run with GOTOOLCHAIN=local
    QString envJsonError;           ///< its stderr / failure when not ok
    bool gotoolchainOk = false;
    QString gotoolchain;            ///< `go env GOTOOLCHAIN` without the override (GOENV-7)
    qint64 elapsedMs = 0;
};

/// Locates and interrogates the go command: `go version`, `go env -json` (with
/// GOTOOLCHAIN=local so that no toolchain is downloaded) and `go env GOTOOLCHAIN`, each with
/// `timeoutMs`, in `projectDir`, with the environment `env`. Blocking; call from a worker thread.
GoToolInfo inspectGoTool(const QString& requested, const QProcessEnvironment& env, const QString& projectDir,
                         int timeoutMs = 10000, const std::atomic<bool>* cancel = nullptr);

/// cmd/go's findGOROOT for a go binary: the parent of its bin/ folder (symlinks resolved) when
/// that folder holds pkg/tool; otherwise "".
QString gorootFromBinary(const QString& goBinary);

/// Parses `go env -json` output into a map; false on malformed output.
bool parseGoEnvJson(const QByteArray& json, QMap<QString, QString>* out, QString* error);

} // namespace gmd
