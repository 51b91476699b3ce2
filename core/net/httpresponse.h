// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace gmd {

/// An incremental HTTP/1.x response reader for the probes: the head, then a body framed by
/// Content-Length, chunked transfer coding or the connection closing, kept up to a size cap.
/// Pure: fed with bytes, it never touches a socket.
class HttpResponseParser
{
public:
    enum class State {
        Head, ///< waiting for the end of the head
        Body, ///< reading the body
        Done, ///< complete (or the size cap was reached)
        Error, ///< malformed; see error()
    };

    /// `maxBody`: bytes kept (and read) at most. `headOnly`: the answer to CONNECT or HEAD,
    /// complete after the head.
    explicit HttpResponseParser(qint64 maxBody = 1024 * 1024, bool headOnly = false);

    /// Consumes `data`; returns the new state. Bytes after Done are ignored.
    State feed(QByteArrayView data);
    /// The peer closed the connection: a close-delimited body ends here, anything else is an
    /// error ("unexpected EOF").
    State finishOnClose();

    State state() const { return m_state; }
    bool headComplete() const { return m_state != State::Head && m_status != 0; }
    QString error() const { return m_error; }
    int status() const { return m_status; }
    QByteArray statusLine() const { return m_statusLine; }
    /// First value of header `name` (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    const QList<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }
    /// The body bytes kept (at most maxBody).
    const QByteArray& body() const { return m_body; }
    /// True when the body was cut at maxBody.
    bool truncated() const { return m_truncated; }
    /// True when the head arrived in pieces so far (some bytes, no complete head).
    bool hasPartialHead() const { return m_state == State::Head && !m_buffer.isEmpty(); }

private:
    State parseHead();
    State parseBody();
    State parseChunked();
    State fail(const QString& message);
    void keep(QByteArrayView bytes);

    enum class Framing { Length, Chunked, Close, None };
    enum class ChunkState { Size, Data, DataEnd, Trailer };

    qint64 m_maxBody;
    bool m_headOnly;
    State m_state = State::Head;
    QString m_error;
    QByteArray m_buffer;
    int m_status = 0;
    QByteArray m_statusLine;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    Framing m_framing = Framing::Close;
    qint64 m_remaining = 0; ///< Length: body bytes left; Chunked: bytes left in the chunk
    ChunkState m_chunk = ChunkState::Size;
    QByteArray m_body;
    bool m_truncated = false;
};

} // namespace gmd
