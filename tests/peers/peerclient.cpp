// SPDX-License-Identifier: MIT
#include "peerclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace gmdtest {

RawClient::RawClient(quint16 port, int connectTimeoutMs)
{
    m_socket.setProxy(QNetworkProxy::NoProxy);
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    m_socket.waitForConnected(connectTimeoutMs);
}

bool RawClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawClient::send(const QByteArray& data)
{
    m_socket.write(data);
    m_socket.waitForBytesWritten(2000);
}

QByteArray RawClient::readFor(int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired() && isConnected()) {
        if (m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket.readAll();
    }
    m_buffer += m_socket.readAll();
    return std::exchange(m_buffer, {});
}

QByteArray RawClient::readUntil(qint64 bodyBytes, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            qint64 wanted = bodyBytes;
            if (wanted < 0) {
                wanted = 0;
                for (const QByteArray& line : m_buffer.left(end).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        wanted = line.mid(15).trimmed().toLongLong();
                }
            }
            if (m_buffer.size() >= end + 4 + wanted) {
                const QByteArray response = m_buffer.left(end + 4 + wanted);
                m_buffer.remove(0, response.size());
                return response;
            }
        }
        if (deadline.hasExpired() || !isConnected())
            return std::exchange(m_buffer, {});
        m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

bool RawClient::waitForDisconnected(int ms)
{
    if (!isConnected())
        return true;
    const QDeadlineTimer deadline(ms);
    while (isConnected() && !deadline.hasExpired()) {
        // waitForReadyRead notices the close; waitForDisconnected would wait for our own close
        m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        m_socket.readAll();
    }
    return !isConnected();
}

FetchResult fetch(const QString& url, const QNetworkProxy& proxy, const QString& caCertificatePath, int timeoutMs)
{
    QNetworkAccessManager manager;
    manager.setProxy(proxy.type() == QNetworkProxy::DefaultProxy ? QNetworkProxy(QNetworkProxy::NoProxy) : proxy);
    QNetworkRequest request { QUrl(url) };
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!caCertificatePath.isEmpty()) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> cas = config.caCertificates();
        cas += QSslCertificate::fromPath(caCertificatePath);
        config.setCaCertificates(cas);
        request.setSslConfiguration(config);
    }
    QNetworkReply* reply = manager.get(request);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    FetchResult result;
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->rawHeader("Content-Type");
    if (reply->isOpen()) // not after abort()
        result.body = reply->readAll();
    result.timedOut = timedOut;
    delete reply;
    return result;
}

} // namespace gmdtest
