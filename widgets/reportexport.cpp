// SPDX-License-Identifier: MIT
#include "reportexport.h"

#include "report/jsonreport.h"
#include "report/sarifreport.h"
#include "report/textreport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QByteArray renderReport(const Facts& facts, const DiagnosisResult& result, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json:
        return QJsonDocument(diagnosisToJson(facts, result)).toJson(QJsonDocument::Indented);
    case ReportFormat::Sarif:
        return QJsonDocument(diagnosisToSarif(facts, result)).toJson(QJsonDocument::Indented);
    case ReportFormat::Text:
        break;
    }
    TextReportOptions options;
    options.color = false;
    return diagnosisToText(facts, result, options).toUtf8();
}

ReportFormat reportFormatForPath(const QString& path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(u".sarif"_s) || lower.endsWith(u".sarif.json"_s))
        return ReportFormat::Sarif;
    if (lower.endsWith(u".json"_s))
        return ReportFormat::Json;
    return ReportFormat::Text;
}

QStringList reportFileFilters()
{
    return {
        QCoreApplication::translate("gmd::ReportExport", "Text report (*.txt)"),
        QCoreApplication::translate("gmd::ReportExport", "JSON report (*.json)"),
        QCoreApplication::translate("gmd::ReportExport", "SARIF log (*.sarif *.sarif.json)"),
    };
}

bool writeReportFile(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error =
                QCoreApplication::translate("gmd::ReportExport", "Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace gmd
