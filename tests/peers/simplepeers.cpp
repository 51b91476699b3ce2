// SPDX-License-Identifier: MIT
#include "simplepeers.h"

namespace gmdtest {

SilentServer::SilentServer()
    : SilentServer(Options {})
{ }

SilentServer::SilentServer(const Options& options)
    : LoopbackPeer(LoopbackPeer::Options { .tls = options.tls,
        .readIncoming = options.readIncoming,
        .parseHttp = options.parseHttp,
        .answerMalformed = false })
{
    start();
}

SilentServer::~SilentServer()
{
    stop();
}

PeerResponse SilentServer::respond(const PeerRequest&)
{
    return PeerResponse::never();
}

StallAfterHeadersServer::StallAfterHeadersServer()
    : StallAfterHeadersServer(Options {})
{ }

StallAfterHeadersServer::StallAfterHeadersServer(const Options& options)
    : m_options(options)
{
    start();
}

StallAfterHeadersServer::~StallAfterHeadersServer()
{
    stop();
}

PeerResponse StallAfterHeadersServer::respond(const PeerRequest&)
{
    PeerResponse r;
    r.contentType = m_options.contentType;
    r.contentLength = m_options.contentLength;
    r.body = QByteArray(m_options.bytesBeforeStall, 'P');
    r.stallAfterBodyBytes = m_options.bytesBeforeStall;
    r.stallMs = -1;
    return r;
}

StatusServer::StatusServer(const Options& options)
    : LoopbackPeer(LoopbackPeer::Options { .tls = options.tls })
    , m_settings(options)
{
    start();
}

StatusServer::StatusServer(int status, const QByteArray& body)
    : StatusServer(Options { .status = status, .body = body })
{ }

StatusServer::~StatusServer()
{
    stop();
}

void StatusServer::setStatus(int status, const QByteArray& body)
{
    const QMutexLocker lock(&m_settingsMutex);
    m_settings.status = status;
    m_settings.body = body;
}

void StatusServer::setDelayMs(int ms)
{
    const QMutexLocker lock(&m_settingsMutex);
    m_settings.delayMs = ms;
}

PeerResponse StatusServer::respond(const PeerRequest&)
{
    const QMutexLocker lock(&m_settingsMutex);
    PeerResponse r = PeerResponse::text(m_settings.status, m_settings.body);
    r.contentType = m_settings.contentType;
    r.headers = m_settings.headers;
    r.delayBeforeHeadersMs = m_settings.delayMs;
    return r;
}

SlowServer::SlowServer(int delayMs, const QByteArray& body)
    : StatusServer(Options { .status = 200, .body = body, .delayMs = delayMs })
{ }

SlowServer::~SlowServer()
{
    stop();
}

TlsServer::TlsServer(int status, const QByteArray& body)
    : StatusServer(Options { .status = status, .body = body, .tls = true })
{ }

TlsServer::~TlsServer()
{
    stop();
}

} // namespace gmdtest
