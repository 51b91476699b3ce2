// SPDX-License-Identifier: MIT
#include "goenvironment.h"

#include "common/secrets.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QString envSourceKey(EnvSource source)
{
    switch (source) {
    case EnvSource::Unset:
        return u"unset"_s;
    case EnvSource::OsEnvironment:
        return u"os"_s;
    case EnvSource::UserEnvFile:
        return u"user-env-file"_s;
    case EnvSource::GoRootEnvFile:
        return u"goroot-go-env"_s;
    case EnvSource::BuiltinDefault:
        return u"default"_s;
    case EnvSource::Derived:
        return u"derived"_s;
    case EnvSource::DockerfileEnv:
        return u"dockerfile-env"_s;
    case EnvSource::DockerfileArg:
        return u"dockerfile-arg"_s;
    case EnvSource::BuildArg:
        return u"build-arg"_s;
    case EnvSource::ProxyBuildArg:
        return u"proxy-build-arg"_s;
    case EnvSource::BaseImage:
        return u"base-image"_s;
    }
    return u"unset"_s;
}

QString envSourceName(EnvSource source)
{
    switch (source) {
    case EnvSource::Unset:
        return u"not set"_s;
    case EnvSource::OsEnvironment:
        return u"OS environment"_s;
    case EnvSource::UserEnvFile:
        return u"go env -w file"_s;
    case EnvSource::GoRootEnvFile:
        return u"$GOROOT/go.env"_s;
    case EnvSource::BuiltinDefault:
        return u"built-in default"_s;
    case EnvSource::Derived:
        return u"default from another variable"_s;
    case EnvSource::DockerfileEnv:
        return u"Dockerfile ENV"_s;
    case EnvSource::DockerfileArg:
        return u"Dockerfile ARG"_s;
    case EnvSource::BuildArg:
        return u"--build-arg"_s;
    case EnvSource::ProxyBuildArg:
        return u"proxy build arg"_s;
    case EnvSource::BaseImage:
        return u"base image"_s;
    }
    return u"not set"_s;
}

QString EnvValue::describe() const
{
    QString s = u"%1=%2 (%3"_s.arg(name, maskValue(name, value), envSourceName(source));
    if (!origin.isEmpty())
        s += u' ' + origin;
    if (location.line > 0 && origin == location.file)
        s += u':' + QString::number(location.line);
    else if (location.line > 0)
        s += u" line "_s + QString::number(location.line);
    if (!derivedFrom.isEmpty())
        s += u" from "_s + derivedFrom;
    return s + u')';
}

EnvValue EffectiveEnv::get(const QString& name) const
{
    auto it = m_values.constFind(name);
    if (it != m_values.constEnd())
        return *it;
    EnvValue v;
    v.name = name;
    return v;
}

const QStringList& reportedVariables()
{
    static const QStringList vars = {
        u"GOPROXY"_s,     u"GOSUMDB"_s,     u"GOPRIVATE"_s,    u"GONOPROXY"_s,   u"GONOSUMDB"_s,
        u"GOINSECURE"_s,  u"GOVCS"_s,       u"GOAUTH"_s,       u"GOFLAGS"_s,     u"GO111MODULE"_s,
        u"GOTOOLCHAIN"_s, u"GOPATH"_s,      u"GOMODCACHE"_s,   u"GOCACHE"_s,     u"GOENV"_s,
        u"GOROOT"_s,      u"GODEBUG"_s,     u"GONOSUMCHECK"_s, u"GONOVERIFY"_s, u"HTTPS_PROXY"_s, u"https_proxy"_s,
        u"HTTP_PROXY"_s,  u"http_proxy"_s,  u"NO_PROXY"_s,     u"no_proxy"_s,    u"ALL_PROXY"_s,
        u"all_proxy"_s,   u"GIT_TERMINAL_PROMPT"_s, u"GIT_SSH"_s, u"GIT_SSH_COMMAND"_s,
        // NET-6 (TLS trust of go) and NET-3 (CGI refuses HTTP_PROXY): read by the network probes.
        u"SSL_CERT_FILE"_s, u"SSL_CERT_DIR"_s, u"REQUEST_METHOD"_s,
    };
    return vars;
}

} // namespace gmd
