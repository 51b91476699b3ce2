// SPDX-License-Identifier: MIT
// DiagnosisRunner with the real go (temporary HOME, GOPATH, GOMODCACHE, GOENV): live check
// signals, generations (a second start supersedes the first), cancellation, a missing go.
#include "checks/registry.h"
#include "diagnosisrunner.h"
#include "testutil/testutil.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDiagnosisRunner : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_project;

    gmd::DiagnosisRequest request() const
    {
        gmd::DiagnosisRequest r;
        r.projectDir = m_project;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = m_home.path();
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        env.insert(u"GOPATH"_s, home + u"/go"_s);
        env.insert(u"GOMODCACHE"_s, home + u"/go/pkg/mod"_s);
        env.insert(u"GOCACHE"_s, home + u"/.cache/go-build"_s);
        env.insert(u"GOENV"_s, home + u"/.config/go/env"_s);
        env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
        r.environment = env;
        r.goCommand = gmdtest::goExecutable();
        r.network = false;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (gmdtest::goExecutable().isEmpty())
            QSKIP("no go command");
        QVERIFY(m_home.isValid());
        m_project = m_home.filePath(u"project"_s);
        QVERIFY(gmdtest::writeFile(
            m_project + u"/go.mod"_s, "module example.com/hello\n\ngo 1.19\n\nrequire golang.org/x/text v0.3.8\n"));
    }

    void reportsEveryCheckThenFinishes()
    {
        gmd::DiagnosisRunner runner;
        QSignalSpy started(&runner, &gmd::DiagnosisRunner::started);
        QSignalSpy facts(&runner, &gmd::DiagnosisRunner::factsCollected);
        QSignalSpy done(&runner, &gmd::DiagnosisRunner::checkFinished);
        QSignalSpy finished(&runner, &gmd::DiagnosisRunner::finished);
        const quint64 generation = runner.start(request());
        QCOMPARE(started.size(), 1);
        QVERIFY(runner.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!runner.isRunning());
        QCOMPARE(facts.size(), 1);
        QCOMPARE(done.size(), gmd::allChecks().size());
        const auto run = finished.first().first().value<std::shared_ptr<const gmd::DiagnosisRun>>();
        QCOMPARE(run->generation, generation);
        QVERIFY(run->facts.go.found);
        QCOMPARE(run->result.checks.size(), gmd::allChecks().size());
        QVERIFY(!run->result.findings.isEmpty()); // no go.sum: GMD182
    }

    void secondStartSupersedesTheFirst()
    {
        gmd::DiagnosisRunner runner;
        QSignalSpy done(&runner, &gmd::DiagnosisRunner::checkFinished);
        QSignalSpy finished(&runner, &gmd::DiagnosisRunner::finished);
        QSignalSpy cancelled(&runner, &gmd::DiagnosisRunner::cancelled);
        const quint64 first = runner.start(request());
        const quint64 second = runner.start(request());
        QVERIFY(second > first);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        runner.waitForWorkers();
        QTest::qWait(50); // anything the first worker posted is delivered (and dropped) by now
        QCOMPARE(finished.size(), 1);
        QCOMPARE(cancelled.size(), 0);
        const auto run = finished.first().first().value<std::shared_ptr<const gmd::DiagnosisRun>>();
        QCOMPARE(run->generation, second);
        for (const QList<QVariant>& args : std::as_const(done))
            QCOMPARE(args.first().toULongLong(), second);
        QCOMPARE(done.size(), gmd::allChecks().size());
    }

    void cancelStopsQuicklyAndDropsResults()
    {
        gmd::DiagnosisRunner runner;
        QSignalSpy finished(&runner, &gmd::DiagnosisRunner::finished);
        QSignalSpy cancelled(&runner, &gmd::DiagnosisRunner::cancelled);
        QElapsedTimer timer;
        timer.start();
        const quint64 generation = runner.start(request());
        runner.cancel();
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first().first().toULongLong(), generation);
        QVERIFY(!runner.isRunning());
        runner.cancel(); // idempotent
        QCOMPARE(cancelled.size(), 1);
        runner.waitForWorkers();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0);
        QVERIFY2(timer.elapsed() < 15000, "cancel must not wait for the whole run");
    }

    void missingGoIsAFinding()
    {
        gmd::DiagnosisRunner runner;
        QSignalSpy finished(&runner, &gmd::DiagnosisRunner::finished);
        gmd::DiagnosisRequest r = request();
        r.goCommand = m_home.filePath(u"no-such-go"_s);
        runner.start(r);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto run = finished.first().first().value<std::shared_ptr<const gmd::DiagnosisRun>>();
        QVERIFY(!run->facts.go.found);
        QVERIFY(!run->facts.go.problem.isEmpty());
        bool gmd001 = false;
        for (const gmd::Finding& f : run->result.findings)
            gmd001 = gmd001 || f.id == u"GMD001"_s;
        QVERIFY(gmd001);
    }
};

QTEST_MAIN(TestDiagnosisRunner)
#include "tst_diagnosisrunner.moc"
