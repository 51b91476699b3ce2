// SPDX-License-Identifier: MIT
// ProbeRunner and runProbesBlocking(): probes run in parallel, signals as they happen,
// cancel() aborts sockets at once, the blocking helper in a worker thread, SSL_CERT_FILE
// trust loaded off the calling thread.
#include "net/proberunner.h"
#include "probetestutil.h"
#include "testpeers.h"

#include <QAbstractSocket>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using gmd::ProbeOutcome;

namespace {

gmd::ProbePlan planFor(const QStringList& urls)
{
    gmd::ProbePlan plan;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        gmd::ProbeTarget t = gmdtest::probeTarget(urls.at(i));
        t.id = u"p%1"_s.arg(i);
        plan.probes << t;
    }
    return plan;
}

} // namespace

class TestProbeRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parallelProbesOverlap()
    {
        // One peer with 300 ms latency per answer: if the 4 probes ran one after another, the
        // second request would arrive only after the first answer.
        gmdtest::SlowServer peer(300, "v1.0.0\n");
        const QString url = u"http://127.0.0.1:%1/x/@v/list"_s.arg(peer.port());
        gmd::ProbeRunner runner;
        QSignalSpy finished(&runner, &gmd::ProbeRunner::finished);
        QVERIFY(runner.start(planFor({ url, url, url, url }), gmdtest::fastOptions()));
        QVERIFY(finished.wait(10000));
        const QList<gmd::ProbeResult> results = runner.results();
        QCOMPARE(results.size(), 4);
        qint64 latestStart = 0;
        qint64 earliestEnd = std::numeric_limits<qint64>::max();
        for (const gmd::ProbeResult& r : results) {
            QCOMPARE(r.outcome, ProbeOutcome::Ok);
            latestStart = qMax(latestStart, r.startedAtMs);
            earliestEnd = qMin(earliestEnd, r.startedAtMs + r.totalMs);
        }
        QVERIFY2(latestStart < earliestEnd, "every probe started before the first one ended");
        const QList<gmdtest::PeerRequest> requests = peer.requests();
        QCOMPARE(requests.size(), 4);
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = 0;
        for (const gmdtest::PeerRequest& r : requests) {
            first = qMin(first, r.receivedMs);
            last = qMax(last, r.receivedMs);
        }
        QVERIFY2(last - first < 300, "all requests arrived before the first answer");
    }

    void signalsAndOrder()
    {
        gmdtest::StatusServer ok(200, "v1.0.0\n");
        gmdtest::StatusServer missing(404, "not found\n");
        gmd::ProbeRunner runner;
        QSignalSpy stages(&runner, &gmd::ProbeRunner::stageCompleted);
        QSignalSpy started(&runner, &gmd::ProbeRunner::probeStarted);
        QSignalSpy probeFinished(&runner, &gmd::ProbeRunner::probeFinished);
        QSignalSpy finished(&runner, &gmd::ProbeRunner::finished);
        const gmd::ProbePlan plan =
            planFor({ u"http://127.0.0.1:%1/a"_s.arg(missing.port()), u"http://127.0.0.1:%1/b"_s.arg(ok.port()) });
        QVERIFY(runner.start(plan));
        QVERIFY(!runner.start(plan)); // busy
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(started.size(), 2);
        QCOMPARE(probeFinished.size(), 2);
        QVERIFY(stages.size() >= 2 * 7);
        const auto results = finished.first().first().value<QList<gmd::ProbeResult>>();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).id, u"p0"_s); // plan order
        QCOMPARE(results.at(0).outcome, ProbeOutcome::HttpNotFound);
        QCOMPARE(results.at(1).outcome, ProbeOutcome::Ok);
        QVERIFY(!runner.isRunning());
    }

    void cancelAbortsSockets()
    {
        gmdtest::SilentServer a;
        gmdtest::SilentServer b;
        gmd::ProbeOptions o = gmdtest::fastOptions();
        o.responseTimeoutMs = 20000;
        gmd::ProbeRunner runner;
        QSignalSpy finished(&runner, &gmd::ProbeRunner::finished);
        QVERIFY(runner.start(
            planFor({ u"http://127.0.0.1:%1/a"_s.arg(a.port()), u"http://127.0.0.1:%1/b"_s.arg(b.port()) }), o));
        QTRY_VERIFY_WITH_TIMEOUT(a.requestCount() == 1 && b.requestCount() == 1, 5000);
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.findChildren<QAbstractSocket*>().isEmpty());
        runner.cancel();
        QCOMPARE(finished.size(), 1); // at once, not after a timeout
        for (const gmd::ProbeResult& r : runner.results())
            QCOMPARE(r.outcome, ProbeOutcome::Cancelled);
        for (QAbstractSocket* s : runner.findChildren<QAbstractSocket*>())
            QCOMPARE(s->state(), QAbstractSocket::UnconnectedState);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(runner.findChildren<QAbstractSocket*>().isEmpty());
    }

    void cancelFromAStageSlot()
    {
        gmdtest::StatusServer peer(200, "v1.0.0\n");
        gmd::ProbeRunner runner;
        QSignalSpy finished(&runner, &gmd::ProbeRunner::finished);
        connect(&runner, &gmd::ProbeRunner::stageCompleted, &runner, [&runner](const QString&, gmd::ProbeStage stage) {
            if (stage == gmd::ProbeStage::Connect)
                runner.cancel(); // from inside the socket's connected() emission
        });
        QVERIFY(runner.start(planFor({ u"http://127.0.0.1:%1/x"_s.arg(peer.port()) }), gmdtest::fastOptions()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(runner.results().first().outcome, ProbeOutcome::Cancelled);
        QTest::qWait(100);
        QCOMPARE(peer.requestCount(), 0);
    }

    void emptyPlanFinishes()
    {
        gmd::ProbeRunner runner;
        QSignalSpy finished(&runner, &gmd::ProbeRunner::finished);
        QVERIFY(runner.start(gmd::ProbePlan {}));
        QVERIFY(finished.wait(2000));
        QVERIFY(runner.results().isEmpty());
    }

    void sslCertFileFromPlan()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        gmdtest::TlsServer peer(200, "v1.0.0\n");
        gmd::ProbePlan plan = planFor({ u"https://127.0.0.1:%1/x/@v/list"_s.arg(peer.port()) });
        plan.sslCertFile = gmdtest::TlsServer::certificatePath(); // NET-6, loaded in the thread pool
        QCOMPARE(gmd::runProbesBlocking(plan, gmdtest::fastOptions()).first().outcome, ProbeOutcome::Ok);
        plan.sslCertFile.clear();
        QCOMPARE(
            gmd::runProbesBlocking(plan, gmdtest::fastOptions()).first().outcome, ProbeOutcome::TlsUnknownAuthority);
    }

    void blockingInWorkerThread()
    {
        gmdtest::StatusServer peer(200, "v1.0.0\n");
        const gmd::ProbePlan plan = planFor({ u"http://127.0.0.1:%1/x"_s.arg(peer.port()) });
        QList<gmd::ProbeResult> results;
        std::unique_ptr<QThread> worker(
            QThread::create([&] { results = gmd::runProbesBlocking(plan, gmdtest::fastOptions(), nullptr); }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().outcome, ProbeOutcome::Ok);
    }

    void blockingCancelledFromAnotherThread()
    {
        gmdtest::SilentServer peer;
        const gmd::ProbePlan plan = planFor({ u"http://127.0.0.1:%1/x"_s.arg(peer.port()) });
        gmd::ProbeOptions o = gmdtest::fastOptions();
        o.responseTimeoutMs = 20000;
        std::atomic<bool> cancel { false };
        QList<gmd::ProbeResult> results;
        std::unique_ptr<QThread> worker(QThread::create([&] { results = gmd::runProbesBlocking(plan, o, &cancel); }));
        worker->start();
        QVERIFY(peer.waitForRequests(1, 5000));
        cancel = true;
        QVERIFY(worker->wait(5000));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().outcome, ProbeOutcome::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestProbeRunner)
#include "tst_proberunner.moc"
