// SPDX-License-Identifier: MIT
// GMD611 network-slow: a correct answer slower than the slow threshold (H16).
#include "checks/rules/network/networkutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NetworkSlow final : public network::ProbeOutcomeCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD611"_s, u"network-slow"_s, u"Network"_s, u"A proxy or database answers slowly"_s, Severity::Warning};
    }

protected:
    QList<ProbeOutcome> outcomes() const override { return { ProbeOutcome::Slow }; }
    Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& r, FindingSink& out) const override
    {
        const QString message = u"%1 answered %2 correctly but in %3 ms (over %4 ms); every module costs several such "
                                "requests, so downloads crawl (H16). Stage timings: %5. Route: %6."_s.arg(
                                    network::whoText(r), r.url, QString::number(r.totalMs),
                                    QString::number(facts.probeOptions.slowThresholdMs), network::stageTimings(r),
                                    network::routeText(r));
        Finding& f = network::reportProbe(out, facts, run, r, message, network::netscore::kSlow);
        FixHint fix;
        fix.description = u"Rank the proxies (gomoddoctor-cli probe --rank-proxies) and put the fastest first."_s;
        f.fix = fix;
        return &f;
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkSlow()
{
    return std::make_unique<NetworkSlow>();
}

} // namespace gmd::rules
