// SPDX-License-Identifier: MIT
#include "checkutil.h"

#include "common/secrets.h"
#include "env/goenvresolver.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QString shellQuote(const QString& value)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (!value.isEmpty() && plain.match(value).hasMatch())
        return value;
    QString v = value;
    v.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + v + u'\'';
}

namespace {

/// The caller's description as a finished sentence, so that text can follow it.
QString sentence(const QString& description)
{
    QString d = description.trimmed();
    while (d.endsWith(u':'))
        d.chop(1);
    if (!d.isEmpty() && !d.endsWith(u'.') && !d.endsWith(u'!') && !d.endsWith(u'?'))
        d += u'.';
    return d;
}

bool isDockerSource(EnvSource s)
{
    return s == EnvSource::DockerfileEnv || s == EnvSource::DockerfileArg || s == EnvSource::BuildArg
        || s == EnvSource::ProxyBuildArg || s == EnvSource::BaseImage;
}

} // namespace

FixHint fixSetVariable(const EnvContext& context, const EnvValue& current, const QString& newValue,
                       const QString& description)
{
    FixHint fix;
    fix.description = sentence(description);
    const QString assignment = current.name + u'=' + shellQuote(newValue);
    if (context.container && current.source == EnvSource::UserEnvFile) {
        // A `RUN go env -w` inside the image wrote it.
        fix.description += u" The value was written by 'go env -w' in the RUN at %1; change that command:"_s.arg(
            current.location.toString());
        fix.commands << u"go env -w "_s + assignment;
        return fix;
    }
    if (context.container || isDockerSource(current.source)) {
        if (current.source == EnvSource::DockerfileEnv && current.location.isValid())
            fix.description += u" Change line %1 of %2 to:"_s.arg(current.location.line).arg(current.location.file);
        else
            fix.description += u" Add to the stage that runs go:"_s;
        fix.commands << u"ENV "_s + current.name + u'=' + newValue;
        return fix;
    }
    if (!isGoConfigVariable(current.name)) {
        // HTTPS_PROXY, GIT_SSH_COMMAND, GODEBUG...: only the process environment sets them.
        fix.description += u" Set it where the environment of go is made (shell profile, CI settings):"_s;
        fix.commands << u"export "_s + assignment;
        return fix;
    }
    if (current.source == EnvSource::OsEnvironment) {
        fix.description += u" %1 is set in the OS environment (shell profile, CI settings or IDE), which "
                           "overrides go env -w; change it there:"_s.arg(current.name);
        fix.commands << u"export "_s + assignment;
        return fix;
    }
    fix.commands << u"go env -w "_s + assignment;
    return fix;
}

FixHint fixUnsetVariable(const EnvContext& context, const EnvValue& current, const QString& description)
{
    FixHint fix;
    fix.description = sentence(description);
    if (context.container && current.source == EnvSource::UserEnvFile) {
        fix.description += u" Remove 'go env -w %1=...' from the RUN at %2, or undo it in a later RUN:"_s.arg(
            current.name, current.location.toString());
        fix.commands << u"go env -u "_s + current.name;
        return fix;
    }
    if (context.container || isDockerSource(current.source)) {
        if (current.location.isValid())
            fix.description += u" Remove the setting at %1."_s.arg(current.location.toString());
        fix.commands << u"# delete: ENV %1=..."_s.arg(current.name);
        return fix;
    }
    switch (current.source) {
    case EnvSource::OsEnvironment:
        fix.description += u" %1 comes from the OS environment; remove it where it is exported "
                           "(shell profile, CI settings, IDE):"_s.arg(current.name);
        fix.commands << u"unset "_s + current.name;
        break;
    case EnvSource::UserEnvFile:
        fix.commands << u"go env -u "_s + current.name;
        break;
    default:
        fix.commands << u"go env -u "_s + current.name;
        break;
    }
    return fix;
}

QString subjectFor(const EnvValue& value)
{
    if ((value.source == EnvSource::DockerfileEnv || value.source == EnvSource::DockerfileArg)
        && value.location.isValid())
        return value.location.file + u':' + QString::number(value.location.line);
    return value.name;
}

void describeValue(Finding& finding, const EnvValue& value)
{
    finding.subject = subjectFor(value);
    if (value.location.isValid())
        finding.location = value.location;
    finding.evidence.append(evidenceFor(value));
}

} // namespace gmd
