// SPDX-License-Identifier: MIT
// GMD613 network-unexpected-answer: 200 with an HTML portal or a broken payload, a refused redirect, or an unexpected status (PROTO-3, PROTO-4).
#include "checks/rules/network/networkutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NetworkUnexpectedAnswer final : public network::ProbeOutcomeCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD613"_s, u"network-unexpected-answer"_s, u"Network"_s, u"A proxy answers something go cannot use"_s, Severity::Error};
    }

protected:
    QList<ProbeOutcome> outcomes() const override { return { ProbeOutcome::InvalidResponse, ProbeOutcome::RedirectRefused, ProbeOutcome::HttpOtherStatus }; }
    Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& r, FindingSink& out) const override
    {
        const QString message = u"%1 answered %2 for %3: %4; go rejects it (PROTO-3, PROTO-4). A captive portal or "
                                "a login page of a middlebox is the usual cause. Route: %5."_s.arg(network::whoText(r),
                                    r.statusLine.isEmpty() ? probeOutcomeName(r.outcome) : r.statusLine, r.url,
                                    r.errorString.isEmpty() ? probeOutcomeName(r.outcome) : r.errorString,
                                    network::routeText(r));
        Finding& f = network::reportProbe(out, facts, run, r, message, network::netscore::kStopsList);
        f.fix = network::fixForProbe(facts, run, r,
            u"Use the proxy's module API URL (not its web page), log in to the portal, or remove the entry."_s);
        return &f;
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkUnexpectedAnswer()
{
    return std::make_unique<NetworkUnexpectedAnswer>();
}

} // namespace gmd::rules
