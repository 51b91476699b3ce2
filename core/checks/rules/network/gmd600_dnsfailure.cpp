// SPDX-License-Identifier: MIT
// GMD600 network-dns-failure: a probe's DNS lookup failed (NXDOMAIN or no answer): go fails with "dial tcp: lookup ..." (H2).
#include "checks/rules/network/networkutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NetworkDnsFailure final : public network::ProbeOutcomeCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD600"_s, u"network-dns-failure"_s, u"Network"_s, u"A host go needs cannot be resolved"_s, Severity::Error};
    }

protected:
    QList<ProbeOutcome> outcomes() const override { return { ProbeOutcome::DnsNotFound, ProbeOutcome::DnsTimeout }; }
    Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& r, FindingSink& out) const override
    {
        const bool timeout = r.outcome == ProbeOutcome::DnsTimeout;
        const QString message = u"%1: the name %2 %3, so go fails with \"dial tcp: lookup %2 ...\" before any request "
                                "(H2). Requested %4 %5."_s.arg(network::whoText(r), network::hostText(r),
                                    timeout ? u"got no answer from the resolver"_s : u"does not exist (no such host)"_s,
                                    r.url, network::routeText(r));
        Finding& f = network::reportProbe(out, facts, run, r, message, network::netscore::kUnreachable);
        f.fix = network::fixForProbe(facts, run, r,
            u"Correct the host name, or fix the resolver (/etc/resolv.conf, the Docker daemon's dns setting); "
            "drop the entry if the host is gone."_s);
        return &f;
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkDnsFailure()
{
    return std::make_unique<NetworkDnsFailure>();
}

} // namespace gmd::rules
