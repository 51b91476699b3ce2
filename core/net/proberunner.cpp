// SPDX-License-Identifier: MIT
#include "proberunner.h"

#include "net/httpprobe.h"
#include "net/tlstrust.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

ProbeRunner::ProbeRunner(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<gmd::ProbeResult>();
    qRegisterMetaType<gmd::ProbeStage>();
    qRegisterMetaType<QList<gmd::ProbeResult>>();
}

ProbeRunner::~ProbeRunner()
{
    // Probes are children: deleting them aborts their sockets and lookups without signals.
    for (HttpProbe* probe : std::as_const(m_probes))
        probe->disconnect(this);
}

bool ProbeRunner::start(const ProbePlan& plan, const ProbeOptions& options)
{
    if (m_running)
        return false;
    m_plan = plan;
    m_options = options;
    m_results.clear();
    for (const ProbeTarget& t : plan.probes) {
        ProbeResult r;
        r.id = t.id;
        r.kind = t.kind;
        r.subject = t.subject;
        r.subjectVariable = t.subjectVariable;
        r.targetSubject = t.subject;
        r.entryIndex = t.entryIndex;
        r.proxyBase = t.proxyBase;
        r.host = t.host;
        m_results.append(r);
    }
    for (HttpProbe* probe : std::as_const(m_probes)) {
        // start() may run from a finished() slot, with the last probe still on the stack.
        probe->disconnect(this);
        probe->deleteLater();
    }
    m_probes.clear();
    m_running = true;
    m_pending = int(plan.probes.size());
    if (plan.sslCertFile.isEmpty() && plan.sslCertDir.isEmpty()) {
        launch(std::make_shared<TlsTrust>());
        return true;
    }
    // NET-6: reading the bundle and the certificate folders is file I/O: not on this thread.
    m_trustWatcher = new QFutureWatcher<TlsTrust>(this);
    connect(m_trustWatcher, &QFutureWatcher<TlsTrust>::finished, this, [this] {
        auto trust = std::make_shared<TlsTrust>(m_trustWatcher->result());
        m_trustWatcher->deleteLater();
        m_trustWatcher = nullptr;
        launch(trust);
    });
    m_trustWatcher->setFuture(QtConcurrent::run(loadTlsTrust, plan.sslCertFile, plan.sslCertDir));
    return true;
}

void ProbeRunner::launch(std::shared_ptr<const TlsTrust> trust)
{
    if (!m_running)
        return;
    ProbeEnvironment environment;
    environment.httpProxy = m_plan.httpProxy;
    environment.trust = trust;
    m_launching = true;
    for (int i = 0; i < m_plan.probes.size(); ++i) {
        auto* probe = new HttpProbe(m_plan.probes.at(i), environment, m_options, this);
        m_probes.append(probe);
        connect(probe, &HttpProbe::stageCompleted, this, &ProbeRunner::stageCompleted);
        connect(probe, &HttpProbe::finished, this, [this, i](const ProbeResult& r) { onProbeFinished(i, r); });
    }
    for (HttpProbe* probe : std::as_const(m_probes)) {
        if (!m_running)
            break; // cancelled from a slot
        Q_EMIT probeStarted(probe->target().id);
        probe->start();
    }
    m_launching = false;
    if (m_running && m_pending == 0)
        QTimer::singleShot(0, this, [this] {
            if (m_running && m_pending == 0)
                complete();
        });
}

void ProbeRunner::onProbeFinished(int index, const ProbeResult& result)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_results[index] = result;
    --m_pending;
    Q_EMIT probeFinished(result);
    if (m_pending == 0 && !m_launching)
        complete();
}

void ProbeRunner::complete()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(m_results);
}

void ProbeRunner::cancel()
{
    if (!m_running)
        return;
    if (m_trustWatcher) {
        m_trustWatcher->disconnect(this);
        m_trustWatcher->deleteLater();
        m_trustWatcher = nullptr;
    }
    const bool launched = !m_probes.isEmpty();
    for (HttpProbe* probe : std::as_const(m_probes))
        probe->cancel(); // each emits finished → onProbeFinished
    if (!launched) {
        for (ProbeResult& r : m_results) {
            r.outcome = ProbeOutcome::Cancelled;
            r.errorString = u"cancelled"_s;
        }
        m_pending = 0;
    }
    complete();
}

QList<ProbeResult> runProbesBlocking(
    const ProbePlan& plan, const ProbeOptions& options, const std::atomic<bool>* cancel)
{
    QEventLoop loop;
    ProbeRunner runner;
    QObject::connect(&runner, &ProbeRunner::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    if (cancel) {
        QObject::connect(&poll, &QTimer::timeout, &runner, [&runner, cancel] {
            if (cancel->load())
                runner.cancel();
        });
        poll.start(50);
    }
    runner.start(plan, options);
    if (cancel && cancel->load())
        runner.cancel();
    if (runner.isRunning())
        loop.exec();
    return runner.results();
}

} // namespace gmd
