// SPDX-License-Identifier: MIT
#include "localgoproxy.h"

#include "modulezip.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace gmdtest {
namespace {

constexpr char kTextType[] = "text/plain; charset=utf-8";

PeerResponse notFoundResponse(int status, const QByteArray& body, const QByteArray& what)
{
    if (!body.isEmpty())
        return PeerResponse::text(status, body);
    return PeerResponse::text(status, "not found: " + what + '\n');
}

/// Splits "v1.2.3-pre.1+build" into numbers and pre-release identifiers; false when invalid.
bool parseSemver(const QString& v, QList<qint64>* numbers, QStringList* pre)
{
    if (!v.startsWith(u'v'))
        return false;
    QString rest = v.mid(1);
    const qsizetype plus = rest.indexOf(u'+');
    if (plus >= 0)
        rest.truncate(plus);
    const qsizetype dash = rest.indexOf(u'-');
    if (dash >= 0) {
        *pre = rest.mid(dash + 1).split(u'.');
        rest.truncate(dash);
    }
    const QStringList parts = rest.split(u'.');
    if (parts.size() != 3)
        return false;
    for (const QString& p : parts) {
        bool ok = false;
        numbers->append(p.toLongLong(&ok));
        if (!ok)
            return false;
    }
    return true;
}

int compareIdentifier(const QString& a, const QString& b)
{
    bool aNum = false;
    bool bNum = false;
    const qint64 an = a.toLongLong(&aNum);
    const qint64 bn = b.toLongLong(&bNum);
    if (aNum && bNum)
        return an < bn ? -1 : (an > bn ? 1 : 0);
    if (aNum != bNum)
        return aNum ? -1 : 1; // numeric identifiers sort first
    return a.compare(b);
}

} // namespace

int compareSemver(const QString& a, const QString& b)
{
    QList<qint64> an;
    QList<qint64> bn;
    QStringList ap;
    QStringList bp;
    if (!parseSemver(a, &an, &ap) || !parseSemver(b, &bn, &bp))
        return a.compare(b);
    for (int i = 0; i < 3; ++i) {
        if (an.at(i) != bn.at(i))
            return an.at(i) < bn.at(i) ? -1 : 1;
    }
    if (ap.isEmpty() || bp.isEmpty())
        return int(bp.isEmpty()) - int(ap.isEmpty()); // a release sorts after its pre-releases
    for (qsizetype i = 0; i < qMin(ap.size(), bp.size()); ++i) {
        if (const int c = compareIdentifier(ap.at(i), bp.at(i)); c != 0)
            return c < 0 ? -1 : 1;
    }
    return ap.size() < bp.size() ? -1 : (ap.size() > bp.size() ? 1 : 0);
}

LocalGoProxy::LocalGoProxy()
    : LocalGoProxy(Options {})
{ }

LocalGoProxy::LocalGoProxy(const Options& options)
    : LoopbackPeer(LoopbackPeer::Options { .tls = options.tls })
    , m_basePath(options.basePath)
{
    start();
}

LocalGoProxy::~LocalGoProxy()
{
    stop();
}

void LocalGoProxy::addModule(
    const QString& path, const QString& version, const QMap<QString, QByteArray>& files, const QDateTime& time)
{
    QMap<QString, QByteArray> all = files;
    if (!all.contains(u"go.mod"_s))
        all.insert(u"go.mod"_s, "module " + path.toUtf8() + '\n');
    const QDateTime when = time.isValid() ? time : QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
    Version v;
    v.version = version;
    v.info = QJsonDocument(QJsonObject { { u"Version"_s, version }, { u"Time"_s, when.toUTC().toString(Qt::ISODate) } })
                 .toJson(QJsonDocument::Compact);
    v.mod = all.value(u"go.mod"_s);
    v.zip = moduleZip(path, version, all);
    const QMutexLocker lock(&m_dataMutex);
    m_modules[proxyEscape(path)].append(v);
}

void LocalGoProxy::setBehaviour(const QString& modulePath, const Behaviour& behaviour)
{
    const QMutexLocker lock(&m_dataMutex);
    m_behaviours.append({ proxyEscape(modulePath), behaviour });
}

void LocalGoProxy::clearBehaviours()
{
    const QMutexLocker lock(&m_dataMutex);
    m_behaviours.clear();
}

void LocalGoProxy::setLatencyMs(int ms)
{
    const QMutexLocker lock(&m_dataMutex);
    m_latencyMs = ms;
}

void LocalGoProxy::setNotFound(int status, const QByteArray& body)
{
    const QMutexLocker lock(&m_dataMutex);
    m_notFoundStatus = status;
    m_notFoundBody = body;
}

void LocalGoProxy::setSupportedSumDb(const QString& name)
{
    const QMutexLocker lock(&m_dataMutex);
    m_sumDb = name;
}

