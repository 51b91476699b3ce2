// SPDX-License-Identifier: MIT
// A re-statement of Go's net/url parsing rules (go1.24.4) over UTF-8 bytes.
#include "common/go/url.h"

#include "common/go/hex_p.h"
#include "common/go/strconv.h"
#include "common/go/utf8.h"

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace gmd::go {

namespace {

enum class Mode { Path, PathSegment, Host, Zone, UserPassword, QueryComponent, Fragment };

/// True when c is one of the characters of `set` (never for NUL).
bool isOneOf(char c, const char* set)
{
    return c != '\0' && std::strchr(set, c) != nullptr;
}

bool isHex(char c)
{
    return detail::unhex(uchar(c)) >= 0;
}

/// The value of a digit isHex() accepted.
int unhex(char c)
{
    return detail::unhex(uchar(c));
}

/// net/url's shouldEscape: which bytes a component must percent-encode.
bool shouldEscape(unsigned char c, Mode mode)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return false;
    // Hosts keep RFC 3986 sub-delims, ':' and "[]" for ports and IPv6, and "<>\"" (which
    // Parse rejects later if escaped, as hosts cannot %-encode ASCII).
    if ((mode == Mode::Host || mode == Mode::Zone) && isOneOf(char(c), "!$&'()*+,;=:[]<>\""))
        return false;
    if (isOneOf(char(c), "-_.~"))
        return false;
    if (isOneOf(char(c), "$&+,/:;=?@")) {
        switch (mode) {
        case Mode::Path:
            return c == '?';
        case Mode::PathSegment:
            return c == '/' || c == ';' || c == ',' || c == '?';
        case Mode::UserPassword:
            return c == '@' || c == '/' || c == '?' || c == ':';
        case Mode::QueryComponent:
            return true;
        case Mode::Fragment:
            return false;
        default:
            break;
        }
    }
    if (mode == Mode::Fragment && isOneOf(char(c), "!()*"))
        return false;
    return true;
}

QString escapeError(const QByteArray& s)
{
    return u"invalid URL escape "_s + quote(s);
}

/// net/url's unescape. Sets `error` (the inner reason) and returns {} on failure.
QByteArray unescape(const QByteArray& s, Mode mode, QString* error)
{
    for (qsizetype i = 0; i < s.size();) {
        const char c = s.at(i);
        if (c == '%') {
            if (i + 2 >= s.size() || !isHex(s.at(i + 1)) || !isHex(s.at(i + 2))) {
                *error = escapeError(s.mid(i, 3));
                return {};
            }
            // In a host, %-encoding may only stand for non-ASCII bytes, except %25 (RFC 6874).
            const QByteArray triple = s.mid(i, 3);
            if (mode == Mode::Host && unhex(s.at(i + 1)) < 8 && triple != "%25") {
                *error = escapeError(triple);
                return {};
            }
            if (mode == Mode::Zone) {
                const auto v = static_cast<unsigned char>(unhex(s.at(i + 1)) << 4 | unhex(s.at(i + 2)));
                if (triple != "%25" && v != ' ' && shouldEscape(v, Mode::Host)) {
                    *error = escapeError(triple);
                    return {};
                }
            }
            i += 3;
            continue;
        }
        const auto b = static_cast<unsigned char>(c);
        if ((mode == Mode::Host || mode == Mode::Zone) && b < 0x80 && shouldEscape(b, mode)) {
            *error = u"invalid character "_s + quote(s.mid(i, 1)) + u" in host name"_s;
            return {};
        }
        ++i;
    }
    QByteArray out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s.at(i);
        if (c == '%') {
            out += char(unhex(s.at(i + 1)) << 4 | unhex(s.at(i + 2)));
            i += 2;
        } else if (c == '+' && mode == Mode::QueryComponent) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray escape(const QByteArray& s, Mode mode)
{
    static const char kUpperHex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(s.size());
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b == ' ' && mode == Mode::QueryComponent) {
            out += '+';
        } else if (shouldEscape(b, mode)) {
            out += '%';
            out += kUpperHex[b >> 4];
            out += kUpperHex[b & 15];
        } else {
            out += c;
        }
    }
    return out;
}

bool validEncoded(const QByteArray& s, Mode mode)
{
    // pchar = unreserved / pct-encoded / sub-delims / ":" / "@"; "[]" are left alone by browsers.
    for (const char c : s) {
        if (!isOneOf(c, "!$&'()*+,;=:@[]%") && shouldEscape(static_cast<unsigned char>(c), mode))
            return false;
    }
    return true;
}

bool validOptionalPort(const QByteArray& port)
{
    if (port.isEmpty())
        return true;
    if (port.at(0) != ':')
        return false;
    for (qsizetype i = 1; i < port.size(); ++i) {
        if (port.at(i) < '0' || port.at(i) > '9')
            return false;
    }
    return true;
}

