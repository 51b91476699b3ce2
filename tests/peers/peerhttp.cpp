// SPDX-License-Identifier: MIT
#include "peerhttp.h"

#include <QMap>

namespace gmdtest {

QByteArray PeerRequest::header(QByteArrayView name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool PeerRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

PeerResponse PeerResponse::text(int status, const QByteArray& body)
{
    PeerResponse r;
    r.status = status;
    r.body = body;
    return r;
}

PeerResponse PeerResponse::never()
{
    PeerResponse r;
    r.delayBeforeHeadersMs = -1;
    return r;
}

QByteArray reasonPhrase(int status)
{
    static const QMap<int, QByteArray> phrases {
        { 200, "OK" },
        { 201, "Created" },
        { 204, "No Content" },
        { 301, "Moved Permanently" },
        { 302, "Found" },
        { 304, "Not Modified" },
        { 307, "Temporary Redirect" },
        { 308, "Permanent Redirect" },
        { 400, "Bad Request" },
        { 401, "Unauthorized" },
        { 403, "Forbidden" },
        { 404, "Not Found" },
        { 405, "Method Not Allowed" },
        { 407, "Proxy Authentication Required" },
        { 408, "Request Timeout" },
        { 410, "Gone" },
        { 429, "Too Many Requests" },
        { 431, "Request Header Fields Too Large" },
        { 500, "Internal Server Error" },
        { 501, "Not Implemented" },
        { 502, "Bad Gateway" },
        { 503, "Service Unavailable" },
        { 504, "Gateway Timeout" },
    };
    const QByteArray phrase = phrases.value(status);
    if (!phrase.isEmpty())
        return phrase;
    return "Status " + QByteArray::number(status);
}

QByteArray responseHead(const PeerResponse& response, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    const qint64 length = response.contentLength >= 0 ? response.contentLength : response.body.size();
    head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    for (const auto& h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    return head;
}

bool parseRequestHead(const QByteArray& head, PeerRequest* request)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return false;
    const QList<QByteArray> parts = lines.first().trimmed().split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty() || !parts.at(2).startsWith("HTTP/"))
        return false;
    request->method = parts.at(0);
    request->target = parts.at(1);
    request->version = parts.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        request->headers.append(qMakePair(line.left(colon).trimmed(), line.mid(colon + 1).trimmed()));
    }
    QByteArray path = request->target;
    if (request->method == "CONNECT") {
        path.clear();
    } else if (!path.startsWith('/')) {
        // absolute-form (proxy requests): drop "scheme://authority"
        const qsizetype scheme = path.indexOf("://");
        const qsizetype slash = scheme < 0 ? -1 : path.indexOf('/', scheme + 3);
        path = slash < 0 ? QByteArray("/") : path.mid(slash);
    }
    const qsizetype query = path.indexOf('?');
    if (query >= 0)
        path.truncate(query);
    request->path = QByteArray::fromPercentEncoding(path);
    return true;
}

} // namespace gmdtest
