// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace gmdtest {

using PeerHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP request as a test peer received it.
struct PeerRequest
{
    QByteArray method; ///< "GET", "CONNECT", ...
    QByteArray target; ///< request-target as sent: "/x/@v/list", "http://h:1/x", "h:443"
    QByteArray path; ///< target without query, percent-decoded ("" for CONNECT)
    QByteArray version; ///< "HTTP/1.1"
    PeerHeaders headers; ///< in arrival order, names as sent
    QByteArray body;
    int connection = 0; ///< 1-based serial number of the TCP connection it came on
    qint64 receivedMs = 0; ///< monotonic ms since the peer started, when the head was complete

    /// First value of header `name` (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    /// True when header `name` is present (case-insensitive).
    bool hasHeader(QByteArrayView name) const;
};

/// What a peer sends back, including misbehaviour (delays, stalls, dropped connections).
struct PeerResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8"; ///< omitted when empty
    PeerHeaders headers; ///< extra headers
    QByteArray body;
    qint64 contentLength = -1; ///< announced length; -1: body.size()
    int delayBeforeHeadersMs = 0; ///< wait before the status line; < 0: never answer (H1)
    qint64 stallAfterBodyBytes = -1; ///< >= 0: send this many body bytes, then stall (H2)
    int stallMs = -1; ///< length of that stall; < 0: for ever
    bool closeAfter = false; ///< close the connection after the response
    bool dropConnection = false; ///< close the connection (after the delay) instead of answering
    quint16 pipePort = 0; ///< != 0: connect to 127.0.0.1:pipePort and relay bytes both ways
    QByteArray pipeReply; ///< sent to the client once the upstream is connected
    QByteArray pipeUpstream; ///< sent upstream first (a rewritten proxy request)

    /// A response with `status` and a text/plain body.
    static PeerResponse text(int status, const QByteArray& body);
    /// A response that never comes (the connection stays open, H1).
    static PeerResponse never();
};

/// The reason phrase Go's net/http uses for `status` ("Not Found"); "Status <n>" when unknown.
QByteArray reasonPhrase(int status);
/// Status line and headers of `response` up to the blank line; `close` adds Connection: close.
QByteArray responseHead(const PeerResponse& response, bool close);
/// Parses a request head (request line + headers, without the final blank line) into `request`.
/// Returns false for a malformed head.
bool parseRequestHead(const QByteArray& head, PeerRequest* request);

} // namespace gmdtest
