// SPDX-License-Identifier: MIT
#include "sarifreport.h"

#include "common/secrets.h"
#include "report/jsonreport.h"

#include <QDir>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QString sarifLevel(Severity s)
{
    switch (s) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"note"_s;
    }
    return u"warning"_s;
}

QString artifactUri(const QString& projectDir, const QString& file)
{
    const QString rel = QDir(projectDir).relativeFilePath(file);
    if (!rel.startsWith(u"../"_s) && !QDir::isAbsolutePath(rel))
        return rel;
    return QUrl::fromLocalFile(file).toString();
}

} // namespace

QJsonObject diagnosisToSarif(const Facts& facts, const DiagnosisResult& result, const ReportMeta& meta)
{
    QJsonArray rules;
    QMap<QString, int> ruleIndex;
    for (const CheckOutcome& c : result.checks) {
        ruleIndex.insert(c.info.id, int(rules.size()));
        rules.append(QJsonObject{
            {u"id"_s, c.info.id},
            {u"name"_s, c.info.slug},
            {u"shortDescription"_s, QJsonObject{{u"text"_s, c.info.title}}},
            {u"helpUri"_s, c.info.docPath()},
            {u"defaultConfiguration"_s, QJsonObject{{u"level"_s, sarifLevel(c.info.severity)}}},
            {u"properties"_s, QJsonObject{{u"category"_s, c.info.category}}}});
    }
    QJsonArray results;
    for (const Finding& f : result.findings) {
        QString text = maskSecrets(f.message);
        if (f.fix && !f.fix->commands.isEmpty())
            text += u"\nFix: "_s + maskSecrets(f.fix->commands.join(u"; "_s));
        QJsonObject r{{u"ruleId"_s, f.id},
                      {u"level"_s, sarifLevel(f.severity)},
                      {u"message"_s, QJsonObject{{u"text"_s, text}}},
                      {u"properties"_s, findingToJson(f)}};
        if (ruleIndex.contains(f.id))
            r.insert(u"ruleIndex"_s, ruleIndex.value(f.id));
        if (f.location && !f.location->file.isEmpty()) {
            QJsonObject region{{u"startLine"_s, f.location->line}};
            if (f.location->column > 0)
                region.insert(u"startColumn"_s, f.location->column);
            if (f.location->endLine > f.location->line)
                region.insert(u"endLine"_s, f.location->endLine);
            r.insert(u"locations"_s,
                     QJsonArray{QJsonObject{{u"physicalLocation"_s,
                                             QJsonObject{{u"artifactLocation"_s,
                                                          QJsonObject{{u"uri"_s, artifactUri(facts.project.dir,
                                                                                            f.location->file)}}},
                                                         {u"region"_s, region}}}}});
        }
        results.append(r);
    }
    QJsonObject driver{{u"name"_s, meta.toolName},
                       {u"version"_s, meta.toolVersion.isEmpty() ? doctorVersion() : meta.toolVersion},
                       {u"informationUri"_s, u"https://example.invalid/gomoddoctor"_s},
                       {u"rules"_s, rules}};
    QJsonObject run{{u"tool"_s, QJsonObject{{u"driver"_s, driver}}},
                    {u"results"_s, results},
                    {u"originalUriBaseIds"_s,
                     QJsonObject{{u"PROJECTROOT"_s,
                                  QJsonObject{{u"uri"_s, QUrl::fromLocalFile(facts.project.dir + u'/').toString()}}}}}};
    return QJsonObject{{u"$schema"_s, u"https://json.schemastore.org/sarif-2.1.0.json"_s},
                       {u"version"_s, u"2.1.0"_s},
                       {u"runs"_s, QJsonArray{run}}};
}

} // namespace gmd
