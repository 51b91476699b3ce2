// SPDX-License-Identifier: MIT
#include "probetypes.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

qint64 ProbeResult::stageMs(ProbeStage stage) const
{
    for (qsizetype i = stages.size() - 1; i >= 0; --i) {
        if (stages.at(i).stage == stage)
            return stages.at(i).elapsedMs;
    }
    return -1;
}

QString probeOutcomeKey(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::NotRun:
        return u"not-run"_s;
    case ProbeOutcome::Ok:
        return u"ok"_s;
    case ProbeOutcome::Slow:
        return u"slow"_s;
    case ProbeOutcome::NotProbed:
        return u"not-probed"_s;
    case ProbeOutcome::ConfigError:
        return u"config-error"_s;
    case ProbeOutcome::DnsNotFound:
        return u"dns-not-found"_s;
    case ProbeOutcome::DnsTimeout:
        return u"dns-timeout"_s;
    case ProbeOutcome::ConnectionRefused:
        return u"connection-refused"_s;
    case ProbeOutcome::ConnectTimeout:
        return u"connect-timeout"_s;
    case ProbeOutcome::NetworkError:
        return u"network-error"_s;
    case ProbeOutcome::ProxyConnectFailed:
        return u"proxy-connect-failed"_s;
    case ProbeOutcome::ProxyAuthRequired:
        return u"proxy-auth-required"_s;
    case ProbeOutcome::ProxyError:
        return u"proxy-error"_s;
    case ProbeOutcome::TlsUnknownAuthority:
        return u"tls-unknown-authority"_s;
    case ProbeOutcome::TlsHostnameMismatch:
        return u"tls-hostname-mismatch"_s;
    case ProbeOutcome::TlsError:
        return u"tls-error"_s;
    case ProbeOutcome::HttpNotFound:
        return u"http-not-found"_s;
    case ProbeOutcome::HttpDenied:
        return u"http-denied"_s;
    case ProbeOutcome::HttpServerError:
        return u"http-server-error"_s;
    case ProbeOutcome::HttpOtherStatus:
        return u"http-other-status"_s;
    case ProbeOutcome::RedirectRefused:
        return u"redirect-refused"_s;
    case ProbeOutcome::Silent:
        return u"silent"_s;
    case ProbeOutcome::BodyStalled:
        return u"body-stalled"_s;
    case ProbeOutcome::InvalidResponse:
        return u"invalid-response"_s;
    case ProbeOutcome::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

QString probeOutcomeName(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::NotRun:
        return u"not run"_s;
    case ProbeOutcome::Ok:
        return u"OK"_s;
    case ProbeOutcome::Slow:
        return u"slow"_s;
    case ProbeOutcome::NotProbed:
        return u"not probed"_s;
    case ProbeOutcome::ConfigError:
        return u"configuration error"_s;
    case ProbeOutcome::DnsNotFound:
        return u"DNS: no such host"_s;
    case ProbeOutcome::DnsTimeout:
        return u"DNS timeout"_s;
    case ProbeOutcome::ConnectionRefused:
        return u"connection refused"_s;
    case ProbeOutcome::ConnectTimeout:
        return u"connect timeout"_s;
    case ProbeOutcome::NetworkError:
        return u"network error"_s;
    case ProbeOutcome::ProxyConnectFailed:
        return u"HTTP proxy unreachable"_s;
    case ProbeOutcome::ProxyAuthRequired:
        return u"proxy authentication required"_s;
    case ProbeOutcome::ProxyError:
        return u"HTTP proxy error"_s;
    case ProbeOutcome::TlsUnknownAuthority:
        return u"certificate signed by unknown authority"_s;
    case ProbeOutcome::TlsHostnameMismatch:
        return u"certificate host name mismatch"_s;
    case ProbeOutcome::TlsError:
        return u"TLS error"_s;
    case ProbeOutcome::HttpNotFound:
        return u"not found"_s;
    case ProbeOutcome::HttpDenied:
        return u"access denied"_s;
    case ProbeOutcome::HttpServerError:
        return u"server error"_s;
    case ProbeOutcome::HttpOtherStatus:
        return u"unexpected status"_s;
    case ProbeOutcome::RedirectRefused:
        return u"redirect refused"_s;
    case ProbeOutcome::Silent:
        return u"silent"_s;
    case ProbeOutcome::BodyStalled:
        return u"body stalled"_s;
    case ProbeOutcome::InvalidResponse:
        return u"invalid response"_s;
    case ProbeOutcome::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

QString probeStageKey(ProbeStage stage)
{
    switch (stage) {
    case ProbeStage::Dns:
        return u"dns"_s;
    case ProbeStage::Connect:
        return u"connect"_s;
    case ProbeStage::ProxyTunnel:
        return u"proxy-tunnel"_s;
    case ProbeStage::Tls:
        return u"tls"_s;
    case ProbeStage::Request:
        return u"request"_s;
    case ProbeStage::FirstByte:
        return u"first-byte"_s;
    case ProbeStage::Headers:
        return u"headers"_s;
    case ProbeStage::Body:
        return u"body"_s;
    case ProbeStage::Total:
        return u"total"_s;
    }
    return u"unknown"_s;
}

QString probeKindKey(ProbeKind kind)
{
    switch (kind) {
    case ProbeKind::ProxyList:
        return u"proxy-list"_s;
    case ProbeKind::ProxyInfo:
        return u"proxy-info"_s;
    case ProbeKind::ProxyReachability:
        return u"proxy-reachability"_s;
    case ProbeKind::SumDbSupported:
        return u"sumdb-supported"_s;
    case ProbeKind::SumDbDirect:
        return u"sumdb-direct"_s;
    case ProbeKind::PrivateHost:
        return u"private-host"_s;
    case ProbeKind::Custom:
        return u"custom"_s;
    }
    return u"unknown"_s;
}

} // namespace gmd