bool validUserinfo(const QByteArray& s)
{
    // Go ranges over runes; every non-ASCII rune is rejected, so checking bytes is equivalent.
    for (const char c : s) {
        const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && !isOneOf(c, "-._:~!$&'()*+,;=%@"))
            return false;
    }
    return true;
}

QByteArray parseHost(const QByteArray& host, QString* error)
{
    if (host.startsWith('[')) {
        const qsizetype i = host.lastIndexOf(']');
        if (i < 0) {
            *error = u"missing ']' in host"_s;
            return {};
        }
        const QByteArray colonPort = host.mid(i + 1);
        if (!validOptionalPort(colonPort)) {
            *error = u"invalid port "_s + quote(colonPort) + u" after host"_s;
            return {};
        }
        const qsizetype zone = host.left(i).indexOf("%25");
        if (zone >= 0) {
            const QByteArray h1 = unescape(host.left(zone), Mode::Host, error);
            if (!error->isEmpty())
                return {};
            const QByteArray h2 = unescape(host.mid(zone, i - zone), Mode::Zone, error);
            if (!error->isEmpty())
                return {};
            const QByteArray h3 = unescape(host.mid(i), Mode::Host, error);
            if (!error->isEmpty())
                return {};
            return h1 + h2 + h3;
        }
    } else if (const qsizetype i = host.lastIndexOf(':'); i >= 0) {
        const QByteArray colonPort = host.mid(i);
        if (!validOptionalPort(colonPort)) {
            *error = u"invalid port "_s + quote(colonPort) + u" after host"_s;
            return {};
        }
    }
    return unescape(host, Mode::Host, error);
}

bool parseAuthority(const QByteArray& authority, Url& url, QString* error)
{
    const qsizetype at = authority.lastIndexOf('@');
    url.host = parseHost(at < 0 ? authority : authority.mid(at + 1), error);
    if (!error->isEmpty())
        return false;
    if (at < 0)
        return true;
    const QByteArray userinfo = authority.left(at);
    if (!validUserinfo(userinfo)) {
        *error = u"net/url: invalid userinfo"_s;
        return false;
    }
    Userinfo ui;
    const qsizetype colon = userinfo.indexOf(':');
    ui.username = unescape(colon < 0 ? userinfo : userinfo.left(colon), Mode::UserPassword, error);
    if (!error->isEmpty())
        return false;
    if (colon >= 0) {
        ui.password = unescape(userinfo.mid(colon + 1), Mode::UserPassword, error);
        if (!error->isEmpty())
            return false;
        ui.passwordSet = true;
    }
    url.user = ui;
    return true;
}

bool containsCtlByte(const QByteArray& s)
{
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b < ' ' || b == 0x7F)
            return true;
    }
    return false;
}

/// net/url's parse(rawURL, viaRequest=false). Returns the inner reason on failure.
QString parseWithoutFragment(const QByteArray& raw, Url& url)
{
    if (containsCtlByte(raw))
        return u"net/url: invalid control character in URL"_s;
    if (raw == "*") {
        url.path = "*";
        return {};
    }
    // getScheme: [a-zA-Z][a-zA-Z0-9+.-]* followed by ':'.
    QByteArray rest = raw;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            continue;
        if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
            if (i == 0)
                break;
            continue;
        }
        if (c == ':') {
            if (i == 0)
                return u"missing protocol scheme"_s;
            url.scheme = raw.left(i).toLower();
            rest = raw.mid(i + 1);
        }
        break;
    }
    if (rest.endsWith('?') && rest.count('?') == 1) {
        url.forceQuery = true;
        rest.chop(1);
    } else if (const qsizetype q = rest.indexOf('?'); q >= 0) {
        url.rawQuery = rest.mid(q + 1);
        rest.truncate(q);
    }
    if (!rest.startsWith('/')) {
        if (!url.scheme.isEmpty()) {
            url.opaque = rest; // rootless paths are opaque (RFC 3986)
            return {};
        }
        const qsizetype slash = rest.indexOf('/');
        if ((slash < 0 ? rest : rest.left(slash)).contains(':'))
            return u"first path segment in URL cannot contain colon"_s;
    }
    QString error;
    if ((!url.scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
        QByteArray authority = rest.mid(2);
        rest.clear();
        if (const qsizetype i = authority.indexOf('/'); i >= 0) {
            rest = authority.mid(i);
            authority.truncate(i);
        }
        if (!parseAuthority(authority, url, &error))
            return error;
    } else if (!url.scheme.isEmpty() && rest.startsWith('/')) {
        url.omitHost = true; // golang.org/issue/46059
    }
    url.path = unescape(rest, Mode::Path, &error);
    if (!error.isEmpty())
        return error;
    url.rawPath = escape(url.path, Mode::Path) == rest ? QByteArray() : rest;
    return {};
}

QString goBool(bool b)
{
    return b ? u"true"_s : u"false"_s;
}

} // namespace

QByteArray Url::escapedPath() const
{
    if (!rawPath.isEmpty() && validEncoded(rawPath, Mode::Path)) {
        QString error;
        const QByteArray p = unescape(rawPath, Mode::Path, &error);
        if (error.isEmpty() && p == path)
            return rawPath;
    }
    if (path == "*")
        return path;
    return escape(path, Mode::Path);
}

