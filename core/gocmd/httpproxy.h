// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace gmd {

/// Go's net/http ProxyFromEnvironment (golang.org/x/net/http/httpproxy), spec NET-3.
struct HttpProxyConfig
{
    QString httpsProxy; ///< HTTPS_PROXY, else https_proxy (first non-empty)
    QString httpsProxyVar; ///< which variable it came from ("HTTPS_PROXY"/"https_proxy"), empty if none
    QString httpProxy; ///< HTTP_PROXY, else http_proxy
    QString httpProxyVar;
    QString noProxy; ///< NO_PROXY, else no_proxy
    QString noProxyVar;
    bool cgi = false; ///< REQUEST_METHOD is set: HTTP_PROXY is refused for http URLs

    /// Reads the variables through `lookup` (returns the value of a variable, empty if unset).
    static HttpProxyConfig fromLookup(const std::function<QString(const QString&)>& lookup);
};

/// How Go reads one proxy variable's value (httpproxy's parseProxy).
struct ParsedProxyValue
{
    bool set = false; ///< the value is not empty
    bool usable = false; ///< Go got a URL out of it (possibly after prepending "http://")
    QString effective; ///< the text Go parsed: the value, or "http://" + value
    bool addedScheme = false; ///< "http://" was prepended (no or unsupported scheme)
    QString scheme; ///< of the effective URL ("http", "https", "socks5", or something Go cannot dial)
    QString hostname; ///< url.Hostname()
    QString port; ///< url.Port(), empty when absent
    /// The URL Go ends up with has no scheme Transport supports or no host (e.g. "a b" parses as
    /// a relative path): requests then fail with "proxyconnect tcp: ..." instead of going direct.
    bool broken = false;
    QString error; ///< url.Parse's error when !usable (the value is ignored)
};

/// Parses a proxy variable value as httpproxy does: a URL with scheme http, https or socks5 is
/// taken as is; anything else is retried with "http://" prepended; if both fail the value is
/// silently ignored.
ParsedProxyValue parseProxyValue(const QString& value);

/// The proxy Go would use for one request URL, and why.
struct HttpProxyChoice
{
    QUrl proxy; ///< empty: the request goes out directly (or fails, see `error`)
    QString proxyText; ///< the proxy URL text Go uses (ParsedProxyValue::effective); empty if none
    QString variable; ///< the variable that supplied the proxy ("HTTPS_PROXY"), or empty
    /// Human-readable reason: "HTTPS_PROXY applies to https URLs", "host matches NO_PROXY entry
    /// '.corp.com'", "loopback addresses are never proxied", "HTTPS_PROXY value 'x' cannot be
    /// parsed and is ignored", "no proxy variable set".
    QString reason;
    bool ignoredUnparsable = false; ///< a proxy variable was set but silently ignored
    bool brokenProxy = false; ///< the proxy URL Go uses cannot work (ParsedProxyValue::broken)
    QString noProxyEntry; ///< the NO_PROXY entry that matched, if any
    /// Go's error, which fails the request: "refusing to use HTTP_PROXY value in CGI environment;
    /// see golang.org/s/cgihttpproxy". Empty otherwise.
    QString error;

    bool isDirect() const { return proxyText.isEmpty() && error.isEmpty(); }
};

/// Decides per NET-3: scheme-specific variable, no scheme → "http://", unparsable → ignored,
/// localhost/loopback never proxied, NO_PROXY matching (*, CIDR, IP, host + subdomains,
/// .host / *.host subdomains only, :port). Only http and https URLs are ever proxied.
HttpProxyChoice httpProxyForUrl(const HttpProxyConfig& config, const QUrl& requestUrl);

/// True when NO_PROXY (`noProxy`) excludes host[:port] (exposed for tests and evidence). `port`
/// <= 0 means the request has no port. The localhost/loopback rule is not applied here.
/// `matchedEntry` receives the entry, trimmed and lower-cased as Go keeps it ("*" for all).
bool noProxyMatches(const QString& noProxy, const QString& host, int port, QString* matchedEntry = nullptr);

} // namespace gmd
