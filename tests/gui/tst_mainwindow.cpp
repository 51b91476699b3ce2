// SPDX-License-Identifier: MIT
// The main window, offscreen, with a real diagnosis of a temporary Go project by the real go
// (temporary HOME, GOPATH, GOMODCACHE, GOENV): live checklist, findings, detail and docs,
// cancel, export, errors shown in the banner, settings persisted. Screenshots of every page go
// to the build folder (mainwindow-*.png) for people to look at; they are not assertions.
#include "appsettings.h"
#include "checklistmodel.h"
#include "checklistpane.h"
#include "checks/registry.h"
#include "diagnosisrunner.h"
#include "environmentmodel.h"
#include "findingdetailview.h"
#include "findingsmodel.h"
#include "findingspage.h"
#include "flowchartview.h"
#include "logpage.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "routesmodel.h"
#include "statusindicator.h"
#include "testutil/testutil.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {

QtMessageHandler g_previousHandler = nullptr;

/// The offscreen platform warns on every shown window that it cannot propagate size hints:
/// noise that would hide real warnings.
void filterOffscreenNoise(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(u"propagateSizeHints"_s))
        return;
    g_previousHandler(type, context, message);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_project;
    QProcessEnvironment m_env;

    /// A window on a fresh settings file, told to use the test's go and environment.
    std::unique_ptr<gmd::MainWindow> makeWindow(const QString& settingsName = u"settings.ini"_s)
    {
        auto w = std::make_unique<gmd::MainWindow>(m_tmp.filePath(settingsName));
        w->setEnvironment(m_env);
        // No network probes: test traffic stays on 127.0.0.1 (the GOPROXY here names a real-looking host).
        w->setSettings(gmd::AppSettings { gmdtest::goExecutable(), 10, true });
        w->setGoCommandOverride(gmdtest::goExecutable());
        w->resize(1280, 800);
        return w;
    }

    bool allChecksFinal(const gmd::MainWindow& w)
    {
        return w.checklistModel()->finishedCount() == w.checklistModel()->checkCount();
    }

    void screenshot(gmd::MainWindow& w, const QString& name)
    {
        QTest::qWait(200); // let layouts settle: grab() paints what is there now
        const QString path = QCoreApplication::applicationDirPath() + u"/mainwindow-"_s + name + u".png"_s;
        if (!w.grab().save(path))
            qWarning("could not save %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(filterOffscreenNoise);
        if (gmdtest::goExecutable().isEmpty())
            QSKIP("no go command");
        QVERIFY(m_tmp.isValid());
        m_project = m_tmp.filePath(u"project"_s);
        // No go.sum: GMD182 must report the missing checksums.
        QVERIFY(gmdtest::writeFile(
            m_project + u"/go.mod"_s, "module example.com/hello\n\ngo 1.19\n\nrequire golang.org/x/text v0.3.8\n"));
        const QString home = m_tmp.filePath(u"home"_s);
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"HOME"_s, home);
        m_env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        m_env.insert(u"GOPATH"_s, home + u"/go"_s);
        m_env.insert(u"GOMODCACHE"_s, home + u"/go/pkg/mod"_s);
        m_env.insert(u"GOCACHE"_s, home + u"/.cache/go-build"_s);
        m_env.insert(u"GOENV"_s, home + u"/.config/go/env"_s);
        m_env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
        m_env.insert(u"GOPROXY"_s, u"https://alice:s3cr3t@proxy.corp.example,direct"_s);
        QVERIFY(gmdtest::writeFile(home + u"/.config/go/env"_s, "GOPROXY=https://proxy.golang.org\n"));
    }

    void opensWithTheChecklist()
    {
        auto w = makeWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QCOMPARE(w->checklistModel()->checkCount(), gmd::allChecks().size());
        QCOMPARE(w->checklistModel()->finishedCount(), 0);
        QVERIFY(w->windowTitle().contains(u"Go Module Doctor"_s));
        QVERIFY(!w->findChild<QAction*>(u"cancelAction"_s)->isEnabled());
        QVERIFY(!w->findChild<QAction*>(u"exportAction"_s)->isEnabled());
        // Selecting a check before any run shows its documentation page (embedded resource).
        w->checklistPane()->selectCheck(u"GMD100"_s);
        QVERIFY(w->findingsPage()->detail()->docMarkdown().startsWith(u"# GMD100"_s));
        screenshot(*w, u"start"_s);
    }

    void diagnosesARealProject()
    {
        auto w = makeWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QSignalSpy finished(w.get(), &gmd::MainWindow::diagnosisFinished);
        w->diagnose(m_project);
        QVERIFY(w->isDiagnosing());
        QVERIFY(w->findChild<QAction*>(u"cancelAction"_s)->isEnabled());
        QVERIFY(w->windowTitle().contains(QDir::toNativeSeparators(m_project)));

        QTRY_VERIFY_WITH_TIMEOUT(allChecksFinal(*w), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(w->lastRun());
        QVERIFY(w->lastRun()->facts.go.found);
        QVERIFY(w->findingsModel()->rowCount() > 0);
        QVERIFY(w->environmentModel()->rowCount() > 0);
        QCOMPARE(w->routesModel()->rowCount(), 1);
        QVERIFY(w->findChild<QAction*>(u"exportAction"_s)->isEnabled());
        QCOMPARE(w->checklistModel()->state(u"GMD182"_s), gmd::CheckState::Warn);
        QVERIFY(w->logPage()->text().contains(gmdtest::goExecutable()));
        QVERIFY(!w->statusIndicator()->message().isEmpty());

        // The checklist selection narrows the findings; the detail shows the fix and the docs.
        w->checklistPane()->selectCheck(u"GMD182"_s);
        auto* view = w->findingsPage()->view();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->currentIndex().siblingAtColumn(gmd::FindingsModel::CheckColumn).data().toString(), u"GMD182"_s);
        QVERIFY(w->findingsPage()->detail()->fixCommands().contains(u"go mod tidy"_s));
        QVERIFY(w->findingsPage()->detail()->docMarkdown().startsWith(u"# GMD182"_s));
        screenshot(*w, u"findings"_s);

        // Secrets never reach the environment page.
        const QModelIndex goproxy = w->environmentModel()->indexOfVariable(u"GOPROXY"_s);
        QVERIFY(goproxy.isValid());
        const QString shown = goproxy.siblingAtColumn(gmd::EnvironmentModel::ValueColumn).data().toString();
        QVERIFY2(!shown.contains(u"s3cr3t"_s) && shown.contains(u"xxxxx"_s), qPrintable(shown));
        QVERIFY(w->environmentModel()->rowCount(goproxy) >= 1); // hides the go env -w file's value
        w->pages()->setCurrentIndex(1);
        w->findChild<QTreeView*>(u"environmentView"_s)->expandAll();
        screenshot(*w, u"environment"_s);
        w->pages()->setCurrentIndex(2);
        screenshot(*w, u"routes"_s);
        // The diagnosis path: laid out off the GUI thread; a click on the top finding opens it.
        w->pages()->setCurrentWidget(w->flowchart());
        QTRY_VERIFY_WITH_TIMEOUT(w->flowchart()->isLaidOut(), 20000);
        QVERIFY2(w->flowchart()->geometry().ok(), qPrintable(w->flowchart()->statusText()));
        QVERIFY(!QString::fromUtf8(w->flowchart()->dot()).contains(u"s3cr3t"_s));
        QString top;
        for (const gmd::FlowNode& n : w->flowchart()->flow().nodes) {
            if (n.shape == gmd::FlowNode::Shape::Finding && n.findingIndex == 0)
                top = n.id;
        }
        QVERIFY(!top.isEmpty());
        screenshot(*w, u"diagnosis-path"_s);
        const QPoint at = w->flowchart()->nodeRect(top).center().toPoint();
        QTest::mouseClick(w->flowchart()->canvas(), Qt::LeftButton, {}, at);
        QCOMPARE(w->pages()->currentWidget(), w->findingsPage());
        QCOMPARE(view->currentIndex().siblingAtColumn(gmd::FindingsModel::CheckColumn).data().toString(),
            w->lastRun()->result.findings.first().id);
        w->pages()->setCurrentWidget(w->logPage());
        QVERIFY(!w->logPage()->text().contains(u"s3cr3t"_s));
        screenshot(*w, u"log"_s);

        // Export writes valid JSON (and masks).
        const QString path = m_tmp.filePath(u"report.json"_s);
        QString error;
        QVERIFY2(w->exportReport(path, gmd::ReportFormat::Json, &error), qPrintable(error));
        const QByteArray json = gmdtest::readFile(path);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(doc.object().value(u"findings"_s).isArray());
        QVERIFY(!doc.object().value(u"findings"_s).toArray().isEmpty());
        QVERIFY(!json.contains("s3cr3t"));
        QVERIFY(w->exportReport(m_tmp.filePath(u"report.sarif"_s), gmd::ReportFormat::Sarif, &error));
        QVERIFY(!w->exportReport(m_tmp.filePath(u"nowhere/report.txt"_s), gmd::ReportFormat::Text, &error));
        QVERIFY(error.contains(u"nowhere"_s));
    }

    void cancelDoesNotHang()
    {
        auto w = makeWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QSignalSpy cancelled(w.get(), &gmd::MainWindow::diagnosisCancelled);
        QSignalSpy finished(w.get(), &gmd::MainWindow::diagnosisFinished);
        QElapsedTimer timer;
        timer.start();
        w->diagnose(m_project);
        w->findChild<QAction*>(u"cancelAction"_s)->trigger();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!w->isDiagnosing());
        QVERIFY(allChecksFinal(*w)); // the unfinished ones are marked skipped (cancelled)
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(w->statusIndicator()->message().contains(u"cancel"_s, Qt::CaseInsensitive));
        w->runner()->waitForWorkers();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0); // the cancelled run's results are dropped

        // A second Diagnose while one runs cancels the first; only the second one finishes.
        w->diagnose(m_project);
        w->diagnose(m_project);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(allChecksFinal(*w));
        QCOMPARE(w->lastRun()->generation, w->runner()->generation());
    }

    void errorsAreShownNotCrashed()
    {
        auto w = makeWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QString missing = m_tmp.filePath(u"no-such-folder"_s);
        w->diagnose(missing);
        QVERIFY(!w->isDiagnosing());
        QVERIFY2(w->banner()->text().contains(missing), qPrintable(w->banner()->text()));

        QSignalSpy finished(w.get(), &gmd::MainWindow::diagnosisFinished);
        w->setGoCommandOverride(m_tmp.filePath(u"no-such-go"_s));
        w->diagnose(m_project);
        QVERIFY(w->banner()->text().isEmpty()); // a new run clears the old message
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY2(w->banner()->text().contains(u"no-such-go"_s), qPrintable(w->banner()->text()));
        QCOMPARE(w->checklistModel()->state(u"GMD001"_s), gmd::CheckState::Fail);
        screenshot(*w, u"go-missing"_s);
    }

    void hangingGoIsReportedAndCancellable()
    {
#ifndef Q_OS_UNIX
        QSKIP("uses a shell script as the go command");
#endif
        const QString fakeGo = m_tmp.filePath(u"bin/hanging-go"_s);
        QVERIFY(gmdtest::writeFile(fakeGo, "#!/bin/sh\nexec sleep 30\n"));
        QVERIFY(QFile::setPermissions(fakeGo, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        gmd::AppSettings s;
        s.goCommand = fakeGo;
        s.goTimeoutSeconds = 1;
        s.noNetwork = true;

        // The timeout: the run completes, GMD002 fails and the banner says so.
        auto w = makeWindow(u"hang.ini"_s);
        w->setSettings(s);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QSignalSpy finished(w.get(), &gmd::MainWindow::diagnosisFinished);
        w->diagnose(m_project);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(w->checklistModel()->state(u"GMD002"_s), gmd::CheckState::Fail);
        QCOMPARE(w->banner()->kind(), gmd::MessageBanner::Kind::Warning);

        // Cancel while go hangs: the GUI answers at once and closing does not wait for go.
        s.goTimeoutSeconds = 60;
        w->setSettings(s);
        QElapsedTimer timer;
        timer.start();
        w->diagnose(m_project);
        QTest::qWait(300);
        QVERIFY(w->isDiagnosing());
        screenshot(*w, u"running"_s);
        w->cancelDiagnosis();
        QVERIFY(!w->isDiagnosing());
        w.reset(); // waits for the worker, which must have stopped go
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void followsADarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x30));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
        dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));

        auto w = makeWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QIcon before = w->findChild<QAction*>(u"openAction"_s)->icon();
        QApplication::setPalette(dark);
        QTRY_VERIFY(w->findChild<QAction*>(u"openAction"_s)->icon().cacheKey() != before.cacheKey());
        QSignalSpy finished(w.get(), &gmd::MainWindow::diagnosisFinished);
        w->diagnose(m_project);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        w->checklistPane()->selectCheck(u"GMD182"_s);
        screenshot(*w, u"dark"_s);
        QApplication::setPalette(light);
    }

    void settingsArePersisted()
    {
        gmd::AppSettings s;
        s.goCommand = u"/opt/go/bin/go"_s;
        s.goTimeoutSeconds = 42;
        s.noNetwork = true;
        s.rankProxies = true;
        {
            auto w = makeWindow(u"persist.ini"_s);
            w->setSettings(s);
            QCOMPARE(w->goCommand(), s.goCommand); // new settings replace the --go override
            w->close();
        }
        auto again = std::make_unique<gmd::MainWindow>(m_tmp.filePath(u"persist.ini"_s)); // reads the file
        QCOMPARE(again->settings(), s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
