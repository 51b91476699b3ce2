// SPDX-License-Identifier: MIT
#pragma once

#include "env/goenvironment.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace gmd {

/// Everything the resolution of the go command's environment depends on. Filled by
/// collectGoEnvInputs() from the real machine, or by tests by hand.
struct GoEnvInputs
{
    QMap<QString, QString> os; ///< the OS environment (a key present with an empty value is "set but empty")
    QString goos = QStringLiteral("linux");
    QString goVersion;         ///< local go ("1.19.8"); empty when unknown (then the newest rules apply)
    QString goroot;            ///< GOROOT of the go binary when OS GOROOT is empty ("" if unknown)

    QString userEnvFilePath;   ///< resolved per ENV-4; empty when there is none (GOENV=off, no HOME)
    QString userEnvFileProblem; ///< why there is no user file path, or why it could not be read
    std::optional<QByteArray> userEnvFile; ///< its content; nullopt when missing/unreadable

    QString goRootEnvPath;     ///< $GOROOT/go.env
    std::optional<QByteArray> goRootEnv; ///< its content; nullopt when missing (ENV-6)
};

/// ENV-4: the user env file for an OS environment, and the reason when there is none.
/// Go >= 1.24 rejects a relative XDG_CONFIG_HOME (golang/go#68470).
QString userEnvFilePath(const QMap<QString, QString>& os, const QString& goos, const QString& goVersion,
                        QString* problem = nullptr);

/// Computes the effective value and source of every reportedVariables() entry exactly as
/// cmd/go does (ENV-1..8): OS (non-empty) > user file (key present, even empty) > go.env;
/// an empty result falls back to the built-in default (envOr); GONOPROXY/GONOSUMDB default
/// to GOPRIVATE, GOMODCACHE to <GOPATH>/pkg/mod; GOENV, GODEBUG and non-go variables come
/// from the OS only. Version-dependent: built-in GOPROXY/GOSUMDB defaults before 1.21,
/// go.env from 1.21, GOTOOLCHAIN from 1.21, GOAUTH from 1.24. Pure function.
EffectiveEnv resolveGoEnvironment(const GoEnvInputs& in);

/// True when `name` is read through cmd/go's cfg.Getenv (OS, then the env files).
bool isGoConfigVariable(const QString& name);

/// True when the go version (e.g. "1.19.8") is at least major.minor; an unknown version counts as new.
bool goAtLeast(const QString& goVersion, int major, int minor);

/// Reads the user env file and $GOROOT/go.env from disk for an OS environment and a GOROOT.
GoEnvInputs collectGoEnvInputs(const QMap<QString, QString>& os, const QString& goroot, const QString& goVersion,
                               const QString& goos = QStringLiteral("linux"));

} // namespace gmd
