// SPDX-License-Identifier: MIT
// The proxy decision of Go's net/http (golang.org/x/net/http/httpproxy: FromEnvironment,
// parseProxy, proxyForURL, useProxy, the NO_PROXY matchers), spec NET-3.
#include "gocmd/httpproxy.h"

#include "common/go/net.h"
#include "common/go/strings.h"
#include "common/go/url.h"
#include "common/go/utf8.h"
#include "common/secrets.h"

#include <QList>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

bool isAscii(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// httpproxy.idnaASCII: ASCII stays; otherwise IDNA lookup (QUrl's ACE conversion does the same
// UTS #46 mapping). Leading dots (".示例.com") are kept; on failure the text stays as it was.
QString idnaAscii(const QString& v)
{
    if (isAscii(v))
        return v;
    qsizetype dots = 0;
    while (dots < v.size() && v[dots] == u'.')
        ++dots;
    const QByteArray ace = QUrl::toAce(v.mid(dots));
    if (ace.isEmpty())
        return v;
    return v.left(dots) + QString::fromLatin1(ace);
}

struct Matcher
{
    enum Kind { Cidr, Ip, Domain } kind;
    QString entry; // as Go keeps it: trimmed, lower-cased
    go::IpNet net;
    go::Ip ip;
    QString host; // for Domain: always starts with '.'
    QString port;
    bool matchHost = false;
};

struct NoProxyList
{
    bool all = false;
    QList<Matcher> ipMatchers, domainMatchers;
};

// config.init's NO_PROXY part.
NoProxyList parseNoProxy(const QString& noProxy)
{
    NoProxyList list;
    const QStringList entries = noProxy.split(u',');
    for (const QString& raw : entries) {
        const QString p = go::toLower(go::trimSpace(raw)); // strings.ToLower(strings.TrimSpace(p))
        if (p.isEmpty())
            continue;
        if (p == u"*"_s) { // disables the proxy for everything; Go stops reading here
            list.all = true;
            return list;
        }
        if (const go::IpNet net = go::parseCidr(p); net.ok) {
            list.ipMatchers.append({ Matcher::Cidr, p, net, {}, {}, {}, false });
            continue;
        }
        QString phost, pport;
        if (go::splitHostPort(p, &phost, &pport)) {
            if (phost.isEmpty())
                continue; // ":1" and the like: malformed, ignored
            if (phost.startsWith(u'[') && phost.endsWith(u']'))
                phost = phost.mid(1, phost.size() - 2);
        } else {
            phost = p;
        }
        if (const go::Ip ip = go::parseIp(phost); ip.ok) {
            list.ipMatchers.append({ Matcher::Ip, p, {}, ip, {}, pport, false });
            continue;
        }
        if (phost.isEmpty())
            continue;
        // "*.host" is ".host"; a plain "host" also matches the host itself.
        if (phost.startsWith(u"*."_s))
            phost = phost.mid(1);
        bool matchHost = false;
        if (phost[0] != u'.') {
            matchHost = true;
            phost.prepend(u'.');
        }
        list.domainMatchers.append({ Matcher::Domain, p, {}, {}, idnaAscii(phost), pport, matchHost });
    }
    return list;
}

bool matches(const Matcher& m, const QString& host, const QString& port, const go::Ip& ip)
{
    switch (m.kind) {
    case Matcher::Cidr:
        return m.net.contains(ip);
    case Matcher::Ip:
        return m.ip.bytes == ip.bytes && (m.port.isEmpty() || m.port == port);
    case Matcher::Domain:
        if (host.endsWith(m.host) || (m.matchHost && host == m.host.mid(1)))
            return m.port.isEmpty() || m.port == port;
        return false;
    }
    return false;
}

bool supportedScheme(const QString& s)
{
    return s == u"http"_s || s == u"https"_s || s == u"socks5"_s;
}

QString orDefault(const QString& name, const QString& fallback)
{
    return name.isEmpty() ? fallback : name;
}

} // namespace

HttpProxyConfig HttpProxyConfig::fromLookup(const std::function<QString(const QString&)>& lookup)
{
    HttpProxyConfig c;
    // getEnvAny: the upper-case name first, the first non-empty value wins.
    auto any = [&lookup](const QString& upper, QString* value, QString* var) {
        for (const QString& name : { upper, upper.toLower() }) {
            const QString v = lookup ? lookup(name) : QString();
            if (!v.isEmpty()) {
                *value = v;
                *var = name;
                return;
            }
        }
    };
    any(u"HTTP_PROXY"_s, &c.httpProxy, &c.httpProxyVar);
    any(u"HTTPS_PROXY"_s, &c.httpsProxy, &c.httpsProxyVar);
    any(u"NO_PROXY"_s, &c.noProxy, &c.noProxyVar);
    c.cgi = lookup && !lookup(u"REQUEST_METHOD"_s).isEmpty();
    return c;
}

