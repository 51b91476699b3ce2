// SPDX-License-Identifier: MIT
#include "jsonreport.h"

#include "report/probereport.h"

#include "checks/checklabels.h"
#include "common/secrets.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QJsonObject locationToJson(const SourceLocation& loc)
{
    QJsonObject o{{u"file"_s, loc.file}, {u"line"_s, loc.line}};
    if (loc.column > 0)
        o.insert(u"column"_s, loc.column);
    if (loc.endLine > 0)
        o.insert(u"endLine"_s, loc.endLine);
    return o;
}

QJsonObject envValueToJson(const EnvValue& v)
{
    QJsonObject o{{u"name"_s, v.name},
                  {u"value"_s, maskValue(v.name, v.value)},
                  {u"set"_s, v.isSet()},
                  {u"source"_s, envSourceKey(v.source)},
                  {u"sourceName"_s, envSourceName(v.source)}};
    if (!v.origin.isEmpty())
        o.insert(u"origin"_s, maskSecrets(v.origin));
    if (v.location.isValid())
        o.insert(u"location"_s, locationToJson(v.location));
    if (!v.derivedFrom.isEmpty())
        o.insert(u"derivedFrom"_s, v.derivedFrom);
    if (v.osSetButEmpty)
        o.insert(u"osSetButEmpty"_s, true);
    if (!v.hidden.isEmpty()) {
        QJsonArray hidden;
        for (const EnvValue& h : v.hidden)
            hidden.append(envValueToJson(h));
        o.insert(u"hidden"_s, hidden);
    }
    return o;
}

QString fallbackKey(FallbackMode m)
{
    return m == FallbackMode::OnAnyError ? u"any-error"_s : u"404/410"_s;
}

QString sourceKindKey(RouteSource::Kind k)
{
    switch (k) {
    case RouteSource::Kind::Proxy:
        return u"proxy"_s;
    case RouteSource::Kind::Direct:
        return u"direct"_s;
    case RouteSource::Kind::Off:
        return u"off"_s;
    case RouteSource::Kind::Skipped:
        return u"skipped"_s;
    }
    return u"proxy"_s;
}

QJsonObject routeToJson(const ModuleRoute& r)
{
    QJsonArray sources;
    for (const RouteSource& s : r.sources) {
        QJsonObject o{{u"kind"_s, sourceKindKey(s.kind)}};
        if (!s.url.isEmpty())
            o.insert(u"url"_s, redactUrl(s.url));
        if (s.kind == RouteSource::Kind::Proxy)
            o.insert(u"fallback"_s, s.last ? u"final"_s : fallbackKey(s.fallback));
        if (!s.note.isEmpty())
            o.insert(u"note"_s, s.note);
        sources.append(o);
    }
    QJsonArray candidates;
    for (const QString& c : r.sumdb.candidates)
        candidates.append(redactUrl(c));
    QJsonObject sumdb{{u"consulted"_s, r.sumdb.consulted},
                      {u"mandatory"_s, r.sumdb.mandatory},
                      {u"reason"_s, r.sumdb.reason},
                      {u"name"_s, r.sumdb.name},
                      {u"candidates"_s, candidates}};
    if (!r.sumdb.explicitUrl.isEmpty())
        sumdb.insert(u"explicitUrl"_s, redactUrl(r.sumdb.explicitUrl));
    if (!r.sumdb.error.isEmpty())
        sumdb.insert(u"error"_s, r.sumdb.error);
    QJsonObject o{{u"module"_s, r.module},   {u"version"_s, r.version},     {u"summary"_s, r.summary()},
                  {u"sources"_s, sources},    {u"sumdb"_s, sumdb},           {u"noProxy"_s, r.noProxy},
                  {u"noSumDb"_s, r.noSumDb},  {u"insecure"_s, r.insecure},   {u"private"_s, r.goprivate}};
    if (!r.noProxyGlob.isEmpty())
        o.insert(u"noProxyGlob"_s, r.noProxyGlob);
    if (!r.configError.isEmpty())
        o.insert(u"error"_s, maskSecrets(r.configError));
    if (!r.govcsError.isEmpty())
        o.insert(u"govcsError"_s, r.govcsError);
    return o;
}

} // namespace

