// SPDX-License-Identifier: MIT
// Go's package net as far as address text goes: SplitHostPort, ParseIP and ParseCIDR (NO_PROXY
// matching, NET-3; EXPOSE addresses). Go semantics, not Qt's: QHostAddress accepts and rejects
// different strings (leading zeros, zones, brackets).
#pragma once

#include <QByteArray>
#include <QString>

namespace gmd::go {

/// net.SplitHostPort: "host:port", "[ipv6]:port". On failure returns false and, when `error` is
/// given, sets the *net.AddrError text ("address x: missing port in address").
bool splitHostPort(const QString& hostport, QString* host, QString* port, QString* error = nullptr);

/// An IP address as net.ParseIP returns it: always 16 bytes, IPv4 in the ::ffff:a.b.c.d form.
struct Ip
{
    bool ok = false;
    QByteArray bytes; ///< 16 bytes when ok

    bool isV4() const; ///< To4() != nil: IPv4 or IPv4-mapped
    bool isLoopback() const; ///< 127.0.0.0/8 (also mapped) or ::1
};

/// net.ParseIP: dotted-decimal IPv4 without leading zeros, or IPv6 (embedded IPv4 allowed);
/// no zones, no brackets.
Ip parseIp(const QString& s);

/// A network as net.ParseCIDR returns it.
struct IpNet
{
    bool ok = false;
    QByteArray network; ///< 4 bytes for IPv4 (also a still-mapped IPv6 network), else 16
    int bits = 0;

    /// IPNet.Contains: an IPv4(-mapped) address only matches a 4-byte network.
    bool contains(const Ip& ip) const;
};

/// net.ParseCIDR ("10.0.0.0/8", "2001:db8::/32").
IpNet parseCidr(const QString& s);

} // namespace gmd::go
