// SPDX-License-Identifier: MIT
// GMD606 network-tls-failure: hostname mismatch, expired certificate, handshake failure or handshake timeout (H3).
#include "checks/rules/network/networkutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class NetworkTlsFailure final : public network::ProbeOutcomeCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD606"_s, u"network-tls-failure"_s, u"Network"_s, u"A TLS handshake fails or the certificate names another host"_s, Severity::Error};
    }

protected:
    QList<ProbeOutcome> outcomes() const override { return { ProbeOutcome::TlsHostnameMismatch, ProbeOutcome::TlsError }; }
    Finding* report(const Facts& facts, const ProbeRun& run, const ProbeResult& r, FindingSink& out) const override
    {
        const bool mismatch = r.outcome == ProbeOutcome::TlsHostnameMismatch;
        const QString message = u"%1: %2 (%3). go refuses the connection the same way. Requested %4 %5."_s.arg(
            network::whoText(r),
            mismatch ? u"the certificate does not name the host %1 (\"x509: certificate is valid for ..., not ...\"); "
                       "a middlebox or a wrong DNS answer serves another site"_s.arg(r.host)
                     : u"the TLS handshake fails"_s,
            r.errorString, r.url, network::routeText(r));
        Finding& f = network::reportProbe(out, facts, run, r, message, network::netscore::kUnreachable);
        f.fix = network::fixForProbe(facts, run, r,
            u"Use the host name the certificate is issued for, or have the certificate renewed; check what the "
            "name resolves to."_s);
        return &f;
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkTlsFailure()
{
    return std::make_unique<NetworkTlsFailure>();
}

} // namespace gmd::rules
