// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace gmd {

/// Go's net/http ProxyFromEnvironment (golang.org/x/net/http/httpproxy), spec NET-3.
struct HttpProxyConfig
{
    QString httpsProxy;        ///< HTTPS_PROXY, else https_proxy (first non-empty)
    QString httpsProxyVar;     ///< which variable it came from ("HTTPS_PROXY"/"https_proxy"), empty if none
    QString httpProxy;         ///< HTTP_PROXY, else http_proxy
    QString httpProxyVar;
    QString noProxy;           ///< NO_PROXY, else no_proxy
    QString noProxyVar;
    bool cgi = false;          ///< REQUEST_METHOD is set: HTTP_PROXY is ignored for http URLs

    /// Reads the variables through `lookup` (returns the value of a variable, empty if unset).
    static HttpProxyConfig fromLookup(const std::function<QString(const QString&)>& lookup);
};

/// The proxy Go would use for one request URL, and why.
struct HttpProxyChoice
{
    QUrl proxy;        ///< empty: the request goes out directly
    QString variable;  ///< the variable that supplied the proxy ("HTTPS_PROXY"), or empty
    /// Human-readable reason: "HTTPS_PROXY applies to https URLs", "host matches NO_PROXY entry
    /// '.corp.com'", "loopback addresses are never proxied", "HTTPS_PROXY value 'x' cannot be
    /// parsed and is ignored", "no proxy variable set".
    QString reason;
    bool ignoredUnparsable = false; ///< a proxy variable was set but silently ignored
};

/// Decides per NET-3: scheme-specific variable, no scheme → "http://", unparsable → ignored,
/// localhost/loopback never proxied, NO_PROXY matching (*, CIDR, IP, host + subdomains,
/// .host / *.host subdomains only, :port).
HttpProxyChoice httpProxyForUrl(const HttpProxyConfig& config, const QUrl& requestUrl);

/// True when NO_PROXY (`noProxy`) excludes host[:port] (exposed for tests and evidence).
bool noProxyMatches(const QString& noProxy, const QString& host, int port, QString* matchedEntry = nullptr);

} // namespace gmd
