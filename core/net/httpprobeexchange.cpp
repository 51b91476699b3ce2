// SPDX-License-Identifier: MIT
// HttpProbe, second half: the HTTP exchange (request, head, body, redirects), socket errors
// and timeouts. The first half (httpprobe.cpp) resolves, connects, tunnels and handshakes.
#include "common/secrets.h"
#include "httpprobe.h"
#include "net/hostresolver.h"
#include "net/probeclassify.h"

#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

void HttpProbe::sendRequest()
{
    const bool absolute = m_via == Via::HttpProxy && m_url.scheme().toLower() == u"http"_s;
    QByteArray path = m_url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    if (m_url.hasQuery())
        path += '?' + m_url.query(QUrl::FullyEncoded).toUtf8();
    const int port = m_url.port(-1);
    const QString host = m_url.host().contains(u':') ? u'[' + m_url.host() + u']' : m_url.host();
    QByteArray hostHeader = host.toUtf8();
    if (port >= 0)
        hostHeader += ':' + QByteArray::number(port);
    // Through an HTTP proxy, plain http requests carry the absolute URI (Go's Transport).
    QByteArray target = path;
    if (absolute)
        target = m_url.scheme().toLatin1() + "://" + hostHeader + path;
    QByteArray request =
        "GET " + target + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nUser-Agent: " + m_options.userAgent + "\r\n";
    if (!m_url.userInfo().isEmpty()) { // https only (NET-4 checked in beginHop), like Go's basic auth
        const QString credentials = m_url.userName(QUrl::FullyDecoded) + u':' + m_url.password(QUrl::FullyDecoded);
        request += "Authorization: Basic " + credentials.toUtf8().toBase64() + "\r\n";
    }
    if (absolute)
        request += proxyAuthorization();
    request += "Connection: close\r\n\r\n";
    m_parser = std::make_unique<HttpResponseParser>(m_options.maxBodyBytes);
    m_socket->write(request);
    if (!stage(ProbeStage::Request))
        return;
    armPhase(Phase::Waiting, m_options.responseTimeoutMs);
}

void HttpProbe::onReadyRead()
{
    if (!m_socket || !m_parser)
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    if (m_phase == Phase::Tunnel) {
        const HttpResponseParser::State s = m_parser->feed(data);
        if (s == HttpResponseParser::State::Done)
            return onTunnelHead();
        if (s == HttpResponseParser::State::Error)
            return fail(ProbeOutcome::ProxyError, u"CONNECT %1: %2"_s.arg(hostPort(), m_parser->error()), true);
        return armPhase(Phase::Tunnel, m_options.responseTimeoutMs);
    }
    if (m_phase != Phase::Waiting && m_phase != Phase::Reading)
        return;
    if (!m_firstByte) {
        m_firstByte = true;
        if (!stage(ProbeStage::FirstByte))
            return;
        m_phase = Phase::Reading;
    }
    const bool hadHead = m_parser->headComplete();
    m_parser->feed(data);
    onResponseProgress(hadHead);
}

void HttpProbe::onResponseProgress(bool hadHead)
{
    if (m_parser->state() == HttpResponseParser::State::Error) {
        recordBody();
        return fail(hadHead ? ProbeOutcome::NetworkError : ProbeOutcome::InvalidResponse, m_parser->error());
    }
    if (!hadHead && m_parser->headComplete()) {
        m_result.httpStatus = m_parser->status();
        m_result.statusLine = QString::fromLatin1(m_parser->statusLine());
        m_result.contentType = QString::fromLatin1(m_parser->header("Content-Type"));
        m_result.evidence << u"GET %1 → %2 (first byte after %3 ms)"_s.arg(
            redactUrl(m_url.toString()), m_result.statusLine, QString::number(m_result.stageMs(ProbeStage::FirstByte)));
        if (!m_result.contentType.isEmpty())
            m_result.evidence << u"Content-Type: %1"_s.arg(m_result.contentType);
        if (!stage(ProbeStage::Headers))
            return;
        const QByteArray location = m_parser->header("Location");
        if (isFollowedRedirect(m_parser->status()) && !location.isEmpty())
            return followRedirect();
        if (m_parser->status() == 407 && m_via == Via::HttpProxy) {
            const QString challenge = QString::fromLatin1(m_parser->header("Proxy-Authenticate"));
            if (!challenge.isEmpty())
                m_result.evidence << u"Proxy-Authenticate: %1"_s.arg(challenge);
            return fail(ProbeOutcome::ProxyAuthRequired, m_result.statusLine, true);
        }
    }
    if (m_parser->state() == HttpResponseParser::State::Done)
        return completeHttp();
    armPhase(Phase::Reading, m_options.responseTimeoutMs); // between body chunks
}

