// SPDX-License-Identifier: MIT
#pragma once

#include "loopbackpeer.h"

#include <QMap>
#include <QStringList>

namespace gmdtest {

/// An HTTP proxy on 127.0.0.1 (H3, NET-3): CONNECT tunnels and absolute-URI http GETs, to
/// 127.0.0.1 targets only (or to names mapped with mapTarget()); anything else gets 502
/// without a connection attempt. Optionally demands Basic authentication (407).
class ConnectProxy final : public LoopbackPeer
{
public:
    struct Options
    {
        QByteArray user {}; ///< non-empty: demand Proxy-Authorization: Basic user:password
        QByteArray password {};
        bool stallConnect = false; ///< accept CONNECT and never answer (a proxy holding CONNECT open, H1)
    };
    ConnectProxy();
    explicit ConnectProxy(const Options& options);
    ~ConnectProxy() override;

    /// "http://127.0.0.1:<port>" (for HTTPS_PROXY / QNetworkProxy).
    QString proxyUrl() const { return baseUrl(); }
    /// "http://user:password@127.0.0.1:<port>".
    QString proxyUrlWithCredentials() const;
    /// Sends tunnels / requests for `hostPort` (e.g. "proxy.golang.org:443") to 127.0.0.1:`localPort`.
    void mapTarget(const QString& hostPort, quint16 localPort);

    /// Targets actually relayed, in order: "host:port" for CONNECT, the absolute URL for GETs.
    QStringList targets() const;
    /// Requests refused with 407.
    int authFailures() const;

protected:
    PeerResponse respond(const PeerRequest& request) override;

private:
    /// The local port for "host:port", 0 when the target is not allowed.
    quint16 localPortFor(const QString& host, int port) const;

    const Options m_options;
    mutable QMutex m_stateMutex;
    QMap<QString, quint16> m_map;
    QStringList m_targets;
    int m_authFailures = 0;
};

} // namespace gmdtest
