// SPDX-License-Identifier: MIT
// The fix panel on a real temporary project (HOME, GOENV, XDG_STATE_HOME in a temporary folder):
// it lists the plans fixgen computes, shows renderUnifiedDiff's text, Apply writes the file and
// verifies the finding is gone, Undo restores it byte for byte, a file changed after the preview
// is refused and left alone. Also grabs the main window with the panel (fixpreview.png).
#include "checks/engine.h"
#include "checks/factscollector.h"
#include "checks/registry.h"
#include "common/secrets.h"
#include "diagnosisrunner.h"
#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "findingspage.h"
#include "fix/diffrender.h"
#include "fix/filediff.h"
#include "fixgen/fixgenerators.h"
#include "fixpreview.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "testutil/testutil.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Sandbox
{
    QTemporaryDir tmp;
    QString project;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    Sandbox()
    {
        project = tmp.filePath(u"project"_s);
        const QString home = tmp.filePath(u"home"_s);
        QDir().mkpath(home + u"/.config/go"_s);
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        env.insert(u"XDG_STATE_HOME"_s, tmp.filePath(u"state"_s));
        env.insert(u"GOENV"_s, home + u"/.config/go/env"_s);
        env.insert(u"GOPATH"_s, home + u"/go"_s);
        env.insert(u"GOMODCACHE"_s, home + u"/go/pkg/mod"_s);
        env.insert(u"GOCACHE"_s, home + u"/.cache/go-build"_s);
        env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
        env.remove(u"GOSUMDB"_s);
        env.remove(u"GOFLAGS"_s);
    }

    QString goCommand() const
    {
        const QString go = gmdtest::goExecutable();
        return go.isEmpty() ? u"go"_s : go;
    }

    std::shared_ptr<const gmd::DiagnosisRun> diagnose() const
    {
        auto run = std::make_shared<gmd::DiagnosisRun>();
        run->request.projectDir = project;
        run->request.environment = env;
        run->request.goCommand = goCommand();
        run->request.network = false;
        gmd::CollectOptions co;
        co.projectDir = project;
        co.environment = env;
        co.goCommand = run->request.goCommand;
        co.network = false;
        run->facts = gmd::collectFacts(co);
        run->result = gmd::runChecks(run->facts, gmd::allChecks(), {});
        return run;
    }
};

std::optional<gmd::Finding> findingWithId(const gmd::DiagnosisRun& run, const QString& id)
{
    for (const gmd::Finding& f : run.result.findings) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

bool writeProject(const Sandbox& s, const QByteArray& dockerfile)
{
    return gmdtest::writeFile(s.project + u"/go.mod"_s, "module example.com/hello\n\ngo 1.22\n")
        && gmdtest::writeFile(s.project + u"/go.sum"_s, "")
        && gmdtest::writeFile(s.project + u"/Dockerfile"_s, dockerfile);
}

} // namespace

class TestFixPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Belt and braces: nothing of this test may reach the developer's journal.
        qputenv("XDG_STATE_HOME", QByteArray(QDir::tempPath().toUtf8() + "/gmd-tst-fixpreview-state"));
    }

    void previewApplyUndo_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QString>("findingId");
        QTest::addRow("GMD110 ENV GOSUMDB=off, LF")
            << QByteArray("FROM golang:1.22\nENV GOSUMDB=off\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
                          "RUN go mod download\nCOPY . .\nRUN go build ./...\n")
            << u"GMD110"_s;
        QTest::addRow("GMD110 ENV GOSUMDB=off, no final newline") << QByteArray(
            "FROM golang:1.22\nWORKDIR /src\nENV GOSUMDB=off\nCOPY go.mod go.sum ./\n"
            "RUN go mod download") << u"GMD110"_s;
    }

    void previewApplyUndo()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QString, findingId);
        Sandbox s;
        QVERIFY(writeProject(s, dockerfile));
        const auto run = s.diagnose();
        const std::optional<gmd::Finding> finding = findingWithId(*run, findingId);
        QVERIFY2(finding, qPrintable(findingId + u" does not fire"_s));
        const QList<gmd::FixPlan> expected = gmd::fixPlansFor(run->facts, *finding);
        QVERIFY(!expected.isEmpty());

        gmd::FixPreview panel;
        panel.setConfirmHandler([](const gmd::FixPlan&) { return true; });
        panel.setRun(run);
        QSignalSpy ready(&panel, &gmd::FixPreview::plansReady);
        panel.showFinding(*finding);
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(panel.plans(), expected);
        QCOMPARE(panel.currentPlan(), 0);

        // Apply the first plan that edits the Dockerfile.
        int row = -1;
        for (int i = 0; i < expected.size() && row < 0; ++i)
            row = expected[i].isApplicable() && expected[i].edits.size() == 1 ? i : -1;
        QVERIFY(row >= 0);
        panel.setCurrentPlan(row);
        const gmd::FixPlan& plan = expected[row];
        const QList<gmd::FileDiff> diffs = gmd::diffPlan(plan);
        QCOMPARE(diffs.size(), 1);
        const QString diff = gmd::maskSecrets(QString::fromUtf8(gmd::renderUnifiedDiff(diffs[0], u"Dockerfile"_s)));
        QVERIFY(diff.startsWith(u"diff --git a/Dockerfile b/Dockerfile\n"_s));
        QCOMPARE(panel.diffText(), diff);
        QCOMPARE(panel.findChild<QPlainTextEdit*>(u"fixDiff"_s)->toPlainText(), diff);
        auto* apply = panel.findChild<QPushButton*>(u"fixApply"_s);
        QVERIFY(apply->isEnabled());

        QSignalSpy applied(&panel, &gmd::FixPreview::applyFinished);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 60000);
        const auto outcome = applied.at(0).at(0).value<gmd::FixOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY2(outcome.verified, qPrintable(outcome.message));
        QVERIFY(panel.statusText().contains(u"verified fixed"_s));
        QCOMPARE(gmdtest::readFile(s.project + u"/Dockerfile"_s), plan.edits[0].replacement);

        QSignalSpy undone(&panel, &gmd::FixPreview::undoFinished);
        panel.undoLastFix();
        QTRY_COMPARE_WITH_TIMEOUT(undone.size(), 1, 30000);
        const auto undo = undone.at(0).at(0).value<gmd::FixOutcome>();
        QVERIFY2(undo.ok, qPrintable(undo.message));
        QCOMPARE(gmdtest::readFile(s.project + u"/Dockerfile"_s), dockerfile);
        QVERIFY(QFileInfo(s.tmp.filePath(u"state/gomoddoctor/journal"_s)).isDir());
    }

    void refusedAndNothingWritten_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<QString>("message");
        QTest::addRow("file changed since the preview") << false << u"changed since the preview"_s;
        QTest::addRow("read-only file") << true << u"read-only"_s;
    }

    void refusedAndNothingWritten()
    {
        QFETCH(bool, readOnly);
        QFETCH(QString, message);
        Sandbox s;
        const QByteArray dockerfile("FROM golang:1.22\nENV GOSUMDB=off\nCOPY go.mod go.sum ./\nRUN go mod download\n");
        QVERIFY(writeProject(s, dockerfile));
        const auto run = s.diagnose();
        const std::optional<gmd::Finding> finding = findingWithId(*run, u"GMD110"_s);
        QVERIFY(finding);
        gmd::FixPreview panel;
        panel.setConfirmHandler([](const gmd::FixPlan&) { return true; });
        panel.setRun(run);
        QSignalSpy ready(&panel, &gmd::FixPreview::plansReady);
        panel.showFinding(*finding);
        QTRY_COMPARE(ready.size(), 1);
        QVERIFY(!panel.plans().isEmpty());

        const QString path = s.project + u"/Dockerfile"_s;
        QByteArray expected = dockerfile;
        if (readOnly) {
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        } else {
            expected += "# edited after the preview\n";
            QVERIFY(gmdtest::writeFile(path, expected));
        }
        QSignalSpy applied(&panel, &gmd::FixPreview::applyFinished);
        panel.applySelected();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto outcome = applied.at(0).at(0).value<gmd::FixOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY2(panel.statusText().contains(message), qPrintable(panel.statusText()));
        QVERIFY(panel.statusText().contains(u"nothing was written"_s));
        QCOMPARE(gmdtest::readFile(path), expected);
        QVERIFY(!QFileInfo::exists(s.tmp.filePath(u"state/gomoddoctor/journal"_s))
            || QDir(s.tmp.filePath(u"state/gomoddoctor/journal"_s))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .isEmpty());
    }

    void mainWindowApplyUndoAndScreenshot()
    {
        Sandbox s;
        QVERIFY(writeProject(s,
            "FROM golang:1.22 AS build\nENV GOSUMDB=off\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
            "RUN go mod download\nCOPY . .\nRUN go build -o /app ./...\n"));
        gmd::MainWindow window(s.tmp.filePath(u"settings.ini"_s));
        window.setEnvironment(s.env);
        window.setSettings(gmd::AppSettings { s.goCommand(), 10, true });
        window.resize(1400, 1000);
        window.show();
        QSignalSpy finished(&window, &gmd::MainWindow::diagnosisFinished);
        window.diagnose(s.project);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);

        QTreeView* view = window.findingsPage()->view();
        auto* filter = qobject_cast<QSortFilterProxyModel*>(view->model());
        QVERIFY(filter);
        int row = -1;
        for (int r = 0; r < filter->rowCount() && row < 0; ++r) {
            const gmd::Finding* f = window.findingsModel()->finding(filter->mapToSource(filter->index(r, 0)).row());
            row = f && f->id == u"GMD110"_s ? r : -1;
        }
        QVERIFY(row >= 0);
        gmd::FixPreview* panel = window.findingsPage()->fixPreview();
        QSignalSpy ready(panel, &gmd::FixPreview::plansReady);
        view->setCurrentIndex(filter->index(row, 0));
        QTRY_VERIFY(ready.size() >= 1);
        QVERIFY(!panel->diffText().isEmpty());
        QVERIFY(panel->isVisible());
        const QString path = QString::fromUtf8(QT_TESTCASE_BUILDDIR) + u"/fixpreview.png"_s;
        QVERIFY(window.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));

        // Apply from the window: the diagnosis runs again and the banner says it is verified.
        const QByteArray before = gmdtest::readFile(s.project + u"/Dockerfile"_s);
        panel->setConfirmHandler([](const gmd::FixPlan&) { return true; });
        QTest::mouseClick(panel->findChild<QPushButton*>(u"fixApply"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QVERIFY2(window.banner()->text().contains(u"verified fixed"_s), qPrintable(window.banner()->text()));
        QVERIFY(gmdtest::readFile(s.project + u"/Dockerfile"_s) != before);
        QVERIFY(!findingWithId(*window.lastRun(), u"GMD110"_s));

        // Undo Last Fix restores the file byte for byte and diagnoses again.
        window.undoFixAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
        QCOMPARE(gmdtest::readFile(s.project + u"/Dockerfile"_s), before);
        QVERIFY(window.banner()->text().startsWith(u"Undone"_s));
        QVERIFY(findingWithId(*window.lastRun(), u"GMD110"_s));
    }
};

QTEST_MAIN(TestFixPreview)
#include "tst_fixpreview.moc"
