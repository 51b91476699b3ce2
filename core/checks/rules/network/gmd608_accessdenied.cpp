// SPDX-License-Identifier: MIT
// GMD608 network-access-denied: 401/403 is an error, not "not found": a ',' list stops there, only '|' moves on (PROXY-8, H15).
#include "checks/rules/network/networkutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NetworkAccessDenied final : public network::ProbeOutcomeCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD608"_s, u"network-access-denied"_s, u"Network"_s, u"A proxy or database answers 401/403"_s, Severity::Error};
    }

protected:
    QList<ProbeOutcome> outcomes() const override { return { ProbeOutcome::HttpDenied }; }
    Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& r, FindingSink& out) const override
    {
        const network::EntryFallback fb = network::fallbackAfter(facts, run, r.entryIndex);
        const bool fallsThrough = fb.known && fb.pipe && !fb.last;
        const QString then = fallsThrough
            ? u"'|' follows the entry, so go moves on to %1 (PROXY-8)"_s.arg(fb.next)
            : u"go stops with this error: only 404/410 make it try the next entry after ',' (PROXY-8, H15)"_s;
        const QString message = u"%1 answered %2 for %3: access denied (credentials missing or rejected, or an "
                                "allow-list); %4. Route: %5."_s.arg(network::whoText(r),
                                    r.statusLine.isEmpty() ? QString::number(r.httpStatus) : r.statusLine, r.url, then,
                                    network::routeText(r));
        Finding& f = network::reportProbe(out, facts, run, r, message,
            fallsThrough ? network::netscore::kFallsThrough : network::netscore::kStopsList);
        if (fallsThrough)
            f.severity = Severity::Warning;
        f.fix = network::fixForProbe(facts, run, r,
            u"Give go the credentials (.netrc or GOAUTH), or put '|' after this entry so that go moves on after "
            "its errors, or remove it."_s);
        return &f;
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkAccessDenied()
{
    return std::make_unique<NetworkAccessDenied>();
}

} // namespace gmd::rules
