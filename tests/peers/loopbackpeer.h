// SPDX-License-Identifier: MIT
#pragma once

#include "peerhttp.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>

namespace gmdtest {

class PeerThread;
class PeerWorker;

/// Base of the protocol peers used by network tests: a server on 127.0.0.1 with a free port,
/// running in its own thread (so a test may block its own thread while `go` talks to the peer,
/// and a stalled peer never blocks the test), recording every connection and request.
/// Subclasses call start() at the end of their constructor and stop() first thing in their
/// destructor, so respond() never runs on a half-destroyed object.
class LoopbackPeer
{
public:
    struct Options
    {
        bool tls = false; ///< serve TLS with tlsCertificatePath() / tlsKeyPath()
        bool readIncoming = true; ///< false: never read from accepted sockets
        bool parseHttp = true; ///< false: read and discard bytes without answering
        bool answerMalformed = true; ///< false: swallow non-HTTP input silently (no 400)
    };

    virtual ~LoopbackPeer();
    LoopbackPeer(const LoopbackPeer&) = delete;
    LoopbackPeer& operator=(const LoopbackPeer&) = delete;

    /// True when the peer listens (false only if binding 127.0.0.1:0 failed).
    bool isListening() const { return m_port != 0; }
    /// Why listening failed.
    QString errorString() const { return m_error; }
    /// The port it listens on, on 127.0.0.1.
    quint16 port() const { return m_port; }
    /// "127.0.0.1:<port>".
    QString authority() const;
    /// "http://127.0.0.1:<port>" ("https://" with TLS) plus the peer's base path, no final '/'.
    QString baseUrl() const;
    /// True when the peer speaks TLS.
    bool isTls() const { return m_options.tls; }

    /// Every request received so far, oldest first.
    QList<PeerRequest> requests() const;
    /// The decoded paths of requests(), for compact comparisons.
    QList<QByteArray> requestPaths() const;
    /// Number of requests received.
    int requestCount() const;
    /// Number of TCP connections accepted (TLS: handshakes started).
    int connectionCount() const;
    /// Number of TLS handshakes or connections that ended in a socket error (TLS only).
    int tlsErrorCount() const;
    /// Bytes read but not parsed as requests (Options::parseHttp = false, or malformed input).
    qint64 discardedBytes() const;
    /// Blocks (without an event loop) until at least `count` requests arrived; false on timeout.
    bool waitForRequests(int count, int timeoutMs) const;
    /// Blocks until at least `count` connections were accepted; false on timeout.
    bool waitForConnections(int count, int timeoutMs) const;
    /// Forgets the recorded requests and counters.
    void clearLog();

protected:
    LoopbackPeer();
    explicit LoopbackPeer(Options options);
    /// Starts the thread and listens; call at the end of the subclass constructor.
    void start();
    /// Closes every connection and joins the thread; idempotent. Call first in the destructor.
    void stop();
    /// The path prefix of baseUrl() ("" or e.g. "/mod").
    virtual QString basePath() const { return {}; }
    /// Answers one request. Runs on the peer thread: must be thread-safe.
    virtual PeerResponse respond(const PeerRequest& request) = 0;

private:
    friend class PeerWorker;
    int recordConnection();
    void recordRequest(const PeerRequest& request);
    void recordTlsError();
    void recordDiscarded(qint64 bytes);
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    const Options m_options;
    QElapsedTimer m_clock;
    std::unique_ptr<PeerThread> m_thread;
    quint16 m_port = 0;
    QString m_error;

    mutable QMutex m_mutex;
    mutable QWaitCondition m_changed;
    QList<PeerRequest> m_requests;
    int m_connections = 0;
    int m_connectionSerial = 0;
    int m_tlsErrors = 0;
    qint64 m_discarded = 0;
};

/// A port on 127.0.0.1 on which nothing listens (bound, read, released): connects are refused.
quint16 closedPort();
/// tests/data/tls/localhost.crt: the self-signed certificate for 127.0.0.1 / localhost.
QString tlsCertificatePath();
/// tests/data/tls/localhost.key: its (test-only) EC private key.
QString tlsKeyPath();

} // namespace gmdtest
