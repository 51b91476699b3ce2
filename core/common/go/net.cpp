// SPDX-License-Identifier: MIT
// Go's net.SplitHostPort, net.ParseIP (netip.ParseAddr without zones) and net.ParseCIDR.
#include "common/go/net.h"

#include "common/go/hex_p.h"

#include <QList>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace gmd::go {

bool splitHostPort(const QString& hostport, QString* host, QString* port, QString* error)
{
    const auto fail = [&](const char* why) {
        if (error) // *net.AddrError: the address is left out when empty
            *error = hostport.isEmpty() ? QString::fromLatin1(why) : u"address "_s + hostport + u": "_s + QLatin1StringView(why);
        return false;
    };
    static const char kMissingPort[] = "missing port in address";
    static const char kTooManyColons[] = "too many colons in address";
    const qsizetype i = hostport.lastIndexOf(u':'); // the port starts after the last colon
    if (i < 0)
        return fail(kMissingPort);
    qsizetype j = 0, k = 0;
    QString h;
    if (hostport.startsWith(u'[')) {
        // Expect the first ']' just before the last ':'.
        const qsizetype end = hostport.indexOf(u']');
        if (end < 0)
            return fail("missing ']' in address");
        if (end + 1 == hostport.size())
            return fail(kMissingPort);
        if (end + 1 != i)
            return fail(hostport[end + 1] == u':' ? kTooManyColons : kMissingPort);
        h = hostport.mid(1, end - 1);
        j = 1;
        k = end + 1;
    } else {
        h = hostport.left(i);
        if (h.contains(u':'))
            return fail(kTooManyColons);
    }
    if (hostport.indexOf(u'[', j) >= 0)
        return fail("unexpected '[' in address");
    if (hostport.indexOf(u']', k) >= 0)
        return fail("unexpected ']' in address");
    *host = h;
    *port = hostport.mid(i + 1);
    return true;
}

namespace {

const QByteArray kV4InV6Prefix("\0\0\0\0\0\0\0\0\0\0\xff\xff", 12);

// netip.parseIPv4: exactly four dotted decimal fields, each 0..255 without leading zeros.
bool parseIpv4Bytes(QStringView s, QByteArray* out)
{
    const QList<QStringView> parts = s.split(u'.');
    if (parts.size() != 4)
        return false;
    QByteArray b;
    for (const QStringView p : parts) {
        if (p.isEmpty() || p.size() > 3 || (p.size() > 1 && p[0] == u'0'))
            return false;
        int n = 0;
        for (const QChar c : p) {
            if (c < u'0' || c > u'9')
                return false;
            n = n * 10 + (c.unicode() - u'0');
        }
        if (n > 255)
            return false;
        b += char(n);
    }
    *out = b;
    return true;
}

bool parseIpv4(const QString& s, QByteArray* out)
{
    QByteArray b;
    if (!parseIpv4Bytes(s, &b))
        return false;
    *out = kV4InV6Prefix + b;
    return true;
}

// netip.parseIPv6 without zones (net.ParseIP rejects those).
bool parseIpv6(const QString& text, QByteArray* out)
{
    QStringView s(text);
    QByteArray ip(16, '\0');
    int ellipsis = -1;
    int i = 0;
    if (s.startsWith(u"::")) {
        ellipsis = 0;
        s = s.mid(2);
        if (s.isEmpty()) {
            *out = ip;
            return true;
        }
    }
    while (i < 16) {
        int off = 0;
        uint acc = 0;
        for (; off < s.size(); ++off) {
            const int h = detail::unhex(s[off].unicode());
            if (h < 0)
                break;
            acc = (acc << 4) + uint(h);
            if (off > 3 || acc > 0xffff)
                return false;
        }
        if (off == 0)
            return false;
        if (off < s.size() && s[off] == u'.') { // a trailing embedded IPv4 address
            if ((ellipsis < 0 && i != 12) || i + 4 > 16)
                return false;
            QByteArray v4;
            if (!parseIpv4Bytes(s, &v4))
                return false;
            ip.replace(i, 4, v4);
            s = {};
            i += 4;
            break;
        }
        ip[i] = char(acc >> 8);
        ip[i + 1] = char(acc & 0xff);
        i += 2;
        s = s.mid(off);
        if (s.isEmpty())
            break;
        if (s[0] != u':' || s.size() == 1)
            return false;
        s = s.mid(1);
        if (s[0] == u':') {
            if (ellipsis >= 0)
                return false; // multiple "::"
            ellipsis = i;
            s = s.mid(1);
            if (s.isEmpty())
                break;
        }
    }
    if (!s.isEmpty())
        return false;
    if (i < 16) {
        if (ellipsis < 0)
            return false;
        const int n = 16 - i;
        for (int j = i - 1; j >= ellipsis; --j)
            ip[j + n] = ip[j];
        for (int j = ellipsis; j < ellipsis + n; ++j)
            ip[j] = '\0';
    } else if (ellipsis >= 0) {
        return false; // "::" must stand for at least one group
    }
    *out = ip;
    return true;
}

} // namespace

bool Ip::isV4() const
{
    return ok && bytes.startsWith(kV4InV6Prefix);
}

bool Ip::isLoopback() const
{
    if (!ok)
        return false;
    if (isV4())
        return uchar(bytes[12]) == 127;
    return bytes == QByteArray(15, '\0') + '\x01';
}

Ip parseIp(const QString& s)
{
    Ip ip;
    ip.ok = parseIpv4(s, &ip.bytes) || parseIpv6(s, &ip.bytes);
    return ip;
}

IpNet parseCidr(const QString& s)
{
    IpNet n;
    const qsizetype slash = s.indexOf(u'/');
    if (slash < 0)
        return n;
    const QString addr = s.left(slash);
    const QString mask = s.mid(slash + 1);
    QByteArray bytes;
    int len = 0;
    if (parseIpv4(addr, &bytes)) {
        bytes = bytes.mid(12);
        len = 4;
    } else if (parseIpv6(addr, &bytes)) {
        len = 16;
    } else {
        return n;
    }
    bool ok = !mask.isEmpty();
    int bits = 0;
    for (const QChar c : mask) {
        if (c < u'0' || c > u'9' || bits > 1000) {
            ok = false;
            break;
        }
        bits = bits * 10 + (c.unicode() - u'0');
    }
    if (!ok || bits > len * 8)
        return n;
    for (int i = 0; i < len; ++i) { // IP.Mask(CIDRMask(bits, len*8))
        const int keep = qBound(0, bits - i * 8, 8);
        bytes[i] = char(uchar(bytes[i]) & uchar(0xff << (8 - keep)));
    }
    // IPNet.Contains looks at the network through To4(): a masked network that is still
    // IPv4-mapped ("::ffff:10.0.0.0/104") behaves as the IPv4 network 10.0.0.0/8.
    if (len == 16 && bytes.startsWith(kV4InV6Prefix)) {
        bytes = bytes.mid(12);
        bits -= 96;
    }
    n.ok = true;
    n.network = bytes;
    n.bits = bits;
    return n;
}

bool IpNet::contains(const Ip& ip) const
{
    if (!ok || !ip.ok)
        return false;
    const QByteArray addr = ip.isV4() ? ip.bytes.mid(12) : ip.bytes;
    if (addr.size() != network.size())
        return false;
    for (int i = 0; i < network.size(); ++i) {
        const int keep = qBound(0, bits - i * 8, 8);
        const uchar m = uchar(0xff << (8 - keep));
        if ((uchar(addr[i]) & m) != uchar(network[i]))
            return false;
    }
    return true;
}

} // namespace gmd::go
