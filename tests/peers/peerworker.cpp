// SPDX-License-Identifier: MIT
#include "peerworker.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gmdtest {
namespace {

constexpr qsizetype kMaxHead = 64 * 1024;
constexpr qsizetype kMaxBuffered = 4 * 1024 * 1024;
constexpr const char* kIdProperty = "gmdtestConnectionId";

bool wantsClose(const PeerRequest& request)
{
    const QByteArray connection = request.header("Connection").toLower();
    if (request.version == "HTTP/1.0")
        return !connection.contains("keep-alive");
    return connection.contains("close");
}

/// One accepted connection: parses requests one after another (keep-alive), executes the
/// PeerResponse plans (delays, stalls, drops) with timers, or relays bytes to an upstream.
class PeerConnection : public QObject
{
public:
    PeerConnection(QTcpSocket* socket, int id, PeerWorker* worker)
        : QObject(worker)
        , m_socket(socket)
        , m_worker(worker)
        , m_id(id)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, this, &PeerConnection::onDisconnected);
        if (!worker->options().readIncoming) {
            // Stop pulling bytes from the kernel: the client's writes eventually block.
            socket->setReadBufferSize(1);
            return;
        }
        connect(socket, &QTcpSocket::readyRead, this, &PeerConnection::onReadyRead);
        if (socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, &PeerConnection::onReadyRead, Qt::QueuedConnection);
    }

private:
    void onReadyRead()
    {
        const QByteArray data = m_socket->readAll();
        if (m_piping) {
            m_upstream->write(data);
            return;
        }
        if (!m_worker->options().parseHttp) {
            m_worker->recordDiscarded(data.size());
            return;
        }
        if (m_closing)
            return;
        m_buffer += data;
        if (m_busy && m_buffer.size() > kMaxBuffered)
            m_buffer.clear(); // a silent peer keeps reading but need not keep everything
        process();
    }

    void process()
    {
        while (!m_busy && !m_closing) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHead)
                    rejectMalformed(PeerResponse::text(431, "request head too large\n"));
                return;
            }
            PeerRequest request;
            if (!parseRequestHead(m_buffer.left(end), &request)) {
                rejectMalformed(PeerResponse::text(400, "malformed request\n"));
                return;
            }
            const qint64 length = qMax<qint64>(0, request.header("Content-Length").toLongLong());
            if (m_buffer.size() < end + 4 + length)
                return; // wait for the body
            request.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            request.connection = m_id;
            request.receivedMs = m_worker->elapsedMs();
            m_worker->record(request);
            answer(m_worker->respond(request), wantsClose(request));
        }
    }

    /// Answers garbage (a TLS ClientHello sent to a plain-text peer, say) with `response` and
    /// closes, or - for silent peers - swallows it and stays silent.
    void rejectMalformed(const PeerResponse& response)
    {
        m_worker->recordDiscarded(m_buffer.size());
        m_buffer.clear();
        if (m_worker->options().answerMalformed)
            answer(response, true);
        else
            m_busy = true;
    }

    void answer(const PeerResponse& response, bool close)
    {
        m_busy = true;
        if (response.delayBeforeHeadersMs < 0)
            return; // never answer: stay busy, keep the connection open (H1)
        auto go = [this, response, close] {
            if (response.dropConnection)
                closeNow();
            else if (response.pipePort != 0)
                startPipe(response);
            else
                send(response, close || response.closeAfter);
        };
        if (response.delayBeforeHeadersMs > 0)
            QTimer::singleShot(response.delayBeforeHeadersMs, this, go);
        else
            go();
    }

    void send(const PeerResponse& response, bool close)
    {
        m_socket->write(responseHead(response, close));
        const qint64 first = response.stallAfterBodyBytes;
        if (first < 0 || first >= response.body.size()) {
            m_socket->write(response.body);
            if (first < 0 || response.stallMs >= 0)
                finish(close);
            return; // otherwise: everything sent, but the connection never finishes
        }
        m_socket->write(response.body.left(first));
        if (response.stallMs < 0)
            return; // stalled for ever (H2: stop part-way through a body)
        QTimer::singleShot(response.stallMs, this, [this, rest = response.body.mid(first), close] {
            m_socket->write(rest);
            finish(close);
        });
    }

    void finish(bool close)
    {
        if (close) {
            closeNow();
            return;
        }
        m_busy = false;
        QMetaObject::invokeMethod(this, &PeerConnection::process, Qt::QueuedConnection);
    }

    void startPipe(const PeerResponse& response)
    {
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::connected, this, [this, response] {
            m_upstream->write(response.pipeUpstream);
            m_socket->write(response.pipeReply);
            m_piping = true;
            if (!m_buffer.isEmpty())
                m_upstream->write(std::exchange(m_buffer, {}));
        });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { m_socket->write(m_upstream->readAll()); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
            m_socket->write(m_upstream->readAll());
            closeNow();
        });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (!m_piping && !m_closing)
                send(PeerResponse::text(
                         502, "gmdtest peer: upstream connect failed: " + m_upstream->errorString().toUtf8() + '\n'),
                    true);
        });
        m_upstream->connectToHost(QHostAddress(QHostAddress::LocalHost), response.pipePort);
    }

    void closeNow()
    {
        if (m_closing)
            return;
        m_closing = true;
        if (m_upstream)
            m_upstream->disconnectFromHost();
        m_socket->disconnectFromHost(); // flushes what was written, then FIN
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    }

    void onDisconnected()
    {
        m_closing = true;
        if (m_upstream)
            m_upstream->disconnectFromHost();
        deleteLater();
    }

    QTcpSocket* m_socket;
    QTcpSocket* m_upstream = nullptr;
    PeerWorker* m_worker;
    const int m_id;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_piping = false;
    bool m_closing = false;
};

} // namespace

PeerWorker::PeerWorker(LoopbackPeer* peer, const LoopbackPeer::Options& options)
    : m_peer(peer)
    , m_options(options)
{ }

// The children (server, connections and their sockets) are deleted by ~QObject, on this
// thread; a socket deleted while connected is aborted, so nothing keeps hanging.
PeerWorker::~PeerWorker() = default;

quint16 PeerWorker::listen(QString* error)
{
    if (m_options.tls) {
        QFile certFile(tlsCertificatePath());
        QFile keyFile(tlsKeyPath());
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1 / %2"_s.arg(certFile.fileName(), keyFile.fileName());
            return 0;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || key.isNull()) {
            *error = u"invalid certificate or key in %1"_s.arg(certFile.fileName());
            return 0;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(cert);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto* server = new QSslServer(this);
        server->setSslConfiguration(config);
        connect(server, &QSslServer::startedEncryptionHandshake, this,
            [this](QSslSocket* socket) { socket->setProperty(kIdProperty, m_peer->recordConnection()); });
        connect(server, &QSslServer::errorOccurred, this,
            [this](QSslSocket*, QAbstractSocket::SocketError) { m_peer->recordTlsError(); });
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &PeerWorker::acceptPending);
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        *error = m_server->errorString();
        return 0;
    }
    return m_server->serverPort();
}

void PeerWorker::acceptPending()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        const int id = m_options.tls ? socket->property(kIdProperty).toInt() : m_peer->recordConnection();
        new PeerConnection(socket, id, this);
    }
}

void PeerThread::run()
{
    PeerWorker worker(m_peer, m_options);
    port = worker.listen(&error);
    ready.release();
    if (port != 0)
        exec();
}

} // namespace gmdtest
