// SPDX-License-Identifier: MIT
#include "common/go/net.h"
#include "common/go/strconv.h"
#include "common/go/strings.h"
#include "exposeports_p.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd::buildcheck_detail {

namespace {

/// splitParts: [ip:]hostPort:containerPort, the IP keeping any further ':' (IPv6).
void splitParts(const QString& raw, QString* ip, QString* host, QString* container)
{
    const QStringList parts = raw.split(u':');
    const qsizetype n = parts.size();
    if (n == 1) {
        *container = parts.at(0);
    } else if (n == 2) {
        *host = parts.at(0);
        *container = parts.at(1);
    } else {
        *ip = parts.mid(0, n - 2).join(u':');
        *host = parts.at(n - 2);
        *container = parts.at(n - 1);
    }
}

/// parsePortNumber: strconv.ParseInt base 10 in 0..65535.
bool parsePortNumber(const QString& s, int* port)
{
    const go::NumResult<qint64> v = go::parseInt(s, 10, 64);
    if (!v.ok() || v.value < 0 || v.value > 65535)
        return false;
    *port = int(v.value);
    return true;
}

bool parsePortRange(const QString& ports, int* start, int* end)
{
    if (ports.isEmpty())
        return false;
    const qsizetype dash = ports.indexOf(u'-');
    const QString first = dash < 0 ? ports : ports.left(dash);
    if (!parsePortNumber(first, start))
        return false;
    const QString last = dash < 0 ? QString() : ports.mid(dash + 1);
    if (dash < 0 || first == last) {
        *end = *start;
        return true;
    }
    return parsePortNumber(last, end) && *end >= *start;
}

} // namespace

QList<PortFinding> checkExposedPorts(const QStringList& ports, QString* error)
{
    QList<PortFinding> out;
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return out;
    };
    for (const QString& raw : ports) {
        QString ip;
        QString host;
        QString container;
        splitParts(raw, &ip, &host, &container);
        const qsizetype slash = container.indexOf(u'/');
        const QString port = slash < 0 ? container : container.left(slash);
        const QString proto = slash < 0 ? QString() : container.mid(slash + 1);
        if (port.isEmpty())
            return fail(u"invalid port: "_s + go::quote(raw) + u": no port specified"_s);
        const QString lowerProto = go::toLower(proto);
        if (!lowerProto.isEmpty() && lowerProto != "tcp"_L1 && lowerProto != "udp"_L1 && lowerProto != "sctp"_L1)
            return fail(u"invalid port: "_s + go::quote(raw) + u": invalid proto: "_s + proto);
        // D2 ExposeProtoCasing, ExposeInvalidFormat: reported before the port is validated.
        if (proto != lowerProto)
            out.append({ u"ExposeProtoCasing"_s,
                u"Defined protocol '"_s + raw + u"' in EXPOSE instruction should be lowercase"_s });
        if (!ip.isEmpty() || !host.isEmpty())
            out.append({ u"ExposeInvalidFormat"_s,
                u"EXPOSE instruction should not define an IP address or host-port mapping, found '"_s + raw + u'\'' });
        QString address = ip;
        if (address.startsWith(u'[')) {
            if (!address.endsWith(u']'))
                return fail(u"invalid IP address "_s + ip);
            address = address.mid(1, address.size() - 2);
        }
        if (!address.isEmpty() && !go::parseIp(address).ok) // go-connections nat: net.ParseIP
            return fail(u"invalid IP address: "_s + address);
        int start = 0;
        int end = 0;
        if (!parsePortRange(port, &start, &end))
            return fail(u"invalid containerPort: "_s + port);
        if (!host.isEmpty()) {
            int hostStart = 0;
            int hostEnd = 0;
            if (!parsePortRange(host, &hostStart, &hostEnd))
                return fail(u"invalid hostPort: "_s + host);
            if (end - start != hostEnd - hostStart && end != start)
                return fail(u"invalid ranges specified for container and host Ports: "_s + port + u" and "_s + host);
        }
    }
    return out;
}

} // namespace gmd::buildcheck_detail