void HttpProbe::followRedirect()
{
    const QString location = QString::fromUtf8(m_parser->header("Location"));
    const QUrl next = m_url.resolved(QUrl(location));
    m_result.location = redactUrl(next.toString());
    m_result.redirects << u"%1 → %2"_s.arg(QString::number(m_parser->status()), m_result.location);
    // Go's http.Client stops after 10 redirects; cmd/go refuses to leave https (PROTO-3).
    if (++m_hops > m_options.maxRedirects)
        return fail(ProbeOutcome::RedirectRefused, u"stopped after %1 redirects"_s.arg(m_options.maxRedirects));
    if (QUrl(m_target.url).scheme().toLower() == u"https"_s && next.scheme().toLower() != u"https"_s)
        return fail(ProbeOutcome::RedirectRefused,
            u"redirected from secure URL %1 to insecure URL %2"_s.arg(m_result.url, m_result.location));
    m_result.evidence << u"redirect %1"_s.arg(m_result.redirects.last());
    dropSocket();
    beginHop(next);
}

void HttpProbe::recordBody()
{
    if (!m_parser)
        return;
    m_result.bodyBytes = m_parser->body().size();
    m_result.bodyTruncated = m_parser->truncated();
    m_result.bodyExcerpt = bodyExcerpt(m_parser->body());
}

void HttpProbe::completeHttp()
{
    m_phaseTimer.stop();
    recordBody();
    if (!stage(ProbeStage::Body))
        return;
    m_result.evidence << u"body: %1 bytes%2"_s.arg(
        QString::number(m_result.bodyBytes), m_result.bodyTruncated ? u" (cut at the size cap)"_s : QString());
    const ProbeOutcome outcome = outcomeForStatus(m_parser->status());
    if (outcome == ProbeOutcome::Ok) {
        const QString problem = checkProbeBody(m_target.check, m_parser->body(), m_parser->header("Content-Type"),
            m_target.expectedVersion, m_parser->truncated());
        if (!problem.isEmpty())
            return fail(ProbeOutcome::InvalidResponse, u"%1: %2"_s.arg(m_result.statusLine, problem));
        return finishOk();
    }
    QString error = m_result.statusLine;
    if (m_result.contentType.startsWith(u"text/plain"_s) && !m_result.bodyExcerpt.isEmpty())
        error += u"; server response: "_s + m_result.bodyExcerpt; // like PROTO-3's "server response:"
    fail(outcome, error, outcome == ProbeOutcome::ProxyAuthRequired && m_via == Via::HttpProxy);
}

