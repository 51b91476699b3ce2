// SPDX-License-Identifier: MIT
// Go's net/url Parse, reimplemented on UTF-8 bytes
// (Go strings are bytes) for the proxy decision of httpproxy.cpp.
#include "gocmd/gonet.h"

#include "gocmd/goquote.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace gmd::gocmd_detail {
namespace {

enum class Mode { Host, Zone, Path, UserPassword, Fragment };

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int unhex(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// url.shouldEscape, for the modes the parser validates with.
bool shouldEscape(char c, Mode mode)
{
    if (isAlnum(c))
        return false;
    if (mode == Mode::Host || mode == Mode::Zone) {
        switch (c) {
        case '!':
        case '$':
        case '&':
        case '\'':
        case '(':
        case ')':
        case '*':
        case '+':
        case ',':
        case ';':
        case '=':
        case ':':
        case '[':
        case ']':
        case '<':
        case '>':
        case '"':
            return false;
        default:
            break;
        }
    }
    switch (c) {
    case '-':
    case '_':
    case '.':
    case '~':
        return false;
    case '$':
    case '&':
    case '+':
    case ',':
    case '/':
    case ':':
    case ';':
    case '=':
    case '?':
    case '@':
        // Reserved characters: each component allows some of them unescaped.
        switch (mode) {
        case Mode::Path:
            return c == '?';
        case Mode::UserPassword:
            return c == '@' || c == '/' || c == '?' || c == ':';
        case Mode::Fragment:
            return false;
        default:
            return true;
        }
    default:
        break;
    }
    if (mode == Mode::Fragment && (c == '!' || c == '(' || c == ')' || c == '*'))
        return false;
    return true;
}

QString quoted(const QByteArray& b)
{
    return goQuote(QString::fromUtf8(b));
}

// url.unescape: validates %-escapes (and, for hosts, the characters) and decodes them.
bool unescape(const QByteArray& s, Mode mode, QByteArray* out, QString* error)
{
    QByteArray t;
    for (qsizetype i = 0; i < s.size();) {
        const char c = s[i];
        if (c == '%') {
            if (i + 2 >= s.size() || !isHex(s[i + 1]) || !isHex(s[i + 2])) {
                *error = u"invalid URL escape "_s + quoted(s.mid(i, 3));
                return false;
            }
            // RFC 3986: in a host, %-escapes are for non-ASCII bytes only (and %25 in zones).
            if (mode == Mode::Host && unhex(s[i + 1]) < 8 && s.mid(i, 3) != "%25") {
                *error = u"invalid URL escape "_s + quoted(s.mid(i, 3));
                return false;
            }
            const char v = char(unhex(s[i + 1]) << 4 | unhex(s[i + 2]));
            if (mode == Mode::Zone && s.mid(i, 3) != "%25" && v != ' ' && shouldEscape(v, Mode::Host)) {
                *error = u"invalid URL escape "_s + quoted(s.mid(i, 3));
                return false;
            }
            t += v;
            i += 3;
            continue;
        }
        if ((mode == Mode::Host || mode == Mode::Zone) && uchar(c) < 0x80 && shouldEscape(c, mode)) {
            *error = u"invalid character "_s + quoted(QByteArray(1, c)) + u" in host name"_s;
            return false;
        }
        t += c;
        ++i;
    }
    *out = t;
    return true;
}

bool validOptionalPort(const QByteArray& port)
{
    if (port.isEmpty())
        return true;
    if (port[0] != ':')
        return false;
    for (qsizetype i = 1; i < port.size(); ++i) {
        if (port[i] < '0' || port[i] > '9')
            return false;
    }
    return true;
}

bool parseHost(const QByteArray& host, QByteArray* out, QString* error)
{
    if (host.startsWith('[')) {
        const qsizetype i = host.lastIndexOf(']');
        if (i < 0) {
            *error = u"missing ']' in host"_s;
            return false;
        }
        const QByteArray colonPort = host.mid(i + 1);
        if (!validOptionalPort(colonPort)) {
            *error = u"invalid port "_s + quoted(colonPort) + u" after host"_s;
            return false;
        }
        // RFC 6874: "%25" introduces the zone, which has its own escaping rules.
        const qsizetype zone = host.left(i).indexOf("%25");
        if (zone >= 0) {
            QByteArray h1, h2, h3;
            if (!unescape(host.left(zone), Mode::Host, &h1, error)
                || !unescape(host.mid(zone, i - zone), Mode::Zone, &h2, error)
                || !unescape(host.mid(i), Mode::Host, &h3, error))
                return false;
            *out = h1 + h2 + h3;
            return true;
        }
    } else if (const qsizetype i = host.lastIndexOf(':'); i >= 0) {
        const QByteArray colonPort = host.mid(i);
        if (!validOptionalPort(colonPort)) {
            *error = u"invalid port "_s + quoted(colonPort) + u" after host"_s;
            return false;
        }
    }
    return unescape(host, Mode::Host, out, error);
}

bool validUserinfo(const QByteArray& s)
{
    for (const char c : s) {
        if (isAlnum(c)) // any other byte, non-ASCII included, makes the userinfo invalid
            continue;
        switch (c) {
        case '-':
        case '.':
        case '_':
        case ':':
        case '~':
        case '!':
        case '$':
        case '&':
        case '\'':
        case '(':
        case ')':
        case '*':
        case '+':
        case ',':
        case ';':
        case '=':
        case '%':
        case '@':
            continue;
        default:
            return false;
        }
    }
    return true;
}

// url.getScheme: returns false with an error for a leading ':'.
bool getScheme(const QByteArray& raw, QByteArray* scheme, QByteArray* rest, QString* error)
{
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            continue;
        if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
            if (i == 0)
                break;
            continue;
        }
        if (c == ':') {
            if (i == 0) {
                *error = u"missing protocol scheme"_s;
                return false;
            }
            *scheme = raw.left(i);
            *rest = raw.mid(i + 1);
            return true;
        }
        break; // an invalid character: no scheme
    }
    scheme->clear();
    *rest = raw;
    return true;
}

} // namespace

