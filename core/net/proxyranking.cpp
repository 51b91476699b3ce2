// SPDX-License-Identifier: MIT
// The pure half of the proxy ranking: candidates, statistics, order and recommendation.
#include "proxyranking.h"

#include "common/secrets.h"
#include "goenv/modulepath.h"

#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

QString normalized(const QString& url)
{
    QString u = url.trimmed();
    while (u.endsWith(u'/'))
        u.chop(1);
    return u;
}

double quantile(const QList<double>& sorted, double p)
{
    const double pos = p * double(sorted.size() - 1);
    const auto lo = qsizetype(std::floor(pos));
    const auto hi = qsizetype(std::ceil(pos));
    return sorted.at(lo) + (sorted.at(hi) - sorted.at(lo)) * (pos - double(lo));
}

/// Larger is worse; -1 (no sample) sorts last.
double latencyKey(const CandidateResult& c)
{
    return c.latencyMs.count > 0 ? c.latencyMs.median : 1e18;
}

double throughputKey(const CandidateResult& c)
{
    return c.throughput.count > 0 ? c.throughput.median : -1;
}

bool isUsable(const CandidateResult& c)
{
    return c.attempts > c.failures;
}

QString hostOf(const QString& url)
{
    return QUrl(url).host().toLower();
}

} // namespace

QStringList defaultPublicProxies()
{
    return { u"https://proxy.golang.org"_s, u"https://goproxy.cn"_s, u"https://goproxy.io"_s,
        u"https://mirrors.aliyun.com/goproxy"_s, u"https://proxy.golang.com.cn"_s };
}

SpreadStats spreadOf(QList<double> values)
{
    SpreadStats s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.count = int(values.size());
    s.min = values.first();
    s.max = values.last();
    s.median = quantile(values, 0.5);
    s.q1 = quantile(values, 0.25);
    s.q3 = quantile(values, 0.75);
    return s;
}

QList<RankingCandidate> rankingCandidates(const QString& goproxy, const RankingOptions& options)
{
    QList<RankingCandidate> out;
    QStringList seen;
    auto add = [&](const RankingCandidate& c) {
        const QString key = normalized(c.url);
        if (key.isEmpty() || seen.contains(key) || key.startsWith(u"file:"_s))
            return;
        seen << key;
        out << c;
    };
    const ProxyList list = parseGoProxy(goproxy);
    int entry = 0;
    for (const ProxyEntry& e : list.entries) {
        ++entry;
        if (e.kind != ProxyEntryKind::Url)
            break; // direct / off end the list (PROXY-2)
        add({ normalized(e.url), u"GOPROXY entry %1"_s.arg(entry), true, e.fallback });
    }
    for (const QString& url : options.extra)
        add({ normalized(url), u"--proxy"_s, false, FallbackMode::OnNotFound });
    if (options.includeDefaults) {
        for (const QString& url : options.defaults)
            add({ normalized(url), u"built-in list"_s, false, FallbackMode::OnNotFound });
    }
    return out;
}

CandidateResult summarizeCandidate(const RankingCandidate& candidate, const QList<RankingMeasurement>& measurements)
{
    CandidateResult c;
    c.candidate = candidate;
    c.display = redactUrl(candidate.url);
    c.measurements = measurements;
    QList<double> latency;
    QList<double> throughput;
    QString firstProblem;
    for (const RankingMeasurement& m : measurements) {
        if (m.what == u"missing"_s) {
            c.missingStatus = m.httpStatus;
            // H15: anything but 404/410 (or an odd 200) for a module that does not exist.
            c.errorsForMissing = m.httpStatus >= 400 && m.httpStatus != 404 && m.httpStatus != 410;
            continue;
        }
        ++c.attempts;
        if (!m.ok()) {
            ++c.failures;
            if (firstProblem.isEmpty())
                firstProblem = u"%1 (round %2): %3"_s.arg(m.what, QString::number(m.round), m.problem);
            continue;
        }
        if (m.what != u"zip"_s && m.firstByteMs >= 0)
            latency << double(m.firstByteMs);
        if (m.what == u"zip"_s && m.transferMs >= 0 && m.bytes > 0)
            throughput << double(m.bytes) * 1000.0 / double(std::max<qint64>(1, m.transferMs));
    }
    c.latencyMs = spreadOf(latency);
    c.throughput = spreadOf(throughput);
    c.correct = c.attempts > 0 && c.failures == 0;
    if (c.attempts == 0)
        c.verdict = u"not measured"_s;
    else if (c.correct)
        c.verdict = u"correct in every round"_s;
    else if (c.failures == c.attempts)
        c.verdict = u"unusable: "_s + firstProblem;
    else
        c.verdict = u"%1 of %2 requests failed: %3"_s.arg(
            QString::number(c.failures), QString::number(c.attempts), firstProblem);
    return c;
}

