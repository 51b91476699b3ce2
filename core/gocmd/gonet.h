// SPDX-License-Identifier: MIT
// Internal helpers of gmd_gocmd: the parts of Go's net/url and net packages that decide how
// golang.org/x/net/http/httpproxy reads proxy variables (NET-3). Go semantics, not Qt's: QUrl and
// QHostAddress accept and reject different strings.
#pragma once

#include <QByteArray>
#include <QString>

namespace gmd::gocmd_detail {

/// The fields of a url.URL that the proxy logic looks at.
struct GoUrl
{
    bool ok = false;
    QString error; ///< url.Parse's error text, e.g. `parse "http://a b": invalid character " " in host name`
    QString scheme; ///< lower-cased, as url.Parse stores it
    QString opaque;
    QString host; ///< u.Host, unescaped ("proxy:8080", "[::1]:3128")
    QString path;
    bool hasUser = false;
    bool hasPassword = false;

    /// url.Hostname(): host without port and brackets.
    QString hostname() const;
    /// url.Port(): the numeric port, empty when absent.
    QString port() const;
};

/// url.Parse (Go 1.19..1.24): scheme, authority, user info, host, port and %-escape validation.
GoUrl goParseUrl(const QString& rawUrl);

/// net.SplitHostPort. Returns false on the errors Go reports (missing port, too many colons...).
bool goSplitHostPort(const QString& hostport, QString* host, QString* port);

/// An IP address as net.ParseIP returns it: always 16 bytes, IPv4 in the ::ffff:a.b.c.d form.
struct GoIp
{
    bool ok = false;
    QByteArray bytes; ///< 16 bytes when ok

    bool isV4() const; ///< To4() != nil: IPv4 or IPv4-mapped
    bool isLoopback() const; ///< 127.0.0.0/8 (also mapped) or ::1
};

/// net.ParseIP: dotted-decimal IPv4 without leading zeros, or IPv6 (embedded IPv4 allowed);
/// no zones, no brackets.
GoIp goParseIp(const QString& s);

/// A network as net.ParseCIDR returns it.
struct GoIpNet
{
    bool ok = false;
    QByteArray network; ///< 4 bytes for IPv4 (also a still-mapped IPv6 network), else 16
    int bits = 0;

    /// IPNet.Contains: an IPv4(-mapped) address only matches a 4-byte network.
    bool contains(const GoIp& ip) const;
};

/// net.ParseCIDR ("10.0.0.0/8", "2001:db8::/32").
GoIpNet goParseCidr(const QString& s);

} // namespace gmd::gocmd_detail
