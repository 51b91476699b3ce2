// SPDX-License-Identifier: MIT
#include "envsourceutil.h"

#include "checks/check.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {

QString whereSet(const EnvValue& value)
{
    QString where;
    switch (value.source) {
    case EnvSource::OsEnvironment:
        where = u"the OS environment"_s;
        break;
    case EnvSource::UserEnvFile:
        where = u"the go env -w file"_s;
        break;
    default:
        where = envSourceName(value.source);
        break;
    }
    if (value.location.isValid())
        where += u" (%1:%2)"_s.arg(value.location.file).arg(value.location.line);
    else if (!value.origin.isEmpty())
        where += u" (%1)"_s.arg(value.origin);
    return where;
}

Evidence fileEvidence(const EnvValue& value)
{
    Evidence e = evidenceFor(value);
    if (value.location.isValid())
        e.source = u"%1:%2"_s.arg(value.location.file).arg(value.location.line);
    return e;
}

bool isProcessEnvironment(EnvSource source)
{
    switch (source) {
    case EnvSource::OsEnvironment:
    case EnvSource::DockerfileEnv:
    case EnvSource::DockerfileArg:
    case EnvSource::BuildArg:
    case EnvSource::ProxyBuildArg:
    case EnvSource::BaseImage:
        return true;
    default:
        return false;
    }
}

const EnvValue* findSource(const EnvValue& value, EnvSource source)
{
    if (value.source == source)
        return &value;
    for (const EnvValue& h : value.hidden) {
        if (h.source == source)
            return &h;
    }
    return nullptr;
}

} // namespace gmd::rules