QList<CandidateResult> rankCandidates(QList<CandidateResult> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const CandidateResult& a, const CandidateResult& b) {
        if (isUsable(a) != isUsable(b))
            return isUsable(a);
        if (a.correct != b.correct)
            return a.correct;
        if (a.failures != b.failures)
            return a.failures < b.failures;
        if (latencyKey(a) != latencyKey(b))
            return latencyKey(a) < latencyKey(b);
        return throughputKey(a) > throughputKey(b);
    });
    int rank = 0;
    for (CandidateResult& c : candidates)
        c.rank = isUsable(c) ? ++rank : 0;
    return candidates;
}

void recommendGoproxy(ProxyRanking* ranking, const EffectiveEnv& env, const QList<ModuleRoute>& routes,
    const RankingOptions& options)
{
    ranking->currentGoproxy = maskSecrets(env.value(u"GOPROXY"_s));
    ranking->currentGoprivate = env.value(u"GOPRIVATE"_s);
    ranking->recommendedGoproxy.clear();
    ranking->reasons.clear();

    QList<const CandidateResult*> chosen;
    for (const CandidateResult& c : std::as_const(ranking->candidates)) {
        if (c.correct && chosen.size() < std::max(1, options.maxRecommended))
            chosen << &c;
    }
    if (chosen.isEmpty()) {
        ranking->reasons << u"no candidate answered every request correctly: no GOPROXY is recommended"_s;
    } else {
        QString value;
        QStringList speeds;
        bool pipe = false;
        for (const CandidateResult* c : std::as_const(chosen)) {
            QString sep = u","_s;
            if (c->candidate.fromGoproxy && c->candidate.fallback == FallbackMode::OnAnyError) {
                if (c->errorsForMissing) {
                    sep = u"|"_s;
                    pipe = true;
                    ranking->reasons << u"'|' after %1 is kept: it answered %2 for a module it does not have, and "
                                        "a ',' would stop go there instead of trying the next entry (PROXY-8, H15). "
                                        "With '|' any failure of it sends the module path on, so keep private "
                                        "paths out with GOPRIVATE."_s.arg(c->display, QString::number(c->missingStatus));
                } else {
                    ranking->reasons << u"'|' after %1 becomes ',': it answers 404/410 for modules it does not "
                                        "have, so ',' falls back there already, and stops on real errors (401, "
                                        "403, 5xx) instead of sending the module path on (PROXY-8)."_s.arg(c->display);
                }
            }
            value += c->candidate.url + sep;
            speeds << u"%1 %2 ms"_s.arg(c->display, QString::number(qRound64(c->latencyMs.median)));
        }
        ranking->recommendedGoproxy = maskSecrets(value + u"direct"_s);
        ranking->reasons.prepend(u"Order: the fastest proxy that answered correctly in every round first (median "
                                 "first-byte latency over %1 round(s): %2); `direct` last, for modules no proxy "
                                 "has (PROXY-2)."_s.arg(QString::number(ranking->rounds), speeds.join(u", "_s)));
        if (!pipe || chosen.size() > 1)
            ranking->reasons.insert(1, u"',' between entries: go moves on only after 404/410 (PROXY-8), so an "
                                       "error of one proxy (401, 403, 5xx, TLS) stops the command rather than "
                                       "sending the module path to the next, possibly public, source."_s);
        // A private (non-public) proxy of the user that is dropped or moved behind a public one.
        for (const CandidateResult& c : std::as_const(ranking->candidates)) {
            if (!c.candidate.fromGoproxy || isPublicProxyUrl(c.candidate.url))
                continue;
            const qsizetype at = chosen.indexOf(&c);
            if (at == 0)
                continue;
            ranking->reasons << u"%1 (your %2) is not a public proxy and is %3: if it serves private modules, "
                                "keep it first or route those paths with GOPRIVATE/GONOPROXY."_s.arg(c.display,
                                    c.candidate.origin, at < 0 ? u"not in the recommendation"_s
                                                              : u"no longer first"_s);
        }
        if (ranking->recommendedGoproxy == ranking->currentGoproxy)
            ranking->reasons << u"GOPROXY already has this value."_s;
    }

    ranking->privateModules.clear();
    QStringList hosts;
    for (const ModuleRoute& r : routes) {
        const QString host = modulePathHost(r.module).toLower();
        if (r.module == u"golang.org/toolchain"_s || host.isEmpty() || !host.contains(u'.')
            || isWellKnownPublicHost(host) || r.goprivate)
            continue;
        ranking->privateModules << r.module;
        if (!hosts.contains(host))
            hosts << host;
    }
    ranking->recommendedGoprivate.clear();
    if (!hosts.isEmpty()) {
        const QString current = ranking->currentGoprivate.trimmed();
        ranking->recommendedGoprivate = current.isEmpty() ? hosts.join(u',') : current + u',' + hosts.join(u',');
    }
}

bool isPublicProxyUrl(const QString& url)
{
    const QString host = hostOf(url);
    for (const QString& known : defaultPublicProxies()) {
        if (hostOf(known) == host)
            return true;
    }
    return false;
}

} // namespace gmd
