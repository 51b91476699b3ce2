// SPDX-License-Identifier: MIT
// The measuring half of the proxy ranking: rounds of real protocol requests (PROTO-1).
#include "proxyranking.h"

#include "common/secrets.h"
#include "goenv/modulepath.h"
#include "net/probeplan.h"
#include "net/proberunner.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

/// A module that exists nowhere, asked once of '|' entries to see how they answer "not here" (H15).
constexpr auto kMissingModule = "golang.org/x/gomoddoctor-no-such-module";

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}

ProbeTarget target(const QString& id, const RankingCandidate& c, const QString& url, BodyCheck check)
{
    ProbeTarget t;
    t.id = id;
    t.kind = ProbeKind::Custom;
    t.url = url;
    t.check = check;
    t.subjectVariable = u"GOPROXY"_s;
    t.subject = u"ranking candidate %1"_s.arg(redactUrl(c.url));
    t.proxyBase = redactUrl(c.url);
    t.why = u"proxy ranking (%1)"_s.arg(c.origin);
    return t;
}

RankingMeasurement measurement(int round, const QString& what, const ProbeResult& r)
{
    RankingMeasurement m;
    m.round = round;
    m.what = what;
    m.outcome = r.outcome;
    m.httpStatus = r.httpStatus;
    m.firstByteMs = r.stageMs(ProbeStage::FirstByte);
    m.totalMs = r.totalMs;
    const qint64 body = r.stageMs(ProbeStage::Body);
    m.transferMs = body >= 0 && m.firstByteMs >= 0 ? body - m.firstByteMs : -1;
    m.bytes = r.bodyBytes;
    m.truncated = r.bodyTruncated;
    if (!m.ok()) {
        m.problem = r.statusLine.isEmpty() ? probeOutcomeName(r.outcome) : r.statusLine;
        if (!r.errorString.isEmpty())
            m.problem += u": "_s + r.errorString;
        m.problem = maskSecrets(m.problem);
    }
    return m;
}

ProbePlan emptyPlan(const EffectiveEnv& env)
{
    ProbePlan plan;
    plan.httpProxy = HttpProxyConfig::fromLookup([&env](const QString& name) { return env.value(name); });
    plan.sslCertFile = env.value(u"SSL_CERT_FILE"_s);
    plan.sslCertDir = env.value(u"SSL_CERT_DIR"_s);
    return plan;
}

} // namespace

ProxyRanking rankProxies(const EffectiveEnv& env, const QList<ModuleRoute>& routes, const RankingOptions& options,
    const std::atomic<bool>* cancel, const RankingProgress& progress)
{
    QElapsedTimer clock;
    clock.start();
    ProxyRanking ranking;
    ranking.rounds = std::max(1, options.rounds);
    const QList<RankingCandidate> candidates = rankingCandidates(env.value(u"GOPROXY"_s), options);

    // The same choice as the diagnosis probes: a public requirement GOPRIVATE/GONOPROXY do not match.
    ProbeOptions po = options.probe;
    po.slowThresholdMs = std::max(po.slowThresholdMs, po.totalTimeoutMs); // speed is measured, not judged
    const ProbePlan sample = planProbes(env, routes, po);
    ranking.module = sample.sampleModule;
    ranking.version = sample.sampleVersion;
    ranking.moduleReason = sample.sampleReason;
    QList<QList<RankingMeasurement>> measured(candidates.size());
    if (ranking.module.isEmpty()) {
        ranking.notes << u"nothing was measured: "_s + sample.sampleReason;
    } else if (candidates.isEmpty()) {
        ranking.notes << u"no candidate proxy: GOPROXY has no URL entry and the built-in list is off"_s;
    } else {
        const QString path = escapeModulePath(ranking.module).value;
        const QString version = escapeModuleVersion(ranking.version).value;
        const QString missing = escapeModulePath(QString::fromLatin1(kMissingModule)).value;
        for (int round = 1; round <= ranking.rounds && !cancelled(cancel); ++round) {
            if (progress)
                progress(u"round %1 of %2: @v/list and .info of %3 %4 in parallel"_s.arg(QString::number(round),
                    QString::number(ranking.rounds), QString::number(candidates.size()),
                    candidates.size() == 1 ? u"proxy"_s : u"proxies"_s));
            ProbePlan plan = emptyPlan(env);
            for (qsizetype i = 0; i < candidates.size(); ++i) {
                const RankingCandidate& c = candidates.at(i);
                plan.probes << target(u"%1-list"_s.arg(i), c, proxyRequestUrl(c.url, path, u"/@v/list"_s),
                    BodyCheck::VersionList);
                ProbeTarget info = target(u"%1-info"_s.arg(i), c,
                    proxyRequestUrl(c.url, path, u"/@v/"_s + version + u".info"_s), BodyCheck::InfoJson);
                info.expectedVersion = ranking.version;
                plan.probes << info;
                if (round == 1 && c.fromGoproxy && c.fallback == FallbackMode::OnAnyError)
                    plan.probes << target(u"%1-missing"_s.arg(i), c, proxyRequestUrl(c.url, missing, u"/@v/list"_s),
                        BodyCheck::None);
            }
            const QList<ProbeResult> results = runProbesBlocking(plan, po, cancel);
            QList<bool> answered(candidates.size(), false);
            for (const ProbeResult& r : results) {
                const int i = r.id.section(u'-', 0, 0).toInt();
                const QString what = r.id.section(u'-', 1);
                if (r.outcome == ProbeOutcome::Cancelled || i < 0 || i >= candidates.size())
                    continue;
                measured[i] << measurement(what == u"missing"_s ? 0 : round, what, r);
                answered[i] = answered[i] || (what != u"missing"_s && r.isSuccess());
            }
            // One download at a time: parallel zips would share the link and measure each other.
            ProbeOptions zipOptions = po;
            zipOptions.maxBodyBytes = options.zipCapBytes;
            for (qsizetype i = 0; i < candidates.size() && !cancelled(cancel); ++i) {
                if (!answered.at(i))
                    continue; // unreachable this round: the zip would only repeat the error
                const RankingCandidate& c = candidates.at(i);
                if (progress)
                    progress(u"round %1 of %2: .zip from %3"_s.arg(
                        QString::number(round), QString::number(ranking.rounds), redactUrl(c.url)));
                ProbePlan zip = emptyPlan(env);
                zip.probes << target(u"%1-zip"_s.arg(i), c,
                    proxyRequestUrl(c.url, path, u"/@v/"_s + version + u".zip"_s), BodyCheck::Zip);
                const QList<ProbeResult> z = runProbesBlocking(zip, zipOptions, cancel);
                if (!z.isEmpty() && z.first().outcome != ProbeOutcome::Cancelled)
                    measured[i] << measurement(round, u"zip"_s, z.first());
            }
        }
        ranking.notes << u"throughput: the first %1 KiB of %2@%3.zip, one proxy at a time (no Range request)"_s.arg(
            QString::number(options.zipCapBytes / 1024), ranking.module, ranking.version);
    }
    QList<CandidateResult> results;
    for (qsizetype i = 0; i < candidates.size(); ++i)
        results << summarizeCandidate(candidates.at(i), measured.at(i));
    ranking.candidates = rankCandidates(results);
    ranking.cancelled = cancelled(cancel);
    if (ranking.cancelled)
        ranking.notes << u"cancelled: the ranking is incomplete"_s;
    recommendGoproxy(&ranking, env, routes, options);
    ranking.elapsedMs = clock.elapsed();
    return ranking;
}

} // namespace gmd
