// SPDX-License-Identifier: MIT
#include "loopbackpeer.h"

#include "peerworker.h"
#include "testutil/testutil.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpServer>

using namespace Qt::Literals::StringLiterals;

namespace gmdtest {

LoopbackPeer::LoopbackPeer()
    : LoopbackPeer(Options {})
{ }

LoopbackPeer::LoopbackPeer(Options options)
    : m_options(options)
{
    m_clock.start();
}

LoopbackPeer::~LoopbackPeer()
{
    stop();
}

void LoopbackPeer::start()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<PeerThread>(this, m_options);
    m_thread->start();
    m_thread->ready.acquire();
    m_port = m_thread->port;
    m_error = m_thread->error;
}

void LoopbackPeer::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

QString LoopbackPeer::authority() const
{
    return u"127.0.0.1:"_s + QString::number(m_port);
}

QString LoopbackPeer::baseUrl() const
{
    const QString scheme = m_options.tls ? u"https://"_s : u"http://"_s;
    return scheme + authority() + basePath();
}

QList<PeerRequest> LoopbackPeer::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

QList<QByteArray> LoopbackPeer::requestPaths() const
{
    const QMutexLocker lock(&m_mutex);
    QList<QByteArray> paths;
    for (const PeerRequest& r : m_requests)
        paths.append(r.path);
    return paths;
}

int LoopbackPeer::requestCount() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

int LoopbackPeer::connectionCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_connections;
}

int LoopbackPeer::tlsErrorCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_tlsErrors;
}

qint64 LoopbackPeer::discardedBytes() const
{
    const QMutexLocker lock(&m_mutex);
    return m_discarded;
}

bool LoopbackPeer::waitForRequests(int count, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (m_requests.size() < count) {
        if (!m_changed.wait(&m_mutex, deadline))
            return m_requests.size() >= count;
    }
    return true;
}

bool LoopbackPeer::waitForConnections(int count, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (m_connections < count) {
        if (!m_changed.wait(&m_mutex, deadline))
            return m_connections >= count;
    }
    return true;
}

void LoopbackPeer::clearLog()
{
    const QMutexLocker lock(&m_mutex);
    m_requests.clear();
    m_connections = 0;
    m_tlsErrors = 0;
    m_discarded = 0;
}

int LoopbackPeer::recordConnection()
{
    const QMutexLocker lock(&m_mutex);
    ++m_connections;
    m_changed.wakeAll();
    return ++m_connectionSerial;
}

void LoopbackPeer::recordRequest(const PeerRequest& request)
{
    const QMutexLocker lock(&m_mutex);
    m_requests.append(request);
    m_changed.wakeAll();
}

void LoopbackPeer::recordTlsError()
{
    const QMutexLocker lock(&m_mutex);
    ++m_tlsErrors;
    m_changed.wakeAll();
}

void LoopbackPeer::recordDiscarded(qint64 bytes)
{
    const QMutexLocker lock(&m_mutex);
    m_discarded += bytes;
    m_changed.wakeAll();
}

quint16 closedPort()
{
    // Bind, read the port, release it: nothing listens there afterwards, so a connect is
    // refused at once. Another process could take the port again, but that is unlikely.
    QTcpServer server;
    if (!server.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString tlsCertificatePath()
{
    return testDataDir() + u"/tls/localhost.crt"_s;
}

QString tlsKeyPath()
{
    return testDataDir() + u"/tls/localhost.key"_s;
}

} // namespace gmdtest
