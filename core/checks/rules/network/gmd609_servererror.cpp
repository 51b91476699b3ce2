// SPDX-License-Identifier: MIT
// GMD609 network-server-error: a server error: a ',' list stops there, only '|' moves on (PROXY-8).
#include "checks/rules/network/networkutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NetworkServerError final : public network::ProbeOutcomeCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD609"_s, u"network-server-error"_s, u"Network"_s, u"A proxy or database answers 5xx"_s, Severity::Error};
    }

protected:
    QList<ProbeOutcome> outcomes() const override { return { ProbeOutcome::HttpServerError }; }
    Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& r, FindingSink& out) const override
    {
        const network::EntryFallback fb = network::fallbackAfter(facts, run, r.entryIndex);
        const bool fallsThrough = fb.known && fb.pipe && !fb.last;
        const QString then = fallsThrough
            ? u"'|' follows the entry, so go moves on to %1 (PROXY-8)"_s.arg(fb.next)
            : u"go stops with this error: after ',' only 404/410 make it try the next entry (PROXY-8)"_s;
        const QString message = u"%1 answered %2 for %3: the server fails; %4. Route: %5."_s.arg(network::whoText(r),
            r.statusLine.isEmpty() ? QString::number(r.httpStatus) : r.statusLine, r.url, then, network::routeText(r));
        Finding& f = network::reportProbe(out, facts, run, r, message,
            fallsThrough ? network::netscore::kFallsThrough : network::netscore::kStopsList);
        if (fallsThrough)
            f.severity = Severity::Warning;
        f.fix = network::fixForProbe(facts, run, r,
            u"Retry later or tell the proxy's operators; meanwhile put '|' after the entry or use another proxy."_s);
        return &f;
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkServerError()
{
    return std::make_unique<NetworkServerError>();
}

} // namespace gmd::rules