GoUrl goParseUrl(const QString& rawUrl)
{
    GoUrl u;
    const QByteArray full = rawUrl.toUtf8();
    const qsizetype hash = full.indexOf('#');
    const QByteArray raw = hash >= 0 ? full.left(hash) : full;
    QString err;
    auto fail = [&u](const QByteArray& what, const QString& e) {
        u.error = u"parse "_s + goQuote(QString::fromUtf8(what)) + u": "_s + e;
        return u;
    };
    for (const char c : raw) {
        if (uchar(c) < 0x20 || c == 0x7f)
            return fail(raw, u"net/url: invalid control character in URL"_s);
    }
    if (raw == "*") {
        u.ok = true;
        u.path = u"*"_s;
        return u;
    }
    QByteArray scheme, rest;
    if (!getScheme(raw, &scheme, &rest, &err))
        return fail(raw, err);
    u.scheme = QString::fromUtf8(scheme).toLower();
    if (rest.endsWith('?') && rest.count('?') == 1)
        rest.chop(1);
    else if (const qsizetype q = rest.indexOf('?'); q >= 0)
        rest.truncate(q);
    if (!rest.startsWith('/')) {
        if (!u.scheme.isEmpty()) { // a rootless path is opaque ("host:port" parses as scheme "host")
            u.opaque = QString::fromUtf8(rest);
            u.ok = true;
            return u;
        }
        const qsizetype slash = rest.indexOf('/');
        if ((slash >= 0 ? rest.left(slash) : rest).contains(':'))
            return fail(raw, u"first path segment in URL cannot contain colon"_s);
    }
    if ((!u.scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
        QByteArray authority = rest.mid(2);
        rest.clear();
        if (const qsizetype slash = authority.indexOf('/'); slash >= 0) {
            rest = authority.mid(slash);
            authority.truncate(slash);
        }
        const qsizetype at = authority.lastIndexOf('@');
        QByteArray host;
        if (!parseHost(at < 0 ? authority : authority.mid(at + 1), &host, &err))
            return fail(raw, err);
        if (at >= 0) {
            const QByteArray userinfo = authority.left(at);
            if (!validUserinfo(userinfo))
                return fail(raw, u"net/url: invalid userinfo"_s);
            QByteArray unused;
            const qsizetype colon = userinfo.indexOf(':');
            if (!unescape(colon < 0 ? userinfo : userinfo.left(colon), Mode::UserPassword, &unused, &err)
                || (colon >= 0 && !unescape(userinfo.mid(colon + 1), Mode::UserPassword, &unused, &err)))
                return fail(raw, err);
            u.hasUser = true;
            u.hasPassword = colon >= 0;
        }
        u.host = QString::fromUtf8(host);
    }
    QByteArray path;
    if (!unescape(rest, Mode::Path, &path, &err))
        return fail(raw, err);
    u.path = QString::fromUtf8(path);
    if (hash >= 0) {
        QByteArray fragment;
        if (!unescape(full.mid(hash + 1), Mode::Fragment, &fragment, &err))
            return fail(full, err);
    }
    u.ok = true;
    return u;
}

namespace {

// url's splitHostPort (lenient, unlike net.SplitHostPort): a valid ":digits" suffix is the port.
void urlSplitHostPort(const QString& hostPort, QString* host, QString* port)
{
    *host = hostPort;
    port->clear();
    const qsizetype colon = hostPort.lastIndexOf(u':');
    if (colon >= 0 && validOptionalPort(hostPort.mid(colon).toUtf8())) {
        *host = hostPort.left(colon);
        *port = hostPort.mid(colon + 1);
    }
    if (host->startsWith(u'[') && host->endsWith(u']'))
        *host = host->mid(1, host->size() - 2);
}

} // namespace

QString GoUrl::hostname() const
{
    QString h, p;
    urlSplitHostPort(host, &h, &p);
    return h;
}

QString GoUrl::port() const
{
    QString h, p;
    urlSplitHostPort(host, &h, &p);
    return p;
}

} // namespace gmd::gocmd_detail
