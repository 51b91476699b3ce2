// SPDX-License-Identifier: MIT
// GMD604 network-proxy-auth-required: the HTTP proxy answers CONNECT with 407 Proxy Authentication Required (H3).
#include "checks/rules/network/networkutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NetworkProxyAuthRequired final : public network::ProbeOutcomeCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD604"_s, u"network-proxy-auth-required"_s, u"Network"_s, u"The HTTP proxy wants credentials (407)"_s, Severity::Error};
    }

protected:
    QList<ProbeOutcome> outcomes() const override { return { ProbeOutcome::ProxyAuthRequired }; }
    Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& r, FindingSink& out) const override
    {
        const QString message = u"%1 answered %2 to the request for %3: it wants credentials, and go only sends "
                                "them when they are in the proxy variable's URL (http://user:password@host:port). Every "
                                "request through it fails (H3). Route: %4."_s.arg(
                                    r.proxyUsed.isEmpty() ? r.subjectVariable : r.proxyUsed,
                                    r.statusLine.isEmpty() ? u"407"_s : r.statusLine, r.url, network::routeText(r));
        Finding& f = network::reportProbe(out, facts, run, r, message, network::netscore::kProxyDown);
        FixHint fix;
        fix.description = u"Put the proxy credentials into the URL of %1 (percent-encode special characters), or "
                          "use a proxy that needs none; NTLM/Kerberos proxies need a local helper such as cntlm."_s
                              .arg(r.proxyVariable.isEmpty() ? r.subjectVariable : r.proxyVariable);
        fix.commands << u"export %1=http://USER:PASSWORD@proxy.example:3128"_s.arg(
            r.proxyVariable.isEmpty() ? u"HTTPS_PROXY"_s : r.proxyVariable);
        f.fix = fix;
        return &f;
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkProxyAuthRequired()
{
    return std::make_unique<NetworkProxyAuthRequired>();
}

} // namespace gmd::rules