QJsonObject findingToJson(const Finding& f)
{
    QJsonArray evidence;
    for (const Evidence& e : f.evidence)
        evidence.append(QJsonObject{{u"label"_s, e.label}, {u"value"_s, maskSecrets(e.value)}, {u"source"_s, e.source}});
    QJsonObject o{{u"id"_s, f.id},
                  {u"severity"_s, severityKey(f.severity)},
                  {u"category"_s, f.category},
                  {u"title"_s, f.title},
                  {u"message"_s, maskSecrets(f.message)},
                  {u"subject"_s, f.subject},
                  {u"evidence"_s, evidence},
                  {u"rootCauseScore"_s, f.rootCauseScore},
                  {u"doc"_s, f.docPath}};
    if (f.location)
        o.insert(u"location"_s, locationToJson(*f.location));
    if (f.fix) {
        QJsonArray commands;
        for (const QString& c : f.fix->commands)
            commands.append(maskSecrets(c));
        o.insert(u"fix"_s, QJsonObject{{u"description"_s, maskSecrets(f.fix->description)}, {u"commands"_s, commands}});
    }
    if (!f.environment.isEmpty())
        o.insert(u"environment"_s, QJsonObject{{u"id"_s, f.environment}, {u"label"_s, f.environmentLabel}});
    return o;
}

QJsonObject diagnosisToJson(const Facts& facts, const DiagnosisResult& result, const ReportMeta& meta)
{
    QJsonObject root;
    root.insert(u"schemaVersion"_s, kJsonSchemaVersion);
    root.insert(u"tool"_s, QJsonObject{{u"name"_s, meta.toolName},
                                        {u"version"_s, meta.toolVersion.isEmpty() ? doctorVersion() : meta.toolVersion}});
    root.insert(u"generatedAt"_s, meta.generatedAt.isEmpty()
                                      ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
                                      : meta.generatedAt);
    root.insert(u"projectDir"_s, facts.project.dir);

    QJsonObject go{{u"found"_s, facts.go.found}, {u"path"_s, facts.go.path}, {u"version"_s, facts.go.version}};
    if (!facts.go.problem.isEmpty())
        go.insert(u"problem"_s, maskSecrets(facts.go.problem));
    if (facts.go.hung)
        go.insert(u"hung"_s, true);
    root.insert(u"go"_s, go);

    QJsonArray environments;
    for (const EnvContext& ctx : facts.environments) {
        QJsonArray vars;
        for (const QString& name : reportedVariables())
            vars.append(envValueToJson(ctx.env.get(name)));
        QJsonObject e{{u"id"_s, ctx.id}, {u"label"_s, ctx.label}, {u"goVersion"_s, ctx.goVersion},
                      {u"container"_s, ctx.container}, {u"variables"_s, vars}};
        if (ctx.anchor.isValid())
            e.insert(u"location"_s, locationToJson(ctx.anchor));
        environments.append(e);
    }
    // `environment` is the host's variables (the common case); `environments` has every context.
    root.insert(u"environment"_s, environments.isEmpty() ? QJsonArray() : environments.first().toObject().value(u"variables"_s).toArray());
    root.insert(u"environments"_s, environments);

    QJsonArray routes;
    for (const ModuleRoute& r : facts.hostRoutes)
        routes.append(routeToJson(r));
    root.insert(u"routes"_s, routes);

    QJsonArray checks;
    QMap<QString, int> statusCounts;
    for (const CheckOutcome& c : result.checks) {
        QJsonObject o{{u"id"_s, c.info.id},
                      {u"slug"_s, c.info.slug},
                      {u"title"_s, c.info.title},
                      {u"label"_s, checkLabel(c.info)},
                      {u"category"_s, c.info.category},
                      {u"status"_s, checkStatusKey(c.status)},
                      {u"findings"_s, int(c.findings.size())}};
        if (!c.reason.isEmpty())
            o.insert(u"reason"_s, maskSecrets(c.reason));
        checks.append(o);
        statusCounts[checkStatusKey(c.status)] += 1;
    }
    root.insert(u"checks"_s, checks);

    QJsonArray findings;
    int counts[3] = {0, 0, 0};
    for (const Finding& f : result.findings) {
        findings.append(findingToJson(f));
        counts[int(f.severity)] += 1;
    }
    root.insert(u"findings"_s, findings);

    QJsonArray notes;
    for (const QString& n : facts.notes)
        notes.append(n);
    root.insert(u"notes"_s, notes);
    root.insert(u"probes"_s, probesToJson(facts)); // issue 4: probes with stage timings, ranking

    QJsonObject statusObj;
    for (auto it = statusCounts.begin(); it != statusCounts.end(); ++it)
        statusObj.insert(it.key(), it.value());
    root.insert(u"summary"_s, QJsonObject{{u"errors"_s, counts[2]},
                                          {u"warnings"_s, counts[1]},
                                          {u"infos"_s, counts[0]},
                                          {u"checks"_s, statusObj},
                                          {u"cancelled"_s, result.cancelled}});
    return root;
}

} // namespace gmd
