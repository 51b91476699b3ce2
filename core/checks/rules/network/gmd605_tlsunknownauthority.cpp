// SPDX-License-Identifier: MIT
// GMD605 network-tls-unknown-authority: TLS verification failed with an unknown issuer: likely TLS interception by a corporate proxy (H3, NET-6).
#include "checks/rules/network/networkutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NetworkTlsUnknownAuthority final : public network::ProbeOutcomeCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD605"_s, u"network-tls-unknown-authority"_s, u"Network"_s, u"A certificate is signed by an unknown authority"_s, Severity::Error};
    }

protected:
    QList<ProbeOutcome> outcomes() const override { return { ProbeOutcome::TlsUnknownAuthority }; }
    Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& r, FindingSink& out) const override
    {
        const QString issuer = r.tlsChain.isEmpty() ? QString() : u" The certificate presented: %1."_s.arg(r.tlsChain.first());
        const QString message = u"%1: the certificate of %2 is signed by an authority go does not trust (\"x509: "
                                "certificate signed by unknown authority\"). A middlebox that intercepts TLS is the usual "
                                "cause (H3).%3 Requested %4 %5."_s.arg(network::whoText(r), network::hostText(r),
                                    issuer, r.url, network::routeText(r));
        Finding& f = network::reportProbe(out, facts, run, r, message, network::netscore::kUnreachable);
        FixHint fix;
        fix.description = u"Add the interception CA to the system trust store (update-ca-certificates), or point "
                          "SSL_CERT_FILE at a bundle that contains it (NET-6). Do not turn verification off."_s;
        fix.commands << u"cp corp-root-ca.crt /usr/local/share/ca-certificates/ && update-ca-certificates"_s;
        f.fix = fix;
        return &f;
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkTlsUnknownAuthority()
{
    return std::make_unique<NetworkTlsUnknownAuthority>();
}

} // namespace gmd::rules
