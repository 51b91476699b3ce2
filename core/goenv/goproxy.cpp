// SPDX-License-Identifier: MIT
// GOPROXY as cmd/go's modfetch.proxyList() reads it (go1.24.4, spec section 3).
#include "goproxy.h"

#include "common/go/path.h"
#include "common/go/strconv.h"
#include "common/go/strings.h"
#include "common/go/unicode.h"
#include "common/go/url.h"
#include "common/go/utf8.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

const QString kEmptyListError = u"GOPROXY list is not the empty string, but contains no entries"_s;

bool isSeparator(QChar c)
{
    return c == u',' || c == u'|';
}

/// PROXY-3: single words are reserved keywords; anything with '.', ':' or '/' that is neither
/// a full URL (":/") nor an absolute path gets an implied "https://".
bool needsImpliedScheme(const QString& entry)
{
    const bool hasUrlChar = entry.contains(u'.') || entry.contains(u':') || entry.contains(u'/');
    return hasUrlChar && !entry.contains(u":/"_s) && !go::isAbsPath(entry, go::kHostPathStyle) && !entry.startsWith(u'/');
}

/// What newProxyRepo() checks (PROXY-4); returns cmd/go's error text or an empty string.
QString proxyUrlError(const QString& url)
{
    const go::UrlParseResult parsed = go::parseUrl(url.toUtf8());
    if (!parsed.ok())
        return parsed.error;
    const go::Url& u = parsed.url;
    const QString shown = go::fromUtf8(u.redacted());
    if (u.scheme == "http" || u.scheme == "https")
        return {};
    if (u.scheme == "file") {
        go::Url pathOnly;
        pathOnly.scheme = u.scheme;
        pathOnly.path = u.path;
        pathOnly.rawPath = u.rawPath;
        if (!(u == pathOnly))
            return u"invalid file:// proxy URL with non-path elements: "_s + shown;
        return {};
    }
    if (u.scheme.isEmpty())
        return u"invalid proxy URL missing scheme: "_s + shown;
    return u"invalid proxy URL scheme (must be https, http, file): "_s + shown;
}

/// The text after a terminating keyword, without the separators and spaces around it (PROXY-2).
void setIgnoredTail(ProxyList& list, const QString& value, qsizetype from)
{
    qsizetype begin = from;
    qsizetype end = value.size();
    while (begin < end && (go::isSpace(value.at(begin).unicode()) || isSeparator(value.at(begin))))
        ++begin;
    while (end > begin && (go::isSpace(value.at(end - 1).unicode()) || isSeparator(value.at(end - 1))))
        --end;
    if (begin < end) {
        list.ignoredTail = value.mid(begin, end - begin);
        list.ignoredTailOffset = int(begin);
    }
}

} // namespace

ProxyList parseGoProxy(const QString& goproxy, const QString& gonoproxy)
{
    ProxyList list;
    // PROXY-7: the comparison with "direct" is exact (no trimming), as in cmd/go.
    if (!gonoproxy.isEmpty() && goproxy != u"direct"_s) {
        ProxyEntry noproxy;
        noproxy.kind = ProxyEntryKind::NoProxy;
        list.entries.append(noproxy);
    }

    qsizetype pos = 0;
    while (pos < goproxy.size()) {
        // PROXY-1: the separator that ends an entry sets that entry's fallback mode.
        qsizetype sep = pos;
        while (sep < goproxy.size() && !isSeparator(goproxy.at(sep)))
            ++sep;
        const bool pipe = sep < goproxy.size() && goproxy.at(sep) == u'|';
        const qsizetype next = sep < goproxy.size() ? sep + 1 : sep;
        const go::Span entry = go::trimSpaceSpan(goproxy, pos, sep);
        pos = next;
        if (entry.text.isEmpty())
            continue;

        ProxyEntry e;
        e.raw = entry.text;
        e.offset = int(entry.offset);
        // PROXY-2: keywords are exact and end the list; what follows is ignored on purpose.
        if (entry.text == u"off"_s || entry.text == u"direct"_s) {
            e.kind = entry.text == u"off"_s ? ProxyEntryKind::Off : ProxyEntryKind::Direct;
            list.entries.append(e);
            setIgnoredTail(list, goproxy, next);
            break;
        }
        e.kind = ProxyEntryKind::Url;
        e.url = entry.text;
        if (needsImpliedScheme(entry.text)) { // PROXY-3
            e.url = u"https://"_s + entry.text;
            e.impliedScheme = true;
        }
        e.fallback = pipe ? FallbackMode::OnAnyError : FallbackMode::OnNotFound;
        const QString error = proxyUrlError(e.url); // PROXY-4
        if (!error.isEmpty()) {
            list.entries.clear();
            list.error = error;
            list.errorOffset = e.offset;
            list.ignoredTail.clear();
            list.ignoredTailOffset = -1;
            return list;
        }
        list.entries.append(e);
    }

    // PROXY-5: nothing but the implicit noproxy entry counts as an empty list.
    const bool onlyNoProxy = list.entries.size() == 1 && list.entries.first().kind == ProxyEntryKind::NoProxy;
    if (list.entries.isEmpty() || onlyNoProxy) {
        list.entries.clear();
        list.error = kEmptyListError;
    }
    return list;
}

QString formatProxyEntries(const QList<ProxyEntry>& entries)
{
    QStringList parts;
    for (const ProxyEntry& e : entries) {
        switch (e.kind) {
        case ProxyEntryKind::Url:
            parts.append(e.url
                + (e.fallback == FallbackMode::OnAnyError ? u" [fallback=any-error]"_s : u" [fallback=404/410]"_s));
            break;
        case ProxyEntryKind::Direct:
            parts.append(u"direct"_s);
            break;
        case ProxyEntryKind::Off:
            parts.append(u"off"_s);
            break;
        case ProxyEntryKind::NoProxy:
            parts.append(u"noproxy"_s);
            break;
        }
    }
    return parts.join(u" ; "_s);
}

QString goUrlParseError(const QString& rawUrl)
{
    return go::parseUrl(rawUrl.toUtf8()).error;
}

QString goQuote(const QString& s)
{
    return go::quote(s);
}

} // namespace gmd
