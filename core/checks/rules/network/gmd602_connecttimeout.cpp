// SPDX-License-Identifier: MIT
// GMD602 network-connect-timeout: no SYN-ACK within the connect timeout: a firewall drops packets; go waits 30 s per address (H2, NET-1).
#include "checks/rules/network/networkutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NetworkConnectTimeout final : public network::ProbeOutcomeCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD602"_s, u"network-connect-timeout"_s, u"Network"_s, u"A host go needs is a black hole"_s, Severity::Error};
    }

protected:
    QList<ProbeOutcome> outcomes() const override { return { ProbeOutcome::ConnectTimeout }; }
    Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& r, FindingSink& out) const override
    {
        const QString message = u"%1: no answer to the TCP connection within %2 ms (a black hole: a firewall drops the "
                                "packets). go waits about 30 s per address and attempt before it fails, which looks like "
                                "a hang (H2, NET-1). Requested %3 %4."_s.arg(network::whoText(r),
                                    QString::number(facts.probeOptions.connectTimeoutMs), r.url, network::routeText(r));
        Finding& f = network::reportProbe(out, facts, run, r, message, network::netscore::kUnreachable);
        f.fix = network::fixForProbe(facts, run, r,
            u"Open the firewall for this host and port, go through the HTTP proxy of the network (HTTPS_PROXY), "
            "or remove the entry."_s);
        return &f;
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkConnectTimeout()
{
    return std::make_unique<NetworkConnectTimeout>();
}

} // namespace gmd::rules
