// SPDX-License-Identifier: MIT
#include "probereport.h"

#include "common/secrets.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QString probeStagesText(const ProbeResult& r)
{
    QStringList parts;
    for (const ProbeStageTime& s : r.stages) {
        if (s.stage != ProbeStage::Total)
            parts << u"%1 %2"_s.arg(probeStageKey(s.stage), QString::number(s.elapsedMs));
    }
    parts << u"total %1"_s.arg(r.totalMs);
    return parts.join(u" · "_s) + u" ms"_s;
}

QJsonObject probeToJson(const ProbeResult& r)
{
    QJsonObject stages;
    for (const ProbeStageTime& s : r.stages)
        stages.insert(probeStageKey(s.stage), double(s.elapsedMs));
    QJsonObject o{ { u"id"_s, r.id }, { u"kind"_s, probeKindKey(r.kind) }, { u"url"_s, maskSecrets(r.url) },
        { u"outcome"_s, probeOutcomeKey(r.outcome) }, { u"subject"_s, maskSecrets(r.subject) },
        { u"subjectVariable"_s, r.subjectVariable }, { u"summary"_s, maskSecrets(r.summary) },
        { u"proxy"_s, maskSecrets(r.proxyUsed) }, { u"proxyVariable"_s, r.proxyVariable },
        { u"proxyReason"_s, maskSecrets(r.proxyReason) }, { u"httpStatus"_s, r.httpStatus },
        { u"totalMs"_s, double(r.totalMs) }, { u"stages"_s, stages } };
    if (!r.errorString.isEmpty())
        o.insert(u"error"_s, maskSecrets(r.errorString));
    if (!r.connectedAddress.isEmpty())
        o.insert(u"connectedAddress"_s, r.connectedAddress);
    return o;
}

QJsonObject rankingToJson(const ProxyRanking& rk)
{
    QJsonArray candidates;
    for (const CandidateResult& c : rk.candidates) {
        candidates.append(QJsonObject{ { u"url"_s, maskSecrets(c.display) }, { u"origin"_s, c.candidate.origin },
            { u"rank"_s, c.rank }, { u"correct"_s, c.correct }, { u"attempts"_s, c.attempts },
            { u"failures"_s, c.failures }, { u"latencyMedianMs"_s, c.latencyMs.median },
            { u"latencyMinMs"_s, c.latencyMs.min }, { u"latencyMaxMs"_s, c.latencyMs.max },
            { u"throughputMedian"_s, c.throughput.median }, { u"verdict"_s, maskSecrets(c.verdict) } });
    }
    return QJsonObject{ { u"module"_s, rk.module }, { u"version"_s, rk.version }, { u"rounds"_s, rk.rounds },
        { u"candidates"_s, candidates }, { u"currentGoproxy"_s, maskSecrets(rk.currentGoproxy) },
        { u"recommendedGoproxy"_s, maskSecrets(rk.recommendedGoproxy) },
        { u"recommendedGoprivate"_s, rk.recommendedGoprivate },
        { u"reasons"_s, QJsonArray::fromStringList(rk.reasons) }, { u"elapsedMs"_s, double(rk.elapsedMs) },
        { u"cancelled"_s, rk.cancelled } };
}

} // namespace

QString probesToText(const Facts& facts)
{
    if (facts.probeRuns.isEmpty() && !facts.ranking)
        return {};
    QString out;
    int count = 0;
    for (const ProbeRun& run : facts.probeRuns)
        count += int(run.results.size());
    out += u"Network probes (%1 in %2 ms, connect timeout %3 ms, response timeout %4 ms)\n"_s.arg(
        QString::number(count), QString::number(facts.probeElapsedMs),
        QString::number(facts.probeOptions.connectTimeoutMs), QString::number(facts.probeOptions.responseTimeoutMs));
    for (const ProbeRun& run : facts.probeRuns) {
        out += u"  for %1\n"_s.arg(run.contextIds.join(u", "_s));
        if (!run.plan.sampleReason.isEmpty())
            out += u"    asks for %1\n"_s.arg(maskSecrets(run.plan.sampleReason));
        for (const ProbeResult& r : run.results) {
            out += u"    [%1] %2 %3 (%4)\n"_s.arg(probeOutcomeKey(r.outcome), maskSecrets(r.subject), maskSecrets(r.url),
                r.proxyUsed.isEmpty() ? u"direct"_s : u"via %1"_s.arg(maskSecrets(r.proxyUsed)));
            out += u"        %1\n"_s.arg(probeStagesText(r));
        }
        for (const QString& n : run.plan.notes)
            out += u"    note: %1\n"_s.arg(maskSecrets(n));
    }
    if (facts.ranking) {
        const ProxyRanking& rk = *facts.ranking;
        out += u"Proxy ranking (%1 %2, %3 rounds, %4 ms)\n"_s.arg(
            rk.module, rk.version, QString::number(rk.rounds), QString::number(rk.elapsedMs));
        for (const CandidateResult& c : rk.candidates) {
            out += u"  %1. %2: median %3 ms, %4/%5 failed — %6\n"_s.arg(c.rank > 0 ? QString::number(c.rank) : u"-"_s,
                maskSecrets(c.display), QString::number(qRound(c.latencyMs.median)), QString::number(c.failures),
                QString::number(c.attempts), maskSecrets(c.verdict));
        }
        if (!rk.recommendedGoproxy.isEmpty())
            out += u"  recommended GOPROXY=%1\n"_s.arg(maskSecrets(rk.recommendedGoproxy));
        if (!rk.recommendedGoprivate.isEmpty())
            out += u"  recommended GOPRIVATE=%1\n"_s.arg(rk.recommendedGoprivate);
        for (const QString& why : rk.reasons)
            out += u"    because %1\n"_s.arg(maskSecrets(why));
    }
    return out;
}

QJsonObject probesToJson(const Facts& facts)
{
    QJsonArray runs;
    for (const ProbeRun& run : facts.probeRuns) {
        QJsonArray probes;
        for (const ProbeResult& r : run.results)
            probes.append(probeToJson(r));
        runs.append(QJsonObject{ { u"environments"_s, QJsonArray::fromStringList(run.contextIds) },
            { u"sample"_s, maskSecrets(run.plan.sampleReason) }, { u"notes"_s, QJsonArray::fromStringList(run.plan.notes) },
            { u"probes"_s, probes } });
    }
    QJsonObject o{ { u"ran"_s, !facts.probeRuns.isEmpty() }, { u"elapsedMs"_s, double(facts.probeElapsedMs) },
        { u"connectTimeoutMs"_s, facts.probeOptions.connectTimeoutMs },
        { u"responseTimeoutMs"_s, facts.probeOptions.responseTimeoutMs }, { u"cancelled"_s, facts.probesCancelled },
        { u"runs"_s, runs } };
    if (facts.ranking)
        o.insert(u"ranking"_s, rankingToJson(*facts.ranking));
    return o;
}

} // namespace gmd
