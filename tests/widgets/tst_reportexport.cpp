// SPDX-License-Identifier: MIT
// The GUI's report export: the core formatters, the format chosen by the file name, atomic
// writes with a readable error.
#include "checks/checktestutil.h"
#include "checks/engine.h"
#include "checks/registry.h"
#include "reportexport.h"
#include "testutil/testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestReportExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::addRow("json") << u"/tmp/r.json"_s << int(gmd::ReportFormat::Json);
        QTest::addRow("sarif") << u"/tmp/r.sarif"_s << int(gmd::ReportFormat::Sarif);
        QTest::addRow("sarif.json") << u"/tmp/r.SARIF.json"_s << int(gmd::ReportFormat::Sarif);
        QTest::addRow("text") << u"/tmp/r.txt"_s << int(gmd::ReportFormat::Text);
        QTest::addRow("no suffix") << u"/tmp/report"_s << int(gmd::ReportFormat::Text);
    }
    void formatForPath()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        QCOMPARE(int(gmd::reportFormatForPath(path)), format);
        QCOMPARE(gmd::reportFileFilters().size(), 3);
    }

    void rendersEveryFormatMasked()
    {
        const gmd::Facts facts =
            gmdtest::FactsBuilder().os(u"GOPROXY"_s, u"https://bob:hunter2@proxy.corp.example|direct"_s).build();
        const gmd::DiagnosisResult result = gmd::runChecks(facts, gmd::allChecks());
        const QByteArray json = gmd::renderReport(facts, result, gmd::ReportFormat::Json);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.object().contains(u"findings"_s));
        const QByteArray sarif = gmd::renderReport(facts, result, gmd::ReportFormat::Sarif);
        QCOMPARE(QJsonDocument::fromJson(sarif).object().value(u"version"_s).toString(), u"2.1.0"_s);
        const QByteArray text = gmd::renderReport(facts, result, gmd::ReportFormat::Text);
        QVERIFY(text.contains("Checks"));
        QVERIFY(!text.contains("\x1b[")); // never colours in a file
        for (const QByteArray& r : { json, sarif, text })
            QVERIFY(!r.contains("hunter2"));
    }

    void writesAtomicallyOrExplains()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QString path = dir.filePath(u"report.json"_s);
        QVERIFY(gmd::writeReportFile(path, "{}", &error));
        QCOMPARE(gmdtest::readFile(path), QByteArray("{}"));
        const QString bad = dir.filePath(u"missing/folder/report.json"_s);
        QVERIFY(!gmd::writeReportFile(bad, "{}", &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