QByteArray LocalGoProxy::zip(const QString& path, const QString& version) const
{
    const QMutexLocker lock(&m_dataMutex);
    for (const Version& v : m_modules.value(proxyEscape(path))) {
        if (v.version == version)
            return v.zip;
    }
    return {};
}

QString LocalGoProxy::moduleUrl(const QString& path, const QString& suffix) const
{
    return baseUrl() + u'/' + proxyEscape(path) + suffix;
}

PeerResponse LocalGoProxy::respond(const PeerRequest& request)
{
    if (request.method != "GET") // PROTO-1: only GET
        return PeerResponse::text(405, "method not allowed\n");
    QString path = QString::fromUtf8(request.path);
    if (!m_basePath.isEmpty()) {
        if (!path.startsWith(m_basePath + u'/'))
            return notFound(request.path);
        path = path.mid(m_basePath.size());
    }
    path = path.mid(1); // the leading '/'

    if (path.startsWith(u"sumdb/"_s)) { // SUMDB-3
        const QMutexLocker lock(&m_dataMutex);
        if (!m_sumDb.isEmpty() && path == u"sumdb/"_s + m_sumDb + u"/supported"_s)
            return PeerResponse::text(200, {});
        return PeerResponse::text(404, "not found\n");
    }

    QString escapedPath;
    QString file;
    if (const qsizetype at = path.indexOf(u"/@v/"_s); at > 0) {
        escapedPath = path.left(at);
        file = path.mid(at + 4);
    } else if (path.endsWith(u"/@latest"_s)) {
        escapedPath = path.chopped(8);
        file = u"@latest"_s;
    } else {
        return notFound(request.path);
    }

    Behaviour rule;
    bool matched = false;
    int latency = 0;
    {
        const QMutexLocker lock(&m_dataMutex);
        latency = m_latencyMs;
        for (const auto& [modulePath, behaviour] : std::as_const(m_behaviours)) {
            if (modulePath == escapedPath && path.endsWith(behaviour.suffix)) {
                rule = behaviour;
                matched = true;
                break;
            }
        }
    }
    PeerResponse response =
        matched && rule.status != 0 ? PeerResponse::text(rule.status, rule.body) : answer(escapedPath, file);
    if (matched) {
        response.delayBeforeHeadersMs = rule.delayBeforeHeadersMs;
        response.stallAfterBodyBytes = rule.stallAfterBodyBytes;
        response.stallMs = rule.stallMs;
        response.dropConnection = rule.dropConnection;
    }
    if (latency > 0 && response.delayBeforeHeadersMs >= 0)
        response.delayBeforeHeadersMs += latency;
    return response;
}

PeerResponse LocalGoProxy::answer(const QString& escapedPath, const QString& file) const
{
    const QMutexLocker lock(&m_dataMutex);
    const auto it = m_modules.constFind(escapedPath);
    if (it == m_modules.cend())
        return notFoundResponse(m_notFoundStatus, m_notFoundBody, escapedPath.toUtf8() + "/@v/" + file.toUtf8());
    const QList<Version>& versions = *it;

    PeerResponse response;
    if (file == u"list"_s) { // PROTO-4: one version per line
        response.contentType = kTextType;
        for (const Version& v : versions)
            response.body += v.version.toUtf8() + '\n';
        return response;
    }
    if (file == u"@latest"_s) { // the highest release, else the highest pre-release
        const Version* best = nullptr;
        for (const Version& v : versions) {
            const bool release = !v.version.contains(u'-');
            const bool bestRelease = best && !best->version.contains(u'-');
            if (!best || (release && !bestRelease)
                || (release == bestRelease && compareSemver(v.version, best->version) > 0))
                best = &v;
        }
        response.contentType = "application/json";
        response.body = best->info;
        return response;
    }
    const qsizetype dot = file.lastIndexOf(u'.');
    const QString escapedVersion = file.left(dot);
    const QString ext = dot < 0 ? QString() : file.mid(dot);
    for (const Version& v : versions) {
        if (proxyEscape(v.version) != escapedVersion)
            continue;
        if (ext == u".info"_s) {
            response.contentType = "application/json";
            response.body = v.info;
        } else if (ext == u".mod"_s) {
            response.contentType = kTextType;
            response.body = v.mod;
        } else if (ext == u".zip"_s) {
            response.contentType = "application/zip";
            response.body = v.zip;
        } else {
            break;
        }
        return response;
    }
    return notFoundResponse(m_notFoundStatus, m_notFoundBody, escapedPath.toUtf8() + "/@v/" + file.toUtf8());
}

PeerResponse LocalGoProxy::notFound(const QByteArray& what) const
{
    const QMutexLocker lock(&m_dataMutex);
    return notFoundResponse(m_notFoundStatus, m_notFoundBody, what);
}

} // namespace gmdtest
