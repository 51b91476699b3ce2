// SPDX-License-Identifier: MIT
#pragma once

#include "common/diagnostic.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gmd {

/// Where an effective value came from. The first four follow ENV-1's precedence on the host;
/// the Docker sources describe the environment a Dockerfile RUN sees (spec dockerfile.md S).
enum class EnvSource {
    Unset,          ///< no value anywhere: the effective value is ""
    OsEnvironment,  ///< the process environment (non-empty only, ENV-2)
    UserEnvFile,    ///< the `go env -w` file (GOENV, ENV-4)
    GoRootEnvFile,  ///< $GOROOT/go.env (ENV-6)
    BuiltinDefault, ///< compiled into cmd/go, or computed from HOME etc. ($HOME/go)
    Derived,        ///< defaults to another variable (GONOPROXY <- GOPRIVATE, GOMODCACHE <- GOPATH)
    DockerfileEnv,  ///< an ENV instruction
    DockerfileArg,  ///< an ARG instruction's default
    BuildArg,       ///< a --build-arg value
    ProxyBuildArg,  ///< a predefined proxy build arg passed to every RUN (S8)
    BaseImage,      ///< the base image's config (table of official golang images)
};

/// Short, stable, lower-case name used in JSON ("os", "user-env-file", ...).
QString envSourceKey(EnvSource source);
/// Human-readable name ("OS environment", "go env -w file", ...).
QString envSourceName(EnvSource source);

/// One variable as seen by the go command (or by a RUN in a Dockerfile).
struct EnvValue
{
    QString name;
    QString value;
    EnvSource source = EnvSource::Unset;
    QString origin;          ///< file path, image name or other detail ("/root/.config/go/env")
    SourceLocation location; ///< line in the env file / Dockerfile, when known
    QString derivedFrom;     ///< for Derived: the variable it defaults to
    bool osSetButEmpty = false; ///< the OS has NAME= (empty), which cmd/go treats as unset (ENV-2)
    /// Values at lower precedence that this value hides, highest first (shadowing evidence):
    /// e.g. an OS GOPROXY hides the user file's GOPROXY.
    QList<EnvValue> hidden;

    bool isSet() const { return source != EnvSource::Unset; }
    /// "value (source origin:line)" with the value masked; for evidence and logs.
    QString describe() const;
};

/// A complete environment: every variable the doctor reasons about, with its source.
class EffectiveEnv
{
public:
    void set(const EnvValue& value) { m_values.insert(value.name, value); }
    /// The entry for `name`; an Unset entry with that name when unknown.
    EnvValue get(const QString& name) const;
    /// The effective value ("" when unset).
    QString value(const QString& name) const { return m_values.value(name).value; }
    bool contains(const QString& name) const { return m_values.contains(name); }
    QStringList names() const { return m_values.keys(); }
    const QMap<QString, EnvValue>& values() const { return m_values; }

private:
    QMap<QString, EnvValue> m_values;
};

/// The variables that affect module download and that the doctor reports, in display order.
const QStringList& reportedVariables();

/// One environment the checks run over: the host's, or what a Dockerfile RUN sees.
struct EnvContext
{
    QString id;          ///< "host", or "Dockerfile:builder:12"
    QString label;       ///< "this machine", "Dockerfile stage builder, RUN at line 12"
    EffectiveEnv env;
    QString goVersion;   ///< the go that runs there ("1.22.3"), empty when unknown
    bool container = false;
    SourceLocation anchor; ///< the RUN instruction for Docker contexts
    QString goos = QStringLiteral("linux");
    QString goarch = QStringLiteral("amd64");
};

} // namespace gmd
