// SPDX-License-Identifier: MIT
#include "connectproxy.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace gmdtest {
namespace {

/// Splits "host:port" / "[::1]:port" into its parts; port -1 when missing or invalid.
void splitAuthority(const QString& authority, QString* host, int* port)
{
    const qsizetype colon = authority.lastIndexOf(u':');
    bool ok = false;
    *port = colon < 0 ? -1 : authority.mid(colon + 1).toInt(&ok);
    if (!ok || *port <= 0 || *port > 65535)
        *port = -1;
    *host = (colon < 0 ? authority : authority.left(colon)).toLower();
    if (host->startsWith(u'[') && host->endsWith(u']'))
        *host = host->mid(1, host->size() - 2);
}

} // namespace

ConnectProxy::ConnectProxy()
    : ConnectProxy(Options {})
{ }

ConnectProxy::ConnectProxy(const Options& options)
    : m_options(options)
{
    start();
}

ConnectProxy::~ConnectProxy()
{
    stop();
}

QString ConnectProxy::proxyUrlWithCredentials() const
{
    return u"http://"_s + QString::fromUtf8(m_options.user) + u':' + QString::fromUtf8(m_options.password) + u'@'
        + authority();
}

void ConnectProxy::mapTarget(const QString& hostPort, quint16 localPort)
{
    const QMutexLocker lock(&m_stateMutex);
    m_map.insert(hostPort.toLower(), localPort);
}

QStringList ConnectProxy::targets() const
{
    const QMutexLocker lock(&m_stateMutex);
    return m_targets;
}

int ConnectProxy::authFailures() const
{
    const QMutexLocker lock(&m_stateMutex);
    return m_authFailures;
}

quint16 ConnectProxy::localPortFor(const QString& host, int port) const
{
    if (port <= 0)
        return 0;
    {
        const QMutexLocker lock(&m_stateMutex);
        const QString key = (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
        if (const auto it = m_map.constFind(key); it != m_map.cend())
            return *it;
    }
    // Only loopback: the peer must never open a connection anywhere else.
    if (host == u"127.0.0.1"_s || host == u"localhost"_s || host == u"::1"_s)
        return quint16(port);
    return 0;
}

PeerResponse ConnectProxy::respond(const PeerRequest& request)
{
    if (!m_options.user.isEmpty()) {
        const QByteArray credentials = m_options.user + ':' + m_options.password;
        const QByteArray expected = "Basic " + credentials.toBase64();
        if (request.header("Proxy-Authorization") != expected) {
            {
                const QMutexLocker lock(&m_stateMutex);
                ++m_authFailures;
            }
            PeerResponse r = PeerResponse::text(407, "proxy authentication required\n");
            r.headers.append(qMakePair(QByteArray("Proxy-Authenticate"), QByteArray("Basic realm=\"gmdtest\"")));
            return r;
        }
    }

    if (request.method == "CONNECT") {
        QString host;
        int port = -1;
        const QString authority = QString::fromUtf8(request.target);
        splitAuthority(authority, &host, &port);
        const quint16 local = localPortFor(host, port);
        if (local == 0)
            return PeerResponse::text(502, "gmdtest ConnectProxy: only loopback targets: " + request.target + '\n');
        if (m_options.stallConnect)
            return PeerResponse::never();
        {
            const QMutexLocker lock(&m_stateMutex);
            m_targets.append(authority);
        }
        PeerResponse r;
        r.pipePort = local;
        r.pipeReply = "HTTP/1.1 200 Connection established\r\n\r\n";
        return r;
    }

    // Absolute-form request for plain http: rewrite to origin-form and relay (one request,
    // Connection: close, so the relay ends when the upstream closes).
    const QUrl url(QString::fromUtf8(request.target));
    if (url.scheme() != u"http"_s || url.host().isEmpty())
        return PeerResponse::text(400, "gmdtest ConnectProxy: expected an absolute http URL\n");
    const quint16 local = localPortFor(url.host().toLower(), url.port(80));
    if (local == 0)
        return PeerResponse::text(502, "gmdtest ConnectProxy: only loopback targets: " + request.target + '\n');
    {
        const QMutexLocker lock(&m_stateMutex);
        m_targets.append(url.toString());
    }
    QByteArray upstream = request.method + ' ' + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + ' '
        + request.version + "\r\n";
    if (url.path().isEmpty())
        upstream = request.method + " / " + request.version + "\r\n";
    for (const auto& [name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("proxy-") || lower == "connection" || lower == "keep-alive")
            continue;
        upstream += name + ": " + value + "\r\n";
    }
    upstream += "Connection: close\r\n\r\n" + request.body;
    PeerResponse r;
    r.pipePort = local;
    r.pipeUpstream = upstream;
    return r;
}

} // namespace gmdtest
