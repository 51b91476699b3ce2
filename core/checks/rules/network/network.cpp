// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makeNetworkDnsFailure();
std::unique_ptr<Check> makeNetworkConnectionRefused();
std::unique_ptr<Check> makeNetworkConnectTimeout();
std::unique_ptr<Check> makeNetworkProxyUnreachable();
std::unique_ptr<Check> makeNetworkProxyAuthRequired();
std::unique_ptr<Check> makeNetworkTlsUnknownAuthority();
std::unique_ptr<Check> makeNetworkTlsFailure();
std::unique_ptr<Check> makeNetworkNotFound();
std::unique_ptr<Check> makeNetworkAccessDenied();
std::unique_ptr<Check> makeNetworkServerError();
std::unique_ptr<Check> makeNetworkSilentServer();
std::unique_ptr<Check> makeNetworkSlow();
std::unique_ptr<Check> makeProxyRankingRecommendation();
std::unique_ptr<Check> makeNetworkUnexpectedAnswer();

void addNetworkChecks(CheckList& out)
{
    out.push_back(makeNetworkDnsFailure());
    out.push_back(makeNetworkConnectionRefused());
    out.push_back(makeNetworkConnectTimeout());
    out.push_back(makeNetworkProxyUnreachable());
    out.push_back(makeNetworkProxyAuthRequired());
    out.push_back(makeNetworkTlsUnknownAuthority());
    out.push_back(makeNetworkTlsFailure());
    out.push_back(makeNetworkNotFound());
    out.push_back(makeNetworkAccessDenied());
    out.push_back(makeNetworkServerError());
    out.push_back(makeNetworkSilentServer());
    out.push_back(makeNetworkSlow());
    out.push_back(makeProxyRankingRecommendation());
    out.push_back(makeNetworkUnexpectedAnswer());
}

} // namespace gmd::rules
