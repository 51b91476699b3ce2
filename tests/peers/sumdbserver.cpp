// SPDX-License-Identifier: MIT
#include "sumdbserver.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace gmdtest {
namespace {

/// Undoes the proxy escaping ("!x" -> "X") so lookups echo the real path, as the real DB does.
QString unescape(const QByteArray& escaped)
{
    QString out;
    const QString in = QString::fromUtf8(escaped);
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == u'!' && i + 1 < in.size())
            out += in.at(++i).toUpper();
        else
            out += in.at(i);
    }
    return out;
}

QByteArray fakeHash(const QByteArray& seed)
{
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toBase64();
}

} // namespace

SumDbServer::SumDbServer()
    : SumDbServer(Options {})
{ }

SumDbServer::SumDbServer(const Options& options)
    : LoopbackPeer(LoopbackPeer::Options { .tls = options.tls })
    , m_options(options)
{
    start();
}

SumDbServer::~SumDbServer()
{
    stop();
}

void SumDbServer::setStatus(int status, const QByteArray& body)
{
    const QMutexLocker lock(&m_settingsMutex);
    m_status = status;
    m_body = body;
}

void SumDbServer::setDelayMs(int ms)
{
    const QMutexLocker lock(&m_settingsMutex);
    m_delayMs = ms;
}

QByteArray SumDbServer::signedTreeHead(const QString& name, qint64 size)
{
    // golang.org/x/mod/sumdb/note format: text, blank line, "— <name> <base64(keyhash+sig)>".
    const QByteArray n = name.toUtf8();
    const QByteArray signature =
        QCryptographicHash::hash(QByteArray("sig" + n + QByteArray::number(size)), QCryptographicHash::Sha512)
            .left(4 + 60)
            .toBase64();
    return "go.sum database tree\n" + QByteArray::number(size) + '\n' + fakeHash("tree" + QByteArray::number(size))
        + "\n\n\xe2\x80\x94 " + n + ' ' + signature + '\n';
}

QByteArray SumDbServer::lookupAnswer(const QString& name, qint64 size, const QString& path, const QString& version)
{
    const QByteArray pv = path.toUtf8() + ' ' + version.toUtf8();
    return QByteArray::number(size - 1) + '\n' + pv + " h1:" + fakeHash("zip " + pv) + '\n' + pv
        + "/go.mod h1:" + fakeHash("mod " + pv) + "\n\n" + signedTreeHead(name, size);
}

PeerResponse SumDbServer::respond(const PeerRequest& request)
{
    int status = 0;
    QByteArray body;
    int delay = 0;
    {
        const QMutexLocker lock(&m_settingsMutex);
        status = m_status;
        body = m_body;
        delay = m_delayMs;
    }
    PeerResponse r;
    if (status != 0) {
        r = PeerResponse::text(status, body);
        r.delayBeforeHeadersMs = delay;
        return r;
    }
    QByteArray path = request.path;
    const QByteArray prefix = "/sumdb/" + m_options.name.toUtf8();
    if (path.startsWith(QByteArray(prefix + '/')))
        path = path.mid(prefix.size());
    if (path == "/supported") {
        r = PeerResponse::text(200, {});
    } else if (path == "/latest") {
        r = PeerResponse::text(200, signedTreeHead(m_options.name, m_options.treeSize));
    } else if (path.startsWith("/lookup/") && path.contains('@')) {
        // SUMDB-4: /lookup/<escaped path>@<escaped version>
        const QByteArray key = path.mid(8);
        const qsizetype at = key.lastIndexOf('@');
        r = PeerResponse::text(
            200, lookupAnswer(m_options.name, m_options.treeSize, unescape(key.left(at)), unescape(key.mid(at + 1))));
    } else if (path.startsWith("/tile/")) {
        // Hashes of 32 bytes each: a full tile has 2^8 of them, a partial one .p/<width>.
        const qsizetype p = path.indexOf(".p/");
        const int width = p < 0 ? 256 : qBound(1, path.mid(p + 3).toInt(), 256);
        r.contentType = "application/octet-stream";
        for (int i = 0; i < width; ++i)
            r.body += QCryptographicHash::hash(QByteArray(path + QByteArray::number(i)), QCryptographicHash::Sha256);
    } else {
        r = PeerResponse::text(404, "not found\n");
    }
    r.delayBeforeHeadersMs = delay;
    return r;
}

} // namespace gmdtest
