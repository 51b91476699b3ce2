// SPDX-License-Identifier: MIT
// Values of the network probes (issue 4 section 1): what is probed, how, and what came back.
#pragma once

#include "gocmd/httpproxy.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace gmd {

class HostResolver;

/// The stages of one probe, in the order they complete.
enum class ProbeStage {
    Dns, ///< name resolved (or skipped: IP literal, localhost, HTTP/SOCKS5 proxy resolves it)
    Connect, ///< TCP connected, to the target or to the HTTP/SOCKS5 proxy
    ProxyTunnel, ///< the HTTP proxy answered 200 to CONNECT
    Tls, ///< TLS handshake done and verified
    Request, ///< the HTTP request was written
    FirstByte, ///< the first byte of the response arrived
    Headers, ///< the response head is complete
    Body, ///< the body is complete (or the size cap was reached)
    Total, ///< the probe ended, whatever the outcome
};

/// The classification of one probe (issue 4 section 1, item 2).
enum class ProbeOutcome {
    NotRun, ///< never started
    Ok, ///< the expected answer, within the slow threshold
    Slow, ///< the expected answer, slower than ProbeOptions::slowThresholdMs (H16)
    NotProbed, ///< cannot be probed over the network (https:// HTTP proxy, file:// proxy)
    ConfigError, ///< no request possible: bad URL, credentials over http (NET-4), CGI (NET-3)
    DnsNotFound, ///< NXDOMAIN: "no such host"
    DnsTimeout, ///< the resolver did not answer in time (or gave a temporary failure)
    ConnectionRefused, ///< TCP RST: nothing listens
    ConnectTimeout, ///< no SYN-ACK within the connect timeout: a black hole (H2)
    NetworkError, ///< other socket errors: reset, unreachable, EOF before the response
    ProxyConnectFailed, ///< the HTTP/SOCKS5 proxy itself cannot be reached ("proxyconnect tcp")
    ProxyAuthRequired, ///< 407 from the HTTP proxy (H3)
    ProxyError, ///< the proxy refused the tunnel (non-200 CONNECT) or its URL cannot work
    TlsUnknownAuthority, ///< self-signed / unknown issuer: likely TLS interception (H3, NET-6)
    TlsHostnameMismatch, ///< the certificate does not name the host
    TlsError, ///< other TLS failures: expired, handshake failure, handshake timeout
    HttpNotFound, ///< 404/410: notfound, go tries the next GOPROXY entry (PROXY-8)
    HttpDenied, ///< 401/403: stops a ',' list (H15)
    HttpServerError, ///< 5xx
    HttpOtherStatus, ///< any other status (including a 3xx that is not followed)
    RedirectRefused, ///< https→http redirect or more than 10 redirects (PROTO-3)
    Silent, ///< connected and request sent, no first byte within the response timeout (H1)
    BodyStalled, ///< headers (or part of them) then silence (H2)
    InvalidResponse, ///< 200 with a payload go rejects: HTML portal instead of list/JSON (PROTO-4)
    Cancelled, ///< stopped by cancel()
};

/// What a planned probe asks for.
enum class ProbeKind {
    ProxyList, ///< <proxy>/<module>/@v/list
    ProxyInfo, ///< <proxy>/<module>/@v/<version>.info
    ProxyReachability, ///< DNS + TCP + TLS to a proxy when no module may be sent to it
    SumDbSupported, ///< <proxy>/sumdb/<name>/supported (SUMDB-3)
    SumDbDirect, ///< https://<name>/latest, or <GOSUMDB URL>/latest (SUMDB-2/4)
    PrivateHost, ///< DNS + TCP + TLS to <host>:443 of a privately fetched module
    Custom, ///< any URL (CLI, tests)
};

/// How the body of a 200 answer is validated.
enum class BodyCheck {
    None, ///< any 200 body
    VersionList, ///< plain text, one version per line (PROTO-4)
    InfoJson, ///< JSON object with a string "Version"
    Zip, ///< starts with PK\x03\x04
    SumDbLatest, ///< a signed tree head: "go.sum database tree" first
};

/// One planned probe.
struct ProbeTarget
{
    QString id; ///< unique in its plan ("goproxy-1-list", "sumdb-direct")
    ProbeKind kind = ProbeKind::Custom;
    QString url; ///< the URL to request; may carry user info: mask before showing
    bool connectOnly = false; ///< DNS + TCP (+ TLS for https) only: no HTTP request is sent
    bool verifyTls = true; ///< false for GOINSECURE direct hosts (NET-2: certificate checks off)
    BodyCheck check = BodyCheck::None;
    QString expectedVersion; ///< InfoJson: the canonical version asked for (PROTO-4)
    QString subjectVariable; ///< "GOPROXY", "GOSUMDB", "GONOPROXY", "GOPRIVATE"
    QString subject; ///< "GOPROXY entry 1 (https://proxy.golang.org)", "private host git.corp.com"
    int entryIndex = -1; ///< 1-based GOPROXY entry for proxy and /supported probes, else -1
    QString proxyBase; ///< the GOPROXY entry URL, masked, for proxy and /supported probes
    QString host; ///< PrivateHost: the host name
    QString why; ///< why the probe exists and what it sends
};

