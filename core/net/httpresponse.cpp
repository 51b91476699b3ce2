// SPDX-License-Identifier: MIT
#include "httpresponse.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

constexpr qsizetype kMaxHead = 64 * 1024;
constexpr qsizetype kMaxChunkLine = 4096;

} // namespace

HttpResponseParser::HttpResponseParser(qint64 maxBody, bool headOnly)
    : m_maxBody(maxBody)
    , m_headOnly(headOnly)
{ }

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const auto& [n, v] : m_headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

HttpResponseParser::State HttpResponseParser::fail(const QString& message)
{
    m_error = message;
    m_state = State::Error;
    m_buffer.clear();
    return m_state;
}

void HttpResponseParser::keep(QByteArrayView bytes)
{
    const qint64 room = m_maxBody - m_body.size();
    if (bytes.size() > room) {
        m_body.append(bytes.first(qMax<qint64>(0, room)));
        m_truncated = true;
        m_state = State::Done;
    } else {
        m_body.append(bytes);
    }
}

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView data)
{
    if (m_state == State::Done || m_state == State::Error)
        return m_state;
    m_buffer.append(data);
    if (m_state == State::Head)
        parseHead();
    if (m_state == State::Body)
        parseBody();
    return m_state;
}

HttpResponseParser::State HttpResponseParser::parseHead()
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > kMaxHead)
                return fail(u"response head larger than 64 KiB"_s);
            if (m_buffer.size() >= 5 && !m_buffer.startsWith("HTTP/"))
                return fail(u"malformed HTTP response: %1"_s.arg(QString::fromLatin1(m_buffer.left(40).simplified())));
            return m_state;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QByteArray statusLine = lines.first().trimmed();
        const QList<QByteArray> parts = statusLine.split(' ');
        bool ok = false;
        const int status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
        if (!statusLine.startsWith("HTTP/1.") || !ok || status < 100 || status > 999)
            return fail(u"malformed HTTP response: %1"_s.arg(QString::fromLatin1(statusLine.left(80))));
        m_headers.clear();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return fail(u"malformed HTTP header line: %1"_s.arg(QString::fromLatin1(line.left(80))));
            m_headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
        }
        if (status >= 100 && status < 200 && status != 101)
            continue; // 100 Continue and friends: the real head follows
        m_status = status;
        m_statusLine = statusLine;
        break;
    }

    if (m_headOnly || m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
        m_state = State::Done;
        return m_state;
    }
    if (header("Transfer-Encoding").toLower().contains("chunked")) {
        m_framing = Framing::Chunked;
    } else if (const QByteArray length = header("Content-Length"); !length.isEmpty()) {
        bool ok = false;
        m_remaining = length.toLongLong(&ok);
        if (!ok || m_remaining < 0)
            return fail(u"invalid Content-Length: %1"_s.arg(QString::fromLatin1(length.left(40))));
        m_framing = Framing::Length;
    } else {
        m_framing = Framing::Close;
    }
    m_state = State::Body;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::parseBody()
{
    switch (m_framing) {
    case Framing::Chunked:
        return parseChunked();
    case Framing::Length: {
        const qsizetype n = qsizetype(qMin<qint64>(m_remaining, m_buffer.size()));
        keep(QByteArrayView(m_buffer).first(n));
        m_remaining -= n;
        m_buffer.clear();
        if (m_remaining == 0)
            m_state = State::Done;
        return m_state;
    }
    case Framing::Close:
        keep(m_buffer);
        m_buffer.clear();
        return m_state;
    case Framing::None:
        m_state = State::Done;
        return m_state;
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::parseChunked()
{
    while (m_state == State::Body) {
        switch (m_chunk) {
        case ChunkState::Size: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return m_buffer.size() > kMaxChunkLine ? fail(u"chunk size line too long"_s) : m_state;
            QByteArray line = m_buffer.left(eol);
            m_buffer.remove(0, eol + 2);
            if (const qsizetype semi = line.indexOf(';'); semi >= 0)
                line.truncate(semi); // chunk extensions
            bool ok = false;
            m_remaining = line.trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0)
                return fail(u"malformed chunk size: %1"_s.arg(QString::fromLatin1(line.left(40))));
            m_chunk = m_remaining == 0 ? ChunkState::Trailer : ChunkState::Data;
            break;
        }
        case ChunkState::Data: {
            if (m_buffer.isEmpty())
                return m_state;
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, m_buffer.size()));
            keep(QByteArrayView(m_buffer).first(n));
            m_buffer.remove(0, n);
            m_remaining -= n;
            if (m_remaining == 0)
                m_chunk = ChunkState::DataEnd;
            break;
        }
        case ChunkState::DataEnd:
            if (m_buffer.size() < 2)
                return m_state;
            if (!m_buffer.startsWith("\r\n"))
                return fail(u"malformed chunked encoding: missing CRLF after chunk data"_s);
            m_buffer.remove(0, 2);
            m_chunk = ChunkState::Size;
            break;
        case ChunkState::Trailer: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return m_state;
            m_buffer.remove(0, eol + 2);
            if (eol == 0)
                m_state = State::Done; // the empty line after the trailers
            break;
        }
        }
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finishOnClose()
{
    if (m_state == State::Done || m_state == State::Error)
        return m_state;
    if (m_state == State::Body && m_framing == Framing::Close) {
        m_state = State::Done;
        return m_state;
    }
    if (m_state == State::Head)
        return fail(m_buffer.isEmpty() ? u"connection closed before the response (EOF)"_s
                                       : u"connection closed in the middle of the response head"_s);
    return fail(u"unexpected EOF: connection closed in the middle of the body"_s);
}

} // namespace gmd
