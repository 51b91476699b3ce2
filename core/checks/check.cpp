// SPDX-License-Identifier: MIT
#include "check.h"

#include "checks/facts.h"
#include "common/secrets.h"
#include "env/goenvironment.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return u"warning"_s;
}

std::optional<Severity> parseSeverity(const QString& text)
{
    if (text == u"info"_s)
        return Severity::Info;
    if (text == u"warning"_s)
        return Severity::Warning;
    if (text == u"error"_s)
        return Severity::Error;
    return std::nullopt;
}

QString checkStatusKey(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return u"pass"_s;
    case CheckStatus::Warn:
        return u"warn"_s;
    case CheckStatus::Fail:
        return u"fail"_s;
    case CheckStatus::Skip:
        return u"skip"_s;
    case CheckStatus::Error:
        return u"error"_s;
    }
    return u"error"_s;
}

FindingSink::FindingSink(const CheckInfo& info)
    : m_info(info)
{
}

Finding& FindingSink::report(const QString& subject, const QString& message)
{
    Finding f;
    f.id = m_info.id;
    f.severity = m_info.severity;
    f.category = m_info.category;
    f.title = m_info.title;
    f.subject = subject;
    f.message = message;
    f.environment = m_envId;
    f.environmentLabel = m_envLabel;
    f.docPath = m_info.docPath();
    m_findings.append(f);
    return m_findings.last();
}

void FindingSink::skip(const QString& reason)
{
    if (m_skipReason.isEmpty())
        m_skipReason = reason;
}

void FindingSink::error(const QString& reason)
{
    if (m_errorReason.isEmpty())
        m_errorReason = reason;
}

void FindingSink::setEnvironment(const QString& id, const QString& label)
{
    m_envId = id;
    m_envLabel = label;
}

void EnvCheck::run(const Facts& facts, FindingSink& out) const
{
    for (const EnvContext& ctx : facts.environments) {
        out.setEnvironment(ctx.id, ctx.label);
        runEnv(ctx, facts, out);
    }
    out.setEnvironment({}, {});
}

Evidence evidenceFor(const EnvValue& value)
{
    Evidence e;
    e.label = u"%1 (%2)"_s.arg(value.name, envSourceName(value.source));
    e.value = maskValue(value.name, value.value);
    if (value.location.isValid())
        e.source = value.location.toString();
    else if (!value.origin.isEmpty())
        e.source = value.origin;
    else
        e.source = envSourceName(value.source);
    if (!value.derivedFrom.isEmpty())
        e.source += u" (defaults to %1)"_s.arg(value.derivedFrom);
    return e;
}

std::optional<SourceLocation> locationOf(const EnvValue& value)
{
    if (value.location.isValid())
        return value.location;
    return std::nullopt;
}

} // namespace gmd
