// SPDX-License-Identifier: MIT
#include "traceurl.h"

#include "goenv/modulepath.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

// go percent-encodes the '!' of case-escaped paths in request URLs and -x lines
// ("/example.com/%21foo/bar/@v/v1.0.0.zip"): decode that first, then undo the case escaping.
QString percentDecoded(const QString& text)
{
    return text.contains(u'%') ? QUrl::fromPercentEncoding(text.toUtf8()) : text;
}

QString unescapePath(const QString& escaped)
{
    const QString decoded = percentDecoded(escaped);
    const EscapeResult r = unescapeModulePath(decoded);
    return r.ok() ? r.value : decoded;
}

QString unescapeVersion(const QString& escaped)
{
    const QString decoded = percentDecoded(escaped);
    const EscapeResult r = unescapeModuleVersion(decoded);
    return r.ok() ? r.value : decoded;
}

/// Splits "<module>@<version>" (escaped) as it appears after /lookup/.
void splitModuleVersion(const QString& text, TraceUrlInfo* info)
{
    const qsizetype at = text.lastIndexOf(u'@');
    if (at < 0) {
        info->module = unescapePath(text);
        return;
    }
    info->module = unescapePath(text.left(at));
    info->version = unescapeVersion(text.mid(at + 1));
}

/// Sumdb paths below the database root: /supported, /latest, /lookup/M@V, /tile/….
void decodeSumDbPath(const QString& rest, TraceUrlInfo* info)
{
    using E = TraceUrlInfo::Endpoint;
    info->kind = TraceUrlInfo::Kind::SumDb;
    if (rest == u"supported"_s)
        info->endpoint = E::Supported;
    else if (rest == u"latest"_s)
        info->endpoint = E::SumLatest;
    else if (rest.startsWith(u"tile/"_s))
        info->endpoint = E::Tile;
    else if (rest.startsWith(u"lookup/"_s)) {
        info->endpoint = E::Lookup;
        splitModuleVersion(rest.mid(7), info);
    }
}

/// The proxy protocol below the base: <module>/@v/list, <module>/@v/<v>.<ext>, <module>/@latest.
bool decodeProxyPath(const QString& rest, TraceUrlInfo* info)
{
    using E = TraceUrlInfo::Endpoint;
    qsizetype cut = rest.indexOf(u"/@v/"_s);
    QString tail;
    if (cut >= 0) {
        tail = rest.mid(cut + 4);
        if (tail == u"list"_s)
            info->endpoint = E::List;
        else {
            for (const auto& [ext, endpoint] : { std::pair { u".info"_s, E::Info }, std::pair { u".mod"_s, E::Mod },
                     std::pair { u".zip"_s, E::Zip } }) {
                if (tail.endsWith(ext)) {
                    info->endpoint = endpoint;
                    info->version = unescapeVersion(tail.chopped(ext.size()));
                }
            }
        }
    } else if (rest.endsWith(u"/@latest"_s)) {
        cut = rest.size() - 8;
        info->endpoint = E::Latest;
    } else {
        return false;
    }
    info->kind = TraceUrlInfo::Kind::Proxy;
    info->module = unescapePath(rest.left(cut));
    return true;
}

} // namespace

QString TraceUrlInfo::kindName() const
{
    switch (kind) {
    case Kind::Proxy:
        return u"proxy"_s;
    case Kind::SumDb:
        return u"sumdb"_s;
    case Kind::GoGet:
        return u"go-get"_s;
    case Kind::Other:
        break;
    }
    return u"other"_s;
}

QString TraceUrlInfo::endpointName() const
{
    static const char* const names[] = { "", "list", "info", "mod", "zip", "latest", "supported", "lookup", "tile",
        "latest-tree", "go-get" };
    return QString::fromLatin1(names[int(endpoint)]);
}

TraceUrlInfo decodeTraceUrl(const QString& url, const QStringList& proxyBases)
{
    TraceUrlInfo info;
    const QUrl u(url, QUrl::TolerantMode);
    info.host = u.host().toLower();
    if (u.port() > 0)
        info.host += u':' + QString::number(u.port());
    // The path as printed (QUrl would re-encode it): from the first '/' after "://" to '?' or '#'.
    const qsizetype authority = url.indexOf(u"://"_s);
    qsizetype slash = url.indexOf(u'/', authority < 0 ? 0 : authority + 3);
    if (slash < 0)
        slash = url.size();
    qsizetype end = url.indexOf(u'?', slash);
    if (end < 0)
        end = url.indexOf(u'#', slash);
    const QString path = end < 0 ? url.mid(slash) : url.mid(slash, end - slash);
    const QString origin = url.left(slash);

    if (u.query().split(u'&').contains(u"go-get=1"_s)) { // VCS-1
        info.kind = TraceUrlInfo::Kind::GoGet;
        info.endpoint = TraceUrlInfo::Endpoint::GoGet;
        info.module = u.host() + (path == u"/"_s ? QString() : path);
        info.base = origin;
        return info;
    }

    // The base: the longest GOPROXY entry that prefixes the URL.
    QString rest;
    bool known = false;
    for (const QString& b : proxyBases) {
        QString base = b;
        while (base.endsWith(u'/'))
            base.chop(1);
        if (!base.isEmpty() && url.startsWith(base + u'/') && base.size() > info.base.size()) {
            info.base = base;
            rest = url.mid(base.size() + 1);
            known = true;
        }
    }
    if (known) {
        const qsizetype q = rest.indexOf(u'?');
        if (q >= 0)
            rest.truncate(q);
    }

    // <base>/sumdb/<name>/… (SUMDB-3): the database through a proxy.
    const QString lookIn = known ? u'/' + rest : path;
    const qsizetype sumdb = lookIn.indexOf(u"/sumdb/"_s);
    if (sumdb >= 0) {
        const QString after = lookIn.mid(sumdb + 7);
        const qsizetype slash = after.indexOf(u'/');
        info.sumdbName = slash < 0 ? after : after.left(slash);
        if (!known)
            info.base = origin + path.left(sumdb);
        decodeSumDbPath(slash < 0 ? QString() : after.mid(slash + 1), &info);
        return info;
    }
    if (known) {
        decodeProxyPath(rest, &info);
        return info;
    }

    // Unknown base: the module starts at the first element with a dot (module.CheckPath).
    const QStringList parts = path.split(u'/');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).contains(u'.') && !parts.at(i).startsWith(u'@')) {
            const QString tail = parts.mid(i).join(u'/');
            if (decodeProxyPath(tail, &info)) {
                info.base = origin + parts.mid(0, i).join(u'/');
                return info;
            }
            break;
        }
    }
    // The database reached directly (https://sum.golang.org/lookup/…).
    if (path.startsWith(u"/lookup/"_s) || path.startsWith(u"/tile/"_s) || path == u"/latest"_s) {
        info.sumdbName = u.host();
        info.base = origin;
        decodeSumDbPath(path.mid(1), &info);
    }
    return info;
}

QString vcsRemoteHost(const QString& remote)
{
    if (remote.contains(u"://"_s))
        return QUrl(remote).host().toLower();
    const qsizetype at = remote.indexOf(u'@');
    const qsizetype colon = remote.indexOf(u':');
    if (colon > 0 && at < colon && !remote.startsWith(u'/'))
        return remote.mid(at + 1, colon - at - 1).toLower();
    return {};
}

} // namespace gmd
