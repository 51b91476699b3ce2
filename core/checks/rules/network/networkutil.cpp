// SPDX-License-Identifier: MIT
#include "checks/rules/network/networkutil.h"

#include "checks/checkutil.h"
#include "common/secrets.h"
#include "goenv/goproxy.h"

#include <QHash>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules::network {

namespace {

const EnvContext* contextOf(const Facts& facts, const QString& id)
{
    for (const EnvContext& ctx : facts.environments) {
        if (ctx.id == id)
            return &ctx;
    }
    return nullptr;
}

QString environmentsText(const Facts& facts, const ProbeRun& run)
{
    QStringList labels;
    for (const QString& id : run.contextIds) {
        const EnvContext* ctx = contextOf(facts, id);
        labels << (ctx && !ctx->label.isEmpty() ? ctx->label : id);
    }
    return labels.join(u"; "_s);
}

} // namespace

const EnvContext* contextFor(const Facts& facts, const ProbeRun& run)
{
    return contextOf(facts, run.contextId);
}

QString goproxyWithout(const Facts& facts, const ProbeRun& run, int entryIndex)
{
    const EnvContext* ctx = contextOf(facts, run.contextId);
    const ProxyList list = parseGoProxy(ctx ? ctx->env.value(u"GOPROXY"_s) : QString());
    QString value;
    bool hasUrl = false;
    for (qsizetype i = 0; i < list.entries.size(); ++i) {
        if (i + 1 == entryIndex)
            continue;
        const ProxyEntry& e = list.entries.at(i);
        hasUrl = hasUrl || e.kind != ProxyEntryKind::Off;
        if (!value.isEmpty())
            value += u',';
        value += e.raw;
        // PROXY-1: the separator belongs to the entry before it.
        if (e.fallback == FallbackMode::OnAnyError && i + 1 < list.entries.size())
            value += u'|';
    }
    value.replace(u"|,"_s, u"|"_s);
    if (value.endsWith(u'|'))
        value.chop(1);
    if (!hasUrl || value.isEmpty())
        return u"https://proxy.golang.org,direct"_s;
    return value;
}

std::optional<FixHint> fixForProbe(const Facts& facts, const ProbeRun& run, const ProbeResult& r,
    const QString& description)
{
    const EnvContext* ctx = contextOf(facts, run.contextId);
    if (!ctx)
        return std::nullopt;
    if (!r.proxyVariable.isEmpty() && r.subjectVariable == r.proxyVariable)
        return fixUnsetVariable(*ctx, ctx->env.get(r.proxyVariable), description);
    if (r.subjectVariable == u"GOPROXY"_s && r.entryIndex > 0)
        return fixSetVariable(*ctx, ctx->env.get(u"GOPROXY"_s), goproxyWithout(facts, run, r.entryIndex), description);
    FixHint fix;
    fix.description = description;
    return fix;
}

EntryFallback fallbackAfter(const Facts& facts, const ProbeRun& run, int entryIndex)
{
    EntryFallback fb;
    const EnvContext* ctx = contextOf(facts, run.contextId);
    if (!ctx || entryIndex < 1)
        return fb;
    // The plan counts entries without GONOPROXY's implicit one (probeplan.cpp), so parse alone.
    const ProxyList list = parseGoProxy(ctx->env.value(u"GOPROXY"_s));
    if (!list.isValid() || entryIndex > list.entries.size())
        return fb;
    const ProxyEntry& e = list.entries.at(entryIndex - 1);
    fb.known = true;
    fb.pipe = e.fallback == FallbackMode::OnAnyError;
    fb.last = entryIndex == list.entries.size();
    if (!fb.last)
        fb.next = maskSecrets(list.entries.at(entryIndex).raw);
    return fb;
}

QString stageTimings(const ProbeResult& r)
{
    QStringList parts;
    for (const ProbeStageTime& s : r.stages) {
        if (s.stage == ProbeStage::Total)
            continue;
        parts << u"%1 %2 ms"_s.arg(probeStageKey(s.stage), QString::number(s.elapsedMs));
    }
    parts << u"total %1 ms"_s.arg(r.totalMs);
    if (r.dnsSkipped)
        parts << u"(no DNS lookup: IP literal or resolved by the proxy)"_s;
    return parts.join(u", "_s);
}

QString routeText(const ProbeResult& r)
{
    QString text = r.proxyUsed.isEmpty() ? u"direct"_s : u"through %1=%2"_s.arg(r.proxyVariable, r.proxyUsed);
    if (!r.proxyReason.isEmpty())
        text += u" ("_s + r.proxyReason + u')';
    return maskSecrets(text);
}

