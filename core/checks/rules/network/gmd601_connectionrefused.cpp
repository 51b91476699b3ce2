// SPDX-License-Identifier: MIT
// GMD601 network-connection-refused: the TCP connection was refused (RST) or reset: nothing listens on that port (H2).
#include "checks/rules/network/networkutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NetworkConnectionRefused final : public network::ProbeOutcomeCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD601"_s, u"network-connection-refused"_s, u"Network"_s, u"A host go needs refuses the connection"_s, Severity::Error};
    }

protected:
    QList<ProbeOutcome> outcomes() const override { return { ProbeOutcome::ConnectionRefused, ProbeOutcome::NetworkError }; }
    Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& r, FindingSink& out) const override
    {
        const QString message = u"%1: %2 (%3); go fails at once with \"connect: connection refused\" or \"connection "
                                "reset\" for every request to this host. Requested %4 %5."_s.arg(network::whoText(r),
                                    probeOutcomeName(r.outcome), r.errorString, r.url, network::routeText(r));
        Finding& f = network::reportProbe(out, facts, run, r, message, network::netscore::kUnreachable);
        f.fix = network::fixForProbe(facts, run, r,
            u"Check the port and that the server runs, or remove the entry so that go uses the next source."_s);
        return &f;
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkConnectionRefused()
{
    return std::make_unique<NetworkConnectionRefused>();
}

} // namespace gmd::rules
