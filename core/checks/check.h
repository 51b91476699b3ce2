// SPDX-License-Identifier: MIT
#pragma once

#include "checks/finding.h"

#include <QList>
#include <QString>

namespace gmd {

struct Facts;
struct EnvContext;
struct EnvValue;

/// The static description of a check.
struct CheckInfo
{
    QString id;       ///< stable id, e.g. "GMD100"; BuildKit rules use BuildKit's names
    QString slug;     ///< "goproxy-empty-list"
    QString category; ///< "Proxy", "Checksum database", ...
    QString title;    ///< "GOPROXY has no entries"
    Severity severity = Severity::Warning; ///< default severity of its findings
    QString docPath() const { return QStringLiteral("docs/checks/") + id + QStringLiteral(".md"); }
};

enum class CheckStatus { Pass, Warn, Fail, Skip, Error };
/// "pass", "warn", "fail", "skip", "error".
QString checkStatusKey(CheckStatus status);

/// Collects what one check run produces. Not thread-safe: one sink per check run.
class FindingSink
{
public:
    explicit FindingSink(const CheckInfo& info);

    /// Adds a finding prefilled with the check's id, category, title and severity; returns it
    /// for the caller to complete (message, subject, evidence, fix, score).
    Finding& report(const QString& subject, const QString& message);
    /// Marks the check as not applicable (no go.mod, go missing...), with the reason.
    void skip(const QString& reason);
    /// Marks the check as unable to run (its input is broken), with the reason.
    void error(const QString& reason);
    /// Sets the environment that subsequent findings belong to (EnvCheck does this).
    void setEnvironment(const QString& id, const QString& label);

    const QList<Finding>& findings() const { return m_findings; }
    QString skipReason() const { return m_skipReason; }
    QString errorReason() const { return m_errorReason; }

private:
    CheckInfo m_info;
    QList<Finding> m_findings;
    QString m_skipReason;
    QString m_errorReason;
    QString m_envId;
    QString m_envLabel;
};

/// A check: a small unit with an id and one run over immutable facts. Implementations must be
/// stateless (run() is const and may be called from several threads at once).
class Check
{
public:
    virtual ~Check() = default;
    virtual CheckInfo info() const = 0;
    virtual void run(const Facts& facts, FindingSink& out) const = 0;
};

/// A check over one Go environment; run once per environment in Facts::environments (the
/// host's and every Dockerfile RUN that invokes go): one engine, several sources.
class EnvCheck : public Check
{
public:
    void run(const Facts& facts, FindingSink& out) const final;
    virtual void runEnv(const EnvContext& context, const Facts& facts, FindingSink& out) const = 0;
};

/// Evidence for an environment value: label "NAME (source)", the masked value, and where.
Evidence evidenceFor(const EnvValue& value);
/// The location of a value when it comes from a file (env file line, Dockerfile line).
std::optional<SourceLocation> locationOf(const EnvValue& value);

} // namespace gmd