/// Everything probes of one environment (the host, or a Dockerfile stage) need.
struct ProbePlan
{
    QList<ProbeTarget> probes;
    HttpProxyConfig httpProxy; ///< HTTPS_PROXY/HTTP_PROXY/NO_PROXY of the environment (NET-3)
    QString sslCertFile; ///< SSL_CERT_FILE of the environment (NET-6)
    QString sslCertDir; ///< SSL_CERT_DIR
    QString sampleModule; ///< the module asked of proxies; empty when none may be sent
    QString sampleVersion;
    QString sampleReason; ///< why that module
    QStringList notes; ///< what is not probed and why
};

/// Timeouts, caps and planning choices.
struct ProbeOptions
{
    int dnsTimeoutMs = 3000;
    int connectTimeoutMs = 3000;
    int tlsTimeoutMs = 5000; ///< handshake (Go: 10 s)
    int responseTimeoutMs = 5000; ///< request sent → first byte, and between body chunks
    int totalTimeoutMs = 20000; ///< cap for the whole probe, redirects included
    int slowThresholdMs = 2000; ///< an OK answer slower than this is Slow
    qint64 maxBodyBytes = 1024 * 1024;
    int maxRedirects = 10; ///< like Go's http.Client
    QByteArray userAgent = "Go-http-client/1.1";
    /// Planning: the module asked of proxies when the project has no public requirement.
    QString fallbackModule = QStringLiteral("golang.org/x/text");
    QString fallbackVersion = QStringLiteral("v0.14.0");
    bool probeInfo = true; ///< also ask for .info besides @v/list
    bool probeSumDb = true;
    bool probePrivateHosts = true;
    /// Name resolution; null means QHostInfo (tests substitute a table).
    std::shared_ptr<HostResolver> resolver;
};

/// When a stage completed, in ms since the probe started.
struct ProbeStageTime
{
    ProbeStage stage = ProbeStage::Total;
    qint64 elapsedMs = 0;
};

/// The outcome of one probe, with evidence. Every text in it is masked.
struct ProbeResult
{
    QString id;
    ProbeKind kind = ProbeKind::Custom;
    QString url; ///< requested URL, masked
    QString finalUrl; ///< after redirects, masked
    QStringList redirects; ///< "302 → https://…" per hop, masked
    ProbeOutcome outcome = ProbeOutcome::NotRun;
    /// Who is to blame: the planned subject, or the proxy variable ("HTTPS_PROXY") when the
    /// failure is in reaching the proxy or in its tunnel.
    QString subject;
    QString subjectVariable;
    QString targetSubject; ///< the planned subject, always
    int entryIndex = -1;
    QString proxyBase;
    QString host;
    QString summary; ///< one line
    QStringList evidence; ///< masked lines: addresses, proxy, status, certificate chain ...
    QList<ProbeStageTime> stages;
    qint64 startedAtMs = 0; ///< wall clock (ms since the epoch) when the probe started
    qint64 totalMs = 0;
    bool dnsSkipped = false;
    QStringList ipv4; ///< addresses DNS gave, by family
    QStringList ipv6;
    QString connectedAddress; ///< "127.0.0.1:443": the address connected to (target or proxy)
    QString proxyUsed; ///< masked proxy URL, empty when direct
    QString proxyVariable; ///< "HTTPS_PROXY", empty when direct
    QString proxyReason; ///< HttpProxyChoice::reason
    int httpStatus = 0;
    QString statusLine; ///< "HTTP/1.1 404 Not Found"
    QString contentType;
    QString location; ///< Location of the last redirect answer, masked
    qint64 bodyBytes = 0;
    bool bodyTruncated = false; ///< the size cap was reached
    QString bodyExcerpt; ///< short, masked, control characters shown
    QString tlsProtocol; ///< "TLSv1.3"
    QStringList tlsChain; ///< peer chain, leaf first: "subject …; issuer …"
    QString errorString; ///< the low-level error text, masked

    bool isSuccess() const { return outcome == ProbeOutcome::Ok || outcome == ProbeOutcome::Slow; }
    bool isNotFound() const { return outcome == ProbeOutcome::HttpNotFound; }
    /// go would block for ever here: no timeout covers it (NET-1, PROXY-11).
    bool isHang() const { return outcome == ProbeOutcome::Silent || outcome == ProbeOutcome::BodyStalled; }
    /// ms since start when `stage` completed (the last time, across redirects); -1 if never.
    qint64 stageMs(ProbeStage stage) const;
};

/// Stable lower-case key ("connection-refused") for JSON and tests.
QString probeOutcomeKey(ProbeOutcome outcome);
/// Short human-readable name ("connection refused").
QString probeOutcomeName(ProbeOutcome outcome);
/// "dns", "connect", "proxy-tunnel", "tls", "request", "first-byte", "headers", "body", "total".
QString probeStageKey(ProbeStage stage);
/// "proxy-list", "proxy-info", "proxy-reachability", "sumdb-supported", "sumdb-direct", "private-host", "custom".
QString probeKindKey(ProbeKind kind);

} // namespace gmd

Q_DECLARE_METATYPE(gmd::ProbeResult)
Q_DECLARE_METATYPE(gmd::ProbeStage)