namespace {

/// url's splitHostPort (lenient, unlike net.SplitHostPort): a valid ":digits" suffix is the
/// port, and brackets around what remains are dropped.
void urlSplitHostPort(const QByteArray& hostPort, QByteArray* host, QByteArray* port)
{
    *host = hostPort;
    port->clear();
    const qsizetype colon = hostPort.lastIndexOf(':');
    if (colon >= 0 && validOptionalPort(hostPort.mid(colon))) {
        *host = hostPort.left(colon);
        *port = hostPort.mid(colon + 1);
    }
    if (host->startsWith('[') && host->endsWith(']'))
        *host = host->mid(1, host->size() - 2);
}

} // namespace

QByteArray Url::hostname() const
{
    QByteArray h, p;
    urlSplitHostPort(host, &h, &p);
    return h;
}

QByteArray Url::port() const
{
    QByteArray h, p;
    urlSplitHostPort(host, &h, &p);
    return p;
}

QByteArray Url::toString() const
{
    QByteArray buf;
    if (!scheme.isEmpty())
        buf += scheme + ':';
    if (!opaque.isEmpty()) {
        buf += opaque;
    } else {
        if (!scheme.isEmpty() || !host.isEmpty() || user) {
            if (!(omitHost && host.isEmpty() && !user)) {
                if (!host.isEmpty() || !path.isEmpty() || user)
                    buf += "//";
                if (user) {
                    buf += escape(user->username, Mode::UserPassword);
                    if (user->passwordSet)
                        buf += ':' + escape(user->password, Mode::UserPassword);
                    buf += '@';
                }
                if (!host.isEmpty())
                    buf += escape(host, Mode::Host);
            }
        }
        const QByteArray p = escapedPath();
        if (!p.isEmpty() && p.at(0) != '/' && !host.isEmpty())
            buf += '/';
        if (buf.isEmpty()) {
            // RFC 3986 4.2: a first segment with a colon would read as a scheme.
            const qsizetype slash = p.indexOf('/');
            if ((slash < 0 ? p : p.left(slash)).contains(':'))
                buf += "./";
        }
        buf += p;
    }
    if (forceQuery || !rawQuery.isEmpty())
        buf += '?' + rawQuery;
    if (!fragment.isEmpty()) {
        buf += '#';
        QByteArray f = escape(fragment, Mode::Fragment);
        if (!rawFragment.isEmpty() && validEncoded(rawFragment, Mode::Fragment)) {
            QString error;
            if (unescape(rawFragment, Mode::Fragment, &error) == fragment && error.isEmpty())
                f = rawFragment;
        }
        buf += f;
    }
    return buf;
}

QByteArray Url::redacted() const
{
    Url copy = *this;
    if (copy.user && copy.user->passwordSet)
        copy.user->password = "xxxxx";
    return copy.toString();
}

QString Url::goStructDump() const
{
    const auto s = [](const QByteArray& b) { return fromUtf8(b); };
    // fmt prints the *Userinfo field through its String method: "" for nil, else "user[:password]".
    QByteArray userText;
    if (user) {
        userText = escape(user->username, Mode::UserPassword);
        if (user->passwordSet)
            userText += ':' + escape(user->password, Mode::UserPassword);
    }
    return u"{Scheme:"_s + s(scheme) + u" Opaque:"_s + s(opaque) + u" User:"_s + s(userText) + u" Host:"_s + s(host)
        + u" Path:"_s + s(path) + u" RawPath:"_s + s(rawPath) + u" OmitHost:"_s + goBool(omitHost) + u" ForceQuery:"_s
        + goBool(forceQuery) + u" RawQuery:"_s + s(rawQuery) + u" Fragment:"_s + s(fragment) + u" RawFragment:"_s
        + s(rawFragment) + u'}';
}

UrlParseResult parseUrl(const QByteArray& rawUrl)
{
    UrlParseResult r;
    const qsizetype hash = rawUrl.indexOf('#');
    const QByteArray u = hash < 0 ? rawUrl : rawUrl.left(hash);
    r.reason = parseWithoutFragment(u, r.url);
    if (!r.reason.isEmpty()) {
        r.url = Url();
        r.error = u"parse "_s + quote(u) + u": "_s + r.reason;
        return r;
    }
    if (hash < 0)
        return r;
    const QByteArray frag = rawUrl.mid(hash + 1);
    if (frag.isEmpty())
        return r;
    QString error;
    r.url.fragment = unescape(frag, Mode::Fragment, &error);
    if (!error.isEmpty()) {
        r.url = Url();
        r.reason = error;
        r.error = u"parse "_s + quote(rawUrl) + u": "_s + error;
        return r;
    }
    r.url.rawFragment = escape(r.url.fragment, Mode::Fragment) == frag ? QByteArray() : frag;
    return r;
}

} // namespace gmd::go
