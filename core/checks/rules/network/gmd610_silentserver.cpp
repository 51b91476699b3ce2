// SPDX-License-Identifier: MIT
// GMD610 network-silent-server: connected, request sent, no first byte (or a stalled body) within the response timeout: go has no response timeout and waits for ever (H1, H2, NET-1, PROXY-11).
#include "checks/rules/network/networkutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NetworkSilentServer final : public network::ProbeOutcomeCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD610"_s, u"network-silent-server"_s, u"Network"_s, u"A server accepts the request and never answers"_s, Severity::Error};
    }

protected:
    QList<ProbeOutcome> outcomes() const override { return { ProbeOutcome::Silent, ProbeOutcome::BodyStalled }; }
    Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& r, FindingSink& out) const override
    {
        const bool stalled = r.outcome == ProbeOutcome::BodyStalled;
        const QString message = u"%1 at %2 %3 within %4 ms. go has no response timeout (NET-1): `go mod download` "
                                "hangs here for ever, printing nothing, and neither ',' nor '|' helps because no error "
                                "ever comes (PROXY-11, %5). Route: %6."_s.arg(network::whoText(r), r.url,
                                    stalled ? u"sent the response head and then stopped sending the body"_s
                                            : u"accepted the connection and the request but sent nothing back"_s,
                                    QString::number(facts.probeOptions.responseTimeoutMs), stalled ? u"H2"_s : u"H1"_s,
                                    network::routeText(r));
        Finding& f = network::reportProbe(out, facts, run, r, message, network::netscore::kSilent);
        f.fix = network::fixForProbe(facts, run, r,
            u"Remove the silent server from the variable (or fix the server or the middlebox in front of it); "
            "GOPROXY=https://proxy.golang.org,direct is the default."_s);
        return &f;
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkSilentServer()
{
    return std::make_unique<NetworkSilentServer>();
}

} // namespace gmd::rules
