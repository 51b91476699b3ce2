// SPDX-License-Identifier: MIT
#include "probecollector.h"

#include "checks/factscollector.h"
#include "net/probeplan.h"
#include "net/proberunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QString probePlanKey(const ProbePlan& plan)
{
    QStringList parts;
    const HttpProxyConfig& p = plan.httpProxy;
    parts << p.httpsProxyVar + u'=' + p.httpsProxy << p.httpProxyVar + u'=' + p.httpProxy
          << p.noProxyVar + u'=' + p.noProxy << (p.cgi ? u"cgi"_s : u"-"_s) << plan.sslCertFile << plan.sslCertDir;
    for (const ProbeTarget& t : plan.probes) {
        parts << QStringList{ t.id, probeKindKey(t.kind), t.url, t.connectOnly ? u"c"_s : u"r"_s,
                     t.verifyTls ? u"v"_s : u"i"_s, QString::number(int(t.check)), t.expectedVersion,
                     t.subjectVariable, t.subject, QString::number(t.entryIndex) }
                     .join(u'\x1f');
    }
    return parts.join(u'\x1e');
}

QList<ProbeRun> planProbeRuns(const Facts& facts, const ProbeOptions& options)
{
    QList<ProbeRun> runs;
    QHash<QString, qsizetype> byKey;
    for (const EnvContext& ctx : facts.environments) {
        const bool isHost = ctx.id == facts.host().id;
        const QList<ModuleRoute> routes = isHost ? facts.hostRoutes : routesForProject(facts.project, ctx.env);
        ProbePlan plan = planProbes(ctx.env, routes, options);
        const QString key = probePlanKey(plan);
        const auto it = byKey.constFind(key);
        if (it != byKey.constEnd()) {
            runs[*it].contextIds << ctx.id;
            continue;
        }
        ProbeRun run;
        run.contextId = ctx.id;
        run.contextIds << ctx.id;
        if (ctx.container)
            plan.notes << u"probed from this machine: the network of the build may differ"_s;
        for (const ProbeTarget& t : plan.probes) {
            ProbeResult r;
            r.id = t.id;
            r.kind = t.kind;
            r.subject = r.targetSubject = t.subject;
            r.subjectVariable = t.subjectVariable;
            r.entryIndex = t.entryIndex;
            r.proxyBase = t.proxyBase;
            r.host = t.host;
            run.results << r;
        }
        run.plan = plan;
        byKey.insert(key, runs.size());
        runs << run;
    }
    return runs;
}

qint64 runProbeRuns(QList<ProbeRun>& runs, const ProbeOptions& options, const std::atomic<bool>* cancel,
    const ProbeFinishedCallback& onFinished)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    std::vector<std::unique_ptr<ProbeRunner>> runners;
    int pending = 0;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        auto runner = std::make_unique<ProbeRunner>();
        QObject::connect(runner.get(), &ProbeRunner::probeFinished, &loop, [&runs, i, &onFinished](const ProbeResult& r) {
            if (onFinished)
                onFinished(runs.at(i), r);
        });
        QObject::connect(runner.get(), &ProbeRunner::finished, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
        runners.push_back(std::move(runner));
    }
    // Every runner starts before the loop turns: all probes of all environments run together.
    pending = int(runners.size());
    for (qsizetype i = 0; i < runs.size(); ++i)
        runners[size_t(i)]->start(runs.at(i).plan, options);
    QTimer poll;
    auto cancelAll = [&runners] {
        for (auto& r : runners)
            r->cancel(); // emits finished() at once for a running runner
    };
    if (cancel) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [cancel, &cancelAll] {
            if (cancel->load())
                cancelAll();
        });
        poll.start(50);
        if (cancel->load())
            cancelAll();
    }
    if (pending > 0)
        loop.exec();
    for (qsizetype i = 0; i < runs.size(); ++i)
        runs[i].results = runners[size_t(i)]->results();
    return clock.elapsed();
}

ProbeOptions probeOptionsWithTimeouts(int connectMs, int responseMs)
{
    ProbeOptions o;
    if (connectMs > 0) {
        o.connectTimeoutMs = connectMs;
        o.dnsTimeoutMs = std::max(o.dnsTimeoutMs, connectMs);
    }
    if (responseMs > 0) {
        o.responseTimeoutMs = responseMs;
        o.tlsTimeoutMs = std::max(o.tlsTimeoutMs, responseMs);
    }
    // The cap for the whole probe must leave room for every stage and a redirect or two.
    o.totalTimeoutMs = std::max(o.totalTimeoutMs,
        o.dnsTimeoutMs + o.connectTimeoutMs + o.tlsTimeoutMs + 2 * o.responseTimeoutMs);
    return o;
}

} // namespace gmd
