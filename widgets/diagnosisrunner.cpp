// SPDX-License-Identifier: MIT
#include "diagnosisrunner.h"

#include "checks/factscollector.h"
#include "checks/registry.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace gmd {

namespace {

/// Runs `fn` on the context's thread later, if the context still exists by then. Queued
/// invocations to a destroyed context are discarded by Qt; the QPointer also covers the window
/// between the check here and the posting.
template <typename Fn> void post(const QPointer<DiagnosisRunner>& context, Fn&& fn)
{
    if (DiagnosisRunner* c = context.data())
        QMetaObject::invokeMethod(c, std::forward<Fn>(fn), Qt::QueuedConnection);
}

} // namespace

DiagnosisRunner::DiagnosisRunner(QObject* parent)
    : QObject(parent)
{ }

DiagnosisRunner::~DiagnosisRunner()
{
    if (m_cancel)
        m_cancel->store(true);
    waitForWorkers();
}

void DiagnosisRunner::waitForWorkers()
{
    for (QFuture<void>& f : m_workers)
        f.waitForFinished();
    m_workers.clear();
}

quint64 DiagnosisRunner::start(const DiagnosisRequest& request)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_cancel)
        m_cancel->store(true); // a second Diagnose supersedes the first
    m_workers.removeIf([](const QFuture<void>& f) { return f.isFinished(); });

    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    Q_EMIT started(generation, request.projectDir);

    const QPointer<DiagnosisRunner> context(this);
    auto cancelFlag = m_cancel;
    // Only values are captured: the worker never touches `this` except through post(), whose
    // functors run on the GUI thread and re-check the generation there.
    m_workers.append(QtConcurrent::run([context, cancelFlag, generation, request] {
        auto current = [context, generation] { return context && context->m_generation == generation; };
        QElapsedTimer timer;
        timer.start();
        CollectOptions co;
        co.projectDir = request.projectDir;
        co.environment = request.environment;
        co.goCommand = request.goCommand;
        co.goTimeoutMs = request.goTimeoutMs;
        co.network = request.network;
        co.rankProxies = request.network && request.rankProxies;
        co.rankingOptions = request.ranking;
        co.cancel = cancelFlag.get();
        auto facts = std::make_shared<const Facts>(collectFacts(co));
        const qint64 collectMs = timer.restart();
        if (cancelFlag->load())
            return;
        post(context, [context, current, generation, facts, collectMs] {
            if (current())
                Q_EMIT context->factsCollected(generation, facts, collectMs);
        });

        EngineOptions eo;
        eo.cancel = cancelFlag.get();
        eo.onCheckStarted = [context, current, generation](const CheckInfo& info) {
            post(context, [context, current, generation, id = info.id] {
                if (current())
                    Q_EMIT context->checkStarted(generation, id);
            });
        };
        eo.onCheckDone = [context, current, generation](const CheckOutcome& outcome) {
            post(context, [context, current, generation, outcome] {
                if (current())
                    Q_EMIT context->checkFinished(generation, outcome);
            });
        };
        auto run = std::make_shared<DiagnosisRun>();
        run->result = runChecks(*facts, allChecks(), eo);
        run->checksMs = timer.elapsed();
        run->collectMs = collectMs;
        run->generation = generation;
        run->request = request;
        run->facts = *facts;
        if (cancelFlag->load())
            return;
        post(context, [context, current, run = std::shared_ptr<const DiagnosisRun>(run)] {
            if (!current())
                return;
            context->m_running = false;
            Q_EMIT context->finished(run);
        });
    }));
    return generation;
}

void DiagnosisRunner::cancel()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_running)
        return;
    m_cancel->store(true);
    m_running = false;
    // A new generation: whatever the cancelled worker still posts is stale.
    const quint64 cancelledGeneration = m_generation++;
    Q_EMIT cancelled(cancelledGeneration);
}

} // namespace gmd