void HttpProbe::onSocketError()
{
    if (!m_socket || m_done)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    const bool viaProxy = m_via != Via::Direct;
    switch (m_phase) {
    case Phase::Connecting: {
        const QString dial = u"dial tcp %1: "_s.arg(m_connectTarget);
        if (m_via == Via::Socks5) {
            if (error == QAbstractSocket::ProxyAuthenticationRequiredError)
                return fail(ProbeOutcome::ProxyAuthRequired, u"SOCKS5 proxy: "_s + text, true);
            if (error == QAbstractSocket::HostNotFoundError)
                return fail(ProbeOutcome::DnsNotFound, u"the SOCKS5 proxy cannot resolve %1"_s.arg(m_url.host()));
            if (error == QAbstractSocket::ConnectionRefusedError)
                return fail(ProbeOutcome::ConnectionRefused, u"the SOCKS5 proxy reports: "_s + text);
            if (error == QAbstractSocket::ProxyProtocolError || error == QAbstractSocket::ProxyConnectionClosedError)
                return fail(ProbeOutcome::ProxyError, u"SOCKS5 proxy: "_s + text, true);
            return fail(
                ProbeOutcome::ProxyConnectFailed, u"socks connect tcp %1: %2"_s.arg(m_connectTarget, text), true);
        }
        if (viaProxy)
            return fail(ProbeOutcome::ProxyConnectFailed,
                u"proxyconnect tcp: "_s + dial
                    + (error == QAbstractSocket::ConnectionRefusedError ? u"connect: connection refused"_s : text),
                true);
        if (error == QAbstractSocket::ConnectionRefusedError)
            return fail(ProbeOutcome::ConnectionRefused, dial + u"connect: connection refused"_s);
        return fail(ProbeOutcome::NetworkError, dial + text);
    }
    case Phase::Tunnel:
        return fail(ProbeOutcome::ProxyError,
            u"CONNECT %1: the proxy closed the connection without answering (%2)"_s.arg(hostPort(), text), true);
    case Phase::Handshake:
        return failTls(text);
    case Phase::Waiting:
    case Phase::Reading: {
        if (error != QAbstractSocket::RemoteHostClosedError)
            return fail(ProbeOutcome::NetworkError, text);
        const bool hadHead = m_parser->headComplete();
        const QByteArray rest = m_socket->readAll();
        if (!rest.isEmpty() && !m_firstByte) {
            m_firstByte = true;
            if (!stage(ProbeStage::FirstByte))
                return;
        }
        m_parser->feed(rest);
        if (m_parser->state() == HttpResponseParser::State::Head
            || m_parser->state() == HttpResponseParser::State::Body)
            m_parser->finishOnClose();
        if (m_parser->state() == HttpResponseParser::State::Error && !m_parser->headComplete()) {
            recordBody();
            return fail(ProbeOutcome::NetworkError, m_parser->error());
        }
        return onResponseProgress(hadHead);
    }
    default:
        return;
    }
}

void HttpProbe::onTimeout(bool total)
{
    if (m_done)
        return;
    const int ms = total ? m_options.totalTimeoutMs : int(m_phaseTimer.interval());
    const QString within = total ? u"the total cap of %1 ms was reached"_s.arg(ms) : u"nothing within %1 ms"_s.arg(ms);
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Done:
        return;
    case Phase::Resolving:
        if (m_lookupId >= 0)
            m_resolver->abort(m_lookupId);
        m_lookupId = -1;
        return fail(
            ProbeOutcome::DnsTimeout, u"lookup %1: no answer (%2)"_s.arg(m_lookupHost, within), m_resolvingProxy);
    case Phase::Connecting:
        if (m_via != Via::Direct)
            return fail(ProbeOutcome::ProxyConnectFailed,
                u"proxyconnect tcp: dial tcp %1: i/o timeout (%2)"_s.arg(m_connectTarget, within), true);
        return fail(
            ProbeOutcome::ConnectTimeout, u"dial tcp %1: i/o timeout (no SYN-ACK: %2)"_s.arg(m_connectTarget, within));
    case Phase::Tunnel:
        return fail(ProbeOutcome::Silent,
            u"the HTTP proxy accepted the connection but did not answer CONNECT %1 (%2)"_s.arg(hostPort(), within),
            true);
    case Phase::Handshake:
        return fail(ProbeOutcome::TlsError, u"TLS handshake timeout (%1)"_s.arg(within));
    case Phase::Waiting:
        return fail(ProbeOutcome::Silent, u"connected and sent the request, but no first byte (%1)"_s.arg(within));
    case Phase::Reading:
        recordBody();
        if (!m_parser->headComplete())
            return fail(ProbeOutcome::BodyStalled, u"the response head stopped part-way (%1)"_s.arg(within));
        return fail(ProbeOutcome::BodyStalled,
            u"%1, then the body stopped after %2 bytes (%3)"_s.arg(
                m_result.statusLine, QString::number(m_result.bodyBytes), within));
    }
}

} // namespace gmd
