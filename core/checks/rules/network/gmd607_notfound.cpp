// SPDX-License-Identifier: MIT
// GMD607 network-not-found: 404/410 means "not found": go moves on to the next GOPROXY entry with ',' and '|' alike (PROXY-8).
#include "checks/rules/network/networkutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NetworkNotFound final : public network::ProbeOutcomeCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD607"_s, u"network-not-found"_s, u"Network"_s, u"A proxy answers 404/410 for a module"_s, Severity::Warning};
    }

protected:
    QList<ProbeOutcome> outcomes() const override { return { ProbeOutcome::HttpNotFound }; }
    bool applies(const ProbeResult& r) const override
    {
        // SUMDB-3: 404 from <proxy>/sumdb/<name>/supported only means "ask the database directly".
        return r.kind != ProbeKind::SumDbSupported;
    }
    Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& r, FindingSink& out) const override
    {
        const network::EntryFallback fb = network::fallbackAfter(facts, run, r.entryIndex);
        QString then;
        int score = network::netscore::kFallsThrough;
        if (r.subjectVariable != u"GOPROXY"_s) {
            then = u"go fails: there is no other source for this request"_s;
            score = network::netscore::kStopsList;
        } else if (fb.known && !fb.last) {
            then = u"go moves on to the next entry (%1) after a 404/410, whether ',' or '|' follows (PROXY-8): every "
                   "request for such a module costs a round trip"_s.arg(fb.next);
        } else {
            then = u"this is the last GOPROXY entry, so go fails with \"not found\" for such modules"_s;
            score = network::netscore::kStopsList;
        }
        const QString message = u"%1 answered %2 for %3: it does not have the module; %4. Route: %5."_s.arg(
            network::whoText(r), r.statusLine.isEmpty() ? QString::number(r.httpStatus) : r.statusLine, r.url, then,
            network::routeText(r));
        Finding& f = network::reportProbe(out, facts, run, r, message, score);
        f.severity = score == network::netscore::kStopsList ? Severity::Error : Severity::Warning;
        f.fix = network::fixForProbe(facts, run, r,
            u"Add a source that has the module after this entry (another proxy, or direct), or mark private "
            "modules with GOPRIVATE so that go fetches them directly."_s);
        return &f;
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkNotFound()
{
    return std::make_unique<NetworkNotFound>();
}

} // namespace gmd::rules
