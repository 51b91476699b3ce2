// SPDX-License-Identifier: MIT
// Internal to gmd_testpeers: the objects that live on a peer's thread.
#pragma once

#include "loopbackpeer.h"

#include <QObject>
#include <QSemaphore>
#include <QThread>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace gmdtest {

/// Owns the listening server and the connections; created and destroyed on the peer thread.
class PeerWorker : public QObject
{
public:
    PeerWorker(LoopbackPeer* peer, const LoopbackPeer::Options& options);
    ~PeerWorker() override;
    /// Listens on 127.0.0.1:0; returns the port, 0 on failure (with `error` set).
    quint16 listen(QString* error);

    const LoopbackPeer::Options& options() const { return m_options; }
    /// Forwarders to the peer (PeerWorker is its friend).
    PeerResponse respond(const PeerRequest& request) { return m_peer->respond(request); }
    void record(const PeerRequest& request) { m_peer->recordRequest(request); }
    void recordDiscarded(qint64 bytes) { m_peer->recordDiscarded(bytes); }
    qint64 elapsedMs() const { return m_peer->elapsedMs(); }

private:
    void acceptPending();

    LoopbackPeer* m_peer;
    const LoopbackPeer::Options m_options;
    QTcpServer* m_server = nullptr;
};

/// The peer thread: builds the worker, reports readiness, runs the event loop, and destroys
/// the worker (closing every socket) on the same thread once quit() is called.
class PeerThread final : public QThread
{
public:
    PeerThread(LoopbackPeer* peer, const LoopbackPeer::Options& options)
        : m_peer(peer)
        , m_options(options)
    { }
    QSemaphore ready; ///< released once listening (or failed)
    quint16 port = 0;
    QString error;

protected:
    void run() override;

private:
    LoopbackPeer* m_peer;
    const LoopbackPeer::Options m_options;
};

} // namespace gmdtest