QString hostText(const ProbeResult& r)
{
    if (!r.host.isEmpty())
        return r.host;
    const QString host = QUrl(r.url).host();
    return host.isEmpty() ? r.url : host;
}

QString whoText(const ProbeResult& r)
{
    return maskSecrets(r.targetSubject.isEmpty() ? r.url : r.targetSubject);
}

QList<Evidence> probeEvidence(const Facts& facts, const ProbeRun& run, const ProbeResult& r)
{
    QList<Evidence> ev;
    ev.append({u"probe %1"_s.arg(probeKindKey(r.kind)), maskSecrets(r.url), whoText(r)});
    QString outcome = probeOutcomeName(r.outcome);
    if (!r.errorString.isEmpty())
        outcome += u": "_s + r.errorString;
    ev.append({u"outcome"_s, maskSecrets(outcome), probeOutcomeKey(r.outcome)});
    ev.append({u"stage timings"_s, stageTimings(r), u"ms since the probe started"_s});
    ev.append({u"route (NET-3)"_s, routeText(r), QString()});
    QStringList addrs = r.ipv4 + r.ipv6;
    if (!addrs.isEmpty() || !r.connectedAddress.isEmpty())
        ev.append({u"addresses"_s, addrs.join(u", "_s),
            r.connectedAddress.isEmpty() ? QString() : QString(u"connected to "_s + r.connectedAddress)});
    if (!r.statusLine.isEmpty())
        ev.append({u"HTTP status"_s, maskSecrets(r.statusLine), maskSecrets(r.finalUrl)});
    if (!r.tlsChain.isEmpty())
        ev.append({u"certificate"_s, maskSecrets(r.tlsChain.first()), r.tlsProtocol});
    if (!r.bodyExcerpt.isEmpty() && !r.isSuccess())
        ev.append({u"body"_s, maskSecrets(r.bodyExcerpt), r.contentType});
    ev.append({u"environments"_s, maskSecrets(environmentsText(facts, run)), u"probed from this machine"_s});
    if (facts.probeOptions.responseTimeoutMs > 0)
        ev.append({u"timeouts"_s,
            u"connect %1 ms, response %2 ms"_s.arg(QString::number(facts.probeOptions.connectTimeoutMs),
                QString::number(facts.probeOptions.responseTimeoutMs)),
            QString()});
    return ev;
}

Finding& reportProbe(FindingSink& out, const Facts& facts, const ProbeRun& run, const ProbeResult& r,
    const QString& message, int score)
{
    const QString subject = r.subjectVariable.isEmpty() ? maskSecrets(r.url) : r.subjectVariable;
    Finding& f = out.report(subject, maskSecrets(message));
    f.evidence = probeEvidence(facts, run, r);
    f.rootCauseScore = score;
    return f;
}

bool ProbeOutcomeCheck::applies(const ProbeResult&) const
{
    return true;
}

void ProbeOutcomeCheck::run(const Facts& facts, FindingSink& out) const
{
    if (!facts.networkAllowed && facts.probeRuns.isEmpty()) {
        out.skip(u"network probes did not run (--no-network)"_s);
        return;
    }
    const QList<ProbeOutcome> wanted = outcomes();
    for (const ProbeRun& run : facts.probeRuns) {
        const EnvContext* ctx = contextOf(facts, run.contextId);
        out.setEnvironment(run.contextId, ctx ? ctx->label : run.contextId);
        // The same fault seen by several probes (list and .info of one proxy): one finding.
        QList<QList<const ProbeResult*>> groups;
        QHash<QString, qsizetype> byKey;
        for (const ProbeResult& r : run.results) {
            if (!wanted.contains(r.outcome) || !applies(r))
                continue;
            const QString key = r.subject + u'\x1f' + probeOutcomeKey(r.outcome);
            const auto it = byKey.constFind(key);
            if (it != byKey.constEnd()) {
                groups[*it] << &r;
                continue;
            }
            byKey.insert(key, groups.size());
            groups.append({&r});
        }
        for (const QList<const ProbeResult*>& group : std::as_const(groups)) {
            Finding* f = report(facts, run, *group.first(), out);
            for (qsizetype i = 1; f && i < group.size(); ++i)
                f->evidence.append({u"also %1"_s.arg(probeKindKey(group[i]->kind)), maskSecrets(group[i]->url),
                    stageTimings(*group[i])});
        }
    }
}

} // namespace gmd::rules::network