ParsedProxyValue parseProxyValue(const QString& value)
{
    ParsedProxyValue r;
    if (value.isEmpty())
        return r;
    r.set = true;
    go::UrlParseResult u = go::parseUrl(value.toUtf8());
    r.effective = value;
    if (!u.ok() || !supportedScheme(go::fromUtf8(u.url.scheme))) {
        // "proxy was bogus": retry as http://value, and keep the first result if that fails too.
        go::UrlParseResult retry = go::parseUrl(QString(u"http://"_s + value).toUtf8());
        if (retry.ok()) {
            u = std::move(retry);
            r.effective = u"http://"_s + value;
            r.addedScheme = true;
        }
    }
    if (!u.ok()) {
        r.error = u.error;
        r.effective.clear();
        return r;
    }
    r.usable = true;
    r.scheme = go::fromUtf8(u.url.scheme);
    r.hostname = go::fromUtf8(u.url.hostname());
    r.port = go::fromUtf8(u.url.port());
    // "a b" parses as a relative path, "socks5h://x" becomes http://socks5h://x: Go keeps such
    // URLs and its transport then fails to dial them.
    r.broken = !supportedScheme(r.scheme) || r.hostname.isEmpty() || (r.addedScheme && value.contains(u"://"_s));
    return r;
}

bool noProxyMatches(const QString& noProxy, const QString& host, int port, QString* matchedEntry)
{
    const NoProxyList list = parseNoProxy(noProxy);
    if (list.all) {
        if (matchedEntry)
            *matchedEntry = u"*"_s;
        return true;
    }
    const go::Ip ip = go::parseIp(host);
    const QString addr = go::toLower(go::trimSpace(idnaAscii(host)));
    const QString portText = port > 0 ? QString::number(port) : QString();
    auto first = [&](const QList<Matcher>& ms) {
        for (const Matcher& m : ms) {
            if (matches(m, addr, portText, ip)) {
                if (matchedEntry)
                    *matchedEntry = m.entry;
                return true;
            }
        }
        return false;
    };
    return (ip.ok && first(list.ipMatchers)) || first(list.domainMatchers);
}

HttpProxyChoice httpProxyForUrl(const HttpProxyConfig& config, const QUrl& requestUrl)
{
    HttpProxyChoice c;
    const QString scheme = requestUrl.scheme().toLower();
    QString value, var;
    if (scheme == u"https"_s) {
        value = config.httpsProxy;
        var = orDefault(config.httpsProxyVar, u"HTTPS_PROXY"_s);
    } else if (scheme == u"http"_s) {
        value = config.httpProxy;
        var = orDefault(config.httpProxyVar, u"HTTP_PROXY"_s);
    } else {
        c.reason = u"only http and https requests use a proxy, not %1"_s.arg(scheme.isEmpty() ? u"this URL"_s : scheme);
        return c;
    }
    const ParsedProxyValue parsed = parseProxyValue(value);
    if (!parsed.set) {
        c.reason = scheme == u"https"_s ? u"neither HTTPS_PROXY nor https_proxy is set"_s
                                        : u"neither HTTP_PROXY nor http_proxy is set"_s;
        return c;
    }
    if (!parsed.usable) {
        c.ignoredUnparsable = true;
        // Reasons are shown to users: values may carry credentials (user:password@proxy).
        c.reason = u"%1 value '%2' cannot be parsed and is ignored (%3), so the request goes out directly"_s.arg(
            var, maskSecrets(value), maskSecrets(parsed.error));
        return c;
    }
    if (scheme == u"http"_s && config.cgi) {
        // Issue 16405: in a CGI handler HTTP_PROXY may come from a request header.
        c.error = u"refusing to use HTTP_PROXY value in CGI environment; see golang.org/s/cgihttpproxy"_s;
        c.reason = u"REQUEST_METHOD is set (CGI), so Go refuses %1 and the request fails"_s.arg(var);
        return c;
    }
    // canonicalAddr: the host (IDNA ASCII) and the port, defaulting by scheme.
    const QString host = requestUrl.host(QUrl::FullyEncoded);
    const int port = requestUrl.port(scheme == u"https"_s ? 443 : 80);
    if (host == u"localhost"_s) {
        c.reason = u"localhost is never proxied"_s;
        return c;
    }
    if (go::parseIp(host).isLoopback()) {
        c.reason = u"loopback addresses are never proxied"_s;
        return c;
    }
    QString entry;
    if (noProxyMatches(config.noProxy, host, port, &entry)) {
        c.noProxyEntry = entry;
        c.reason = u"host matches %1 entry '%2'"_s.arg(orDefault(config.noProxyVar, u"NO_PROXY"_s), entry);
        return c;
    }
    c.proxyText = parsed.effective;
    c.proxy = QUrl(parsed.effective, QUrl::TolerantMode);
    c.variable = var;
    c.brokenProxy = parsed.broken;
    c.reason = u"%1 applies to %2 URLs"_s.arg(var, scheme);
    if (parsed.addedScheme)
        c.reason += u" (no usable scheme in the value, so Go uses %1)"_s.arg(maskSecrets(parsed.effective));
    if (parsed.broken)
        c.reason += u"; that proxy URL has no usable scheme or host, so the request fails with a proxyconnect error"_s;
    return c;
}

} // namespace gmd
