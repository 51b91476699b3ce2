// SPDX-License-Identifier: MIT
// GMD603 network-proxy-unreachable: the HTTP/SOCKS5 proxy chosen by NET-3 refuses, times out or rejects the tunnel: every request through it fails (H3).
#include "checks/rules/network/networkutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NetworkProxyUnreachable final : public network::ProbeOutcomeCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD603"_s, u"network-proxy-unreachable"_s, u"Network"_s, u"The HTTP proxy go uses cannot be reached"_s, Severity::Error};
    }

protected:
    QList<ProbeOutcome> outcomes() const override { return { ProbeOutcome::ProxyConnectFailed, ProbeOutcome::ProxyError }; }
    Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& r, FindingSink& out) const override
    {
        const QString message = u"%1 is the proxy go uses for %2, and it fails: %3. Every request go sends through "
                                "it fails the same way (\"proxyconnect tcp\", H3). Route: %4."_s.arg(
                                    r.proxyUsed.isEmpty() ? r.subjectVariable : r.proxyUsed, r.url,
                                    r.errorString.isEmpty() ? probeOutcomeName(r.outcome) : r.errorString,
                                    network::routeText(r));
        Finding& f = network::reportProbe(out, facts, run, r, message, network::netscore::kProxyDown);
        f.fix = network::fixForProbe(facts, run, r,
            u"Correct the proxy URL (host and port), start the proxy, or unset the variable when this network "
            "needs no proxy; NO_PROXY can exclude hosts that must be reached directly."_s);
        return &f;
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkProxyUnreachable()
{
    return std::make_unique<NetworkProxyUnreachable>();
}

} // namespace gmd::rules
