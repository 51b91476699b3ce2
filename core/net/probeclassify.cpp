// SPDX-License-Identifier: MIT
#include "probeclassify.h"

#include "common/secrets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

ProbeOutcome outcomeForStatus(int status)
{
    if (status == 200)
        return ProbeOutcome::Ok;
    if (status == 404 || status == 410)
        return ProbeOutcome::HttpNotFound;
    if (status == 401 || status == 403)
        return ProbeOutcome::HttpDenied;
    if (status == 407)
        return ProbeOutcome::ProxyAuthRequired;
    if (status >= 500 && status <= 599)
        return ProbeOutcome::HttpServerError;
    return ProbeOutcome::HttpOtherStatus;
}

bool isFollowedRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool looksLikeHtml(const QByteArray& body, const QByteArray& contentType)
{
    if (contentType.toLower().contains("text/html"))
        return true;
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.contains("<html")
        || start.contains("<head") || start.contains("<body");
}

namespace {

/// encoding/json's message for a document that does not start like JSON.
QString goJsonStartError(const QByteArray& body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n')
            return {};
        if (c >= 0x20 && c < 0x7f)
            return u"invalid character '%1' looking for beginning of value"_s.arg(QChar::fromLatin1(c));
        return u"invalid character looking for beginning of value"_s;
    }
    return u"unexpected end of JSON input"_s;
}

QString checkVersionList(const QByteArray& body, const QByteArray& contentType)
{
    if (looksLikeHtml(body, contentType))
        return u"an HTML page instead of a version list (a captive portal or login page?)"_s;
    int lines = 0;
    int versions = 0;
    QByteArray firstBad;
    for (const QByteArray& raw : body.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        ++lines;
        const QByteArray field = line.split(' ').first().split('\t').first();
        if (field.size() >= 2 && field.at(0) == 'v' && field.at(1) >= '0' && field.at(1) <= '9')
            ++versions;
        else if (firstBad.isEmpty())
            firstBad = line.left(60);
    }
    if (lines > 0 && versions == 0)
        return u"not a version list: first line \"%1\""_s.arg(QString::fromUtf8(firstBad));
    return {};
}

QString checkInfo(const QByteArray& body, const QByteArray& contentType, const QString& expectedVersion)
{
    if (const QString start = goJsonStartError(body); !start.isEmpty())
        return looksLikeHtml(body, contentType) ? start + u" (an HTML page: a captive portal or login page?)"_s : start;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return u"invalid JSON at offset %1: %2"_s.arg(QString::number(error.offset), error.errorString());
    if (!doc.isObject() || !doc.object().value(u"Version"_s).isString())
        return u"JSON without a string \"Version\" field"_s;
    const QString version = doc.object().value(u"Version"_s).toString();
    if (!expectedVersion.isEmpty() && version != expectedVersion)
        return u"proxy returned info for version %1 instead of requested version %2"_s.arg(version, expectedVersion);
    return {};
}

} // namespace

QString checkProbeBody(BodyCheck check, const QByteArray& body, const QByteArray& contentType,
    const QString& expectedVersion, bool truncated)
{
    switch (check) {
    case BodyCheck::None:
        return {};
    case BodyCheck::VersionList:
        return checkVersionList(body, contentType);
    case BodyCheck::InfoJson:
        if (truncated)
            return u"the .info answer is larger than the size cap"_s;
        return checkInfo(body, contentType, expectedVersion);
    case BodyCheck::Zip:
        if (!body.startsWith(QByteArrayView("PK\x03\x04", 4)))
            return looksLikeHtml(body, contentType) ? u"an HTML page instead of a zip file"_s
                                                    : u"not a zip file (does not start with PK\\x03\\x04)"_s;
        return {};
    case BodyCheck::SumDbLatest:
        if (!body.startsWith("go.sum database tree\n"))
            return looksLikeHtml(body, contentType)
                ? u"an HTML page instead of a signed tree head"_s
                : u"not a checksum database tree head (expected \"go.sum database tree\" first)"_s;
        return {};
    }
    return {};
}

QString bodyExcerpt(const QByteArray& body, int maxChars)
{
    if (body.isEmpty())
        return {};
    const QByteArray head = body.left(8192);
    if (head.contains('\0'))
        return u"<%1 bytes of binary data>"_s.arg(QString::number(body.size()));
    const QString text = QString::fromUtf8(body.left(maxChars * 4));
    QString out;
    for (const QChar c : text) {
        if (out.size() >= maxChars)
            break;
        if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += u"\\x%1"_s.arg(int(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (out.size() < body.size())
        out += u"…"_s;
    return maskSecrets(out);
}

namespace {

QString consequence(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::HttpNotFound:
        return u"go tries the next GOPROXY entry, with ',' and '|' alike (PROXY-8)"_s;
    case ProbeOutcome::HttpDenied:
        return u"a ',' list stops here with this error; only '|' moves on (PROXY-8, H15)"_s;
    case ProbeOutcome::HttpServerError:
    case ProbeOutcome::HttpOtherStatus:
        return u"a ',' list stops here with this error; only '|' moves on (PROXY-8)"_s;
    case ProbeOutcome::Silent:
        return u"go would wait for ever: it has no response timeout (NET-1, H1); '|' does not help (PROXY-11)"_s;
    case ProbeOutcome::BodyStalled:
        return u"go would wait for ever: it has no body timeout (NET-1, H2)"_s;
    case ProbeOutcome::ConnectTimeout:
        return u"a black hole: go waits 30 s per connection attempt (NET-1, H2)"_s;
    case ProbeOutcome::TlsUnknownAuthority:
        return u"likely TLS interception by a corporate proxy: trust its CA (system store, or SSL_CERT_FILE on "
               "Linux, NET-6; H3)"_s;
    case ProbeOutcome::ProxyAuthRequired:
        return u"the HTTP proxy wants credentials: give them as user info in the proxy variable's URL (H3)"_s;
    case ProbeOutcome::ProxyConnectFailed:
        return u"every request through this proxy fails (\"proxyconnect tcp\", H3)"_s;
    case ProbeOutcome::InvalidResponse:
        return u"go rejects the answer (PROTO-4)"_s;
    case ProbeOutcome::RedirectRefused:
        return u"go refuses it as well (PROTO-3)"_s;
    case ProbeOutcome::DnsNotFound:
    case ProbeOutcome::DnsTimeout:
        return u"go fails with \"dial tcp: lookup …\" (H2)"_s;
    default:
        return {};
    }
}

} // namespace

QString summarizeProbe(const ProbeResult& r)
{
    const QString who = r.subject.isEmpty() ? r.url : r.subject;
    QString what;
    switch (r.outcome) {
    case ProbeOutcome::Ok:
        what = r.statusLine.isEmpty() ? u"reachable in %1 ms"_s.arg(r.totalMs)
                                      : u"%1 in %2 ms"_s.arg(r.statusLine, QString::number(r.totalMs));
        break;
    case ProbeOutcome::Slow:
        what = u"%1 but slow: %2 ms (H16)"_s.arg(
            r.statusLine.isEmpty() ? u"reachable"_s : r.statusLine, QString::number(r.totalMs));
        break;
    default:
        what = probeOutcomeName(r.outcome);
        if (!r.errorString.isEmpty())
            what += u": "_s + r.errorString;
        break;
    }
    const QString then = consequence(r.outcome);
    QString line = who + u": "_s + what;
    if (!then.isEmpty())
        line += u" → "_s + then;
    return maskSecrets(line);
}

} // namespace gmd
