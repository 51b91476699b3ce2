// SPDX-License-Identifier: MIT
// The probe part of the facts (issue 4): one run per distinct probe plan across the host and the
// Dockerfile RUN environments, every environment covered once, and a cancellable parallel batch.
#include "checks/probecollector.h"
#include "checks/checktestutil.h"
#include "testpeers.h"

#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray kGoMod = "module example.com/app\n\ngo 1.22\n\nrequire github.com/gmdtest/dep v1.0.0\n";
} // namespace

class TestProbeCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identicalPlansShareOneRun()
    {
        const gmd::Facts facts = gmdtest::FactsBuilder()
                                     .goMod(kGoMod)
                                     .dockerfile("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\n"
                                                 "ENV GOPROXY=http://127.0.0.1:1\nRUN go mod download\n"
                                                 "RUN go mod verify\n")
                                     .build();
        QVERIFY(facts.environments.size() >= 4);
        const QList<gmd::ProbeRun> runs = gmd::planProbeRuns(facts, {});
        // Every environment is in exactly one run.
        QSet<QString> covered;
        for (const gmd::ProbeRun& run : runs) {
            QCOMPARE(run.contextIds.first(), run.contextId);
            for (const QString& id : run.contextIds) {
                QVERIFY2(!covered.contains(id), qPrintable(id));
                covered.insert(id);
            }
            QCOMPARE(run.results.size(), run.plan.probes.size());
        }
        QCOMPARE(covered.size(), facts.environments.size());
        // The two RUNs after ENV GOPROXY share a run; the first RUN has another plan.
        const gmd::ProbeRun* second = nullptr;
        const gmd::ProbeRun* first = nullptr;
        for (const gmd::ProbeRun& run : runs) {
            for (const QString& id : run.contextIds) {
                if (id == facts.environments.at(2).id)
                    second = &run;
                if (id == facts.environments.at(1).id)
                    first = &run;
            }
        }
        QVERIFY(first && second);
        QVERIFY(first != second);
        QVERIFY(second->contextIds.contains(facts.environments.at(3).id));
    }

    void cancelStopsTheBatch()
    {
        gmdtest::SilentServer silent;
        const gmd::Facts facts
            = gmdtest::FactsBuilder().goMod(kGoMod).os(u"GOPROXY"_s, silent.baseUrl()).os(u"GOSUMDB"_s, u"off"_s).build();
        QList<gmd::ProbeRun> runs = gmd::planProbeRuns(facts, {});
        QCOMPARE(runs.size(), 1);
        std::atomic<bool> cancel { false };
        std::thread stopper([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        gmd::ProbeOptions o = gmd::probeOptionsWithTimeouts(3000, 60000);
        int streamed = 0;
        gmd::runProbeRuns(runs, o, &cancel, [&streamed](const gmd::ProbeRun&, const gmd::ProbeResult&) { ++streamed; });
        stopper.join();
        QVERIFY(!runs.first().results.isEmpty());
        for (const gmd::ProbeResult& r : runs.first().results)
            QCOMPARE(r.outcome, gmd::ProbeOutcome::Cancelled);
        QCOMPARE(streamed, int(runs.first().results.size()));
    }

    void timeoutsFromTheCommandLine()
    {
        const gmd::ProbeOptions d = gmd::probeOptionsWithTimeouts(-1, -1);
        QCOMPARE(d.connectTimeoutMs, 3000); // issue 4 defaults
        QCOMPARE(d.responseTimeoutMs, 5000);
        const gmd::ProbeOptions o = gmd::probeOptionsWithTimeouts(1000, 20000);
        QCOMPARE(o.connectTimeoutMs, 1000);
        QCOMPARE(o.responseTimeoutMs, 20000);
        QVERIFY(o.totalTimeoutMs >= o.connectTimeoutMs + o.responseTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(TestProbeCollector)
#include "tst_probecollector.moc"
