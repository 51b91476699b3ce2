// SPDX-License-Identifier: MIT
// GMD612 proxy-ranking-recommendation: the proxy ranking (check --rank-proxies, the probe command)
// found a better GOPROXY order than the current one: the fastest correct proxies first, `direct`
// last, separators per PROXY-1/PROXY-8, plus GOPRIVATE patterns for private requirements.
#include "checks/checkutil.h"
#include "checks/rules/network/networkutil.h"
#include "common/secrets.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class ProxyRankingRecommendation final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"GMD612"_s, u"proxy-ranking-recommendation"_s, u"Network"_s,
            u"A faster or more reliable GOPROXY order exists"_s, Severity::Info};
    }

    void run(const Facts& facts, FindingSink& out) const override
    {
        if (!facts.ranking) {
            out.skip(u"the proxies were not ranked (use --rank-proxies or the probe command)"_s);
            return;
        }
        const ProxyRanking& rk = *facts.ranking;
        const bool proxyChange = !rk.recommendedGoproxy.isEmpty() && rk.recommendedGoproxy != rk.currentGoproxy;
        const bool privateChange = !rk.recommendedGoprivate.isEmpty() && rk.recommendedGoprivate != rk.currentGoprivate;
        if (!proxyChange && !privateChange)
            return;
        const EnvContext& host = facts.host();
        out.setEnvironment(host.id, host.label);
        QString message;
        if (proxyChange)
            message = u"Measured over %1 round(s) with %2 %3: GOPROXY=%4 would be faster or more reliable than the "
                      "current %5."_s.arg(QString::number(rk.rounds), rk.module, rk.version, rk.recommendedGoproxy,
                          rk.currentGoproxy.isEmpty() ? u"(unset)"_s : rk.currentGoproxy);
        if (privateChange)
            message += (message.isEmpty() ? QString() : u" "_s)
                + u"GOPRIVATE=%1 keeps the private requirements (%2) off public proxies and the checksum database."_s
                      .arg(rk.recommendedGoprivate, rk.privateModules.join(u", "_s));
        if (!rk.reasons.isEmpty())
            message += u" Why: "_s + rk.reasons.join(u"; "_s);
        Finding& f = out.report(proxyChange ? u"GOPROXY"_s : u"GOPRIVATE"_s, maskSecrets(message));
        for (const CandidateResult& c : rk.candidates) {
            const QString stats = c.rank > 0
                ? u"rank %1: median first byte %2 ms (min %3, max %4), %5 of %6 requests failed; %7"_s.arg(
                      QString::number(c.rank), QString::number(qRound(c.latencyMs.median)),
                      QString::number(qRound(c.latencyMs.min)), QString::number(qRound(c.latencyMs.max)),
                      QString::number(c.failures), QString::number(c.attempts), c.verdict)
                : QString(u"unusable: "_s + c.verdict);
            f.evidence.append({maskSecrets(c.display), maskSecrets(stats), c.candidate.origin});
        }
        f.evidence.append({u"GOPROXY (current)"_s, maskSecrets(rk.currentGoproxy), host.label});
        FixHint fix;
        fix.description = u"Set the recommended order (best first, direct last)."_s;
        if (proxyChange)
            fix = fixSetVariable(host, host.env.get(u"GOPROXY"_s), rk.recommendedGoproxy, fix.description);
        if (privateChange)
            fix.commands << u"go env -w GOPRIVATE=%1"_s.arg(shellQuote(rk.recommendedGoprivate));
        f.fix = fix;
        f.rootCauseScore = score::kHygiene;
    }
};

} // namespace

std::unique_ptr<Check> makeProxyRankingRecommendation()
{
    return std::make_unique<ProxyRankingRecommendation>();
}

} // namespace gmd::rules
