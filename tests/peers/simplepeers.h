// SPDX-License-Identifier: MIT
#pragma once

#include "loopbackpeer.h"

namespace gmdtest {

/// H1 black hole: accepts TCP connections and never sends a byte. By default it reads (and
/// records) the requests; with `readIncoming = false` it does not even read.
class SilentServer final : public LoopbackPeer
{
public:
    struct Options
    {
        bool readIncoming = true; ///< read and record requests (false: leave bytes in the kernel)
        bool parseHttp = true; ///< false: only count the bytes (discardedBytes())
        bool tls = false; ///< complete the TLS handshake first, then stay silent
    };
    SilentServer();
    explicit SilentServer(const Options& options);
    ~SilentServer() override;

protected:
    PeerResponse respond(const PeerRequest& request) override;
};

/// Answers `HTTP/1.1 200 OK` with a Content-Length and part of the body, then stalls for
/// ever (H2: a stall part-way through a .zip).
class StallAfterHeadersServer final : public LoopbackPeer
{
public:
    struct Options
    {
        qint64 contentLength = 4096; ///< announced body size
        qint64 bytesBeforeStall = 100; ///< body bytes actually sent (0: headers only)
        QByteArray contentType = "application/zip";
    };
    StallAfterHeadersServer();
    explicit StallAfterHeadersServer(const Options& options);
    ~StallAfterHeadersServer() override;

protected:
    PeerResponse respond(const PeerRequest& request) override;

private:
    const Options m_options;
};

/// Answers every request with one status and body (404, 410, 403, 500, 502 ... for H15 and
/// PROTO-3's "server response:"), optionally after a delay. Settings may change at any time.
class StatusServer : public LoopbackPeer
{
public:
    struct Options
    {
        int status = 404;
        QByteArray body = "not found\n";
        QByteArray contentType = "text/plain; charset=utf-8";
        int delayMs = 0; ///< latency before the status line
        bool tls = false; ///< serve https with the test certificate
        PeerHeaders headers {}; ///< extra response headers (e.g. Location for redirects)
    };
    explicit StatusServer(const Options& options);
    /// `status` with a text/plain `body`.
    explicit StatusServer(int status, const QByteArray& body = {});
    ~StatusServer() override;

    /// Changes the answer for the following requests.
    void setStatus(int status, const QByteArray& body);
    /// Changes the latency for the following requests.
    void setDelayMs(int ms);

protected:
    PeerResponse respond(const PeerRequest& request) override;

private:
    mutable QMutex m_settingsMutex;
    Options m_settings;
};

/// A healthy but slow server: 200 with `body` after `delayMs` (injected latency for ranking).
class SlowServer final : public StatusServer
{
public:
    explicit SlowServer(int delayMs, const QByteArray& body = "ok\n");
    ~SlowServer() override;
};

/// An https server with the committed self-signed certificate (tlsCertificatePath()): clients
/// that do not trust it get "unknown authority" (H3, NET-6); trusted, it answers `status`.
class TlsServer final : public StatusServer
{
public:
    explicit TlsServer(int status = 200, const QByteArray& body = "ok\n");
    ~TlsServer() override;
    /// The certificate to trust (SSL_CERT_FILE for go, a CA list for Qt).
    static QString certificatePath() { return tlsCertificatePath(); }
};

} // namespace gmdtest
