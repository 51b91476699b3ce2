// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpSocket>

namespace gmdtest {

/// A blocking raw TCP client on 127.0.0.1 for checking peers byte by byte (no event loop
/// needed; never uses a proxy).
class RawClient
{
public:
    explicit RawClient(quint16 port, int connectTimeoutMs = 2000);
    /// True while the TCP connection is up.
    bool isConnected() const;
    /// The last socket error (e.g. ConnectionRefusedError).
    QAbstractSocket::SocketError error() const { return m_socket.error(); }
    /// Writes `data` and waits until it is handed to the kernel.
    void send(const QByteArray& data);
    /// Everything that arrives within `ms` (empty when the peer stays silent).
    QByteArray readFor(int ms);
    /// Reads one response: the head plus `bodyBytes` of body (-1: as announced by
    /// Content-Length, 0 when absent), or what arrived before `timeoutMs` / the peer closing.
    QByteArray readUntil(qint64 bodyBytes, int timeoutMs);
    /// Waits until the peer closes the connection.
    bool waitForDisconnected(int ms);

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

/// The outcome of fetch().
struct FetchResult
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0; ///< HTTP status, 0 when there was none
    QByteArray contentType; ///< Content-Type as sent
    QByteArray body;
    bool timedOut = false; ///< aborted after the timeout
};

/// GETs `url` with a fresh QNetworkAccessManager and a local event loop. `proxy` of type
/// DefaultProxy means no proxy at all (tests never use the environment's proxy); with a
/// `caCertificatePath`, that certificate is trusted in addition to the system ones.
FetchResult fetch(const QString& url, const QNetworkProxy& proxy = QNetworkProxy(),
    const QString& caCertificatePath = {}, int timeoutMs = 5000);

} // namespace gmdtest
