// SPDX-License-Identifier: MIT
#include "directiveparser.h"

#include "common/go/strings.h"
#include "common/go/utf8.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// Go regexp `\s`: [\t\n\f\r ] (no \v).
bool isReSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiAlnum(char c)
{
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
}

bool isKnownDirective(const QString& key)
{
    // A2.2: syntax, escape, check.
    return key == "syntax"_L1 || key == "escape"_L1 || key == "check"_L1;
}

std::optional<DockerDirective> detectWithParser(const QString& key, const QByteArray& data, DirectiveParser parser)
{
    // bufio.ScanLines: split at LF, drop one trailing CR.
    qsizetype pos = 0;
    while (pos < data.size() && !parser.done()) {
        qsizetype nl = data.indexOf('\n', pos);
        QByteArray line = nl < 0 ? data.mid(pos) : data.mid(pos, nl - pos);
        pos = nl < 0 ? data.size() : nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        QString error;
        const std::optional<DockerDirective> d = parser.parseLine(line, &error);
        if (!error.isEmpty())
            break; // ParseAll stops at the error; directives found so far count
        if (d && d->name == key)
            return d;
    }
    return std::nullopt;
}

QString firstWord(const QString& value)
{
    const qsizetype sp = value.indexOf(u' ');
    return sp < 0 ? value : value.left(sp);
}

std::optional<DockerDirective> parseDirective(const QString& key, QByteArray data, bool anyFormat, QString* effective)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    int line = 0;
    // A2.7: a first line starting with "#!" is a shebang and skipped.
    {
        const qsizetype nl = data.indexOf('\n');
        const QByteArray first = nl < 0 ? data : data.left(nl);
        if (first.startsWith("#!")) {
            data = nl < 0 ? QByteArray() : data.mid(nl + 1);
            line = 1;
        }
    }
    QString dummy;
    if (!effective)
        effective = &dummy;
    if (auto d = detectWithParser(key, data, DirectiveParser("#", line))) {
        *effective = firstWord(d->value);
        return d;
    }
    if (!anyFormat)
        return std::nullopt;
    if (auto d = detectWithParser(key, data, DirectiveParser("//", line))) {
        *effective = firstWord(d->value);
        return d;
    }
    // A2.8: a whole file that is a JSON object with a string member named like the key.
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonValue v = doc.object().value(key);
        if (v.isString()) {
            *effective = v.toString();
            return DockerDirective { key, v.toString(), line };
        }
    }
    return std::nullopt;
}

} // namespace

bool matchDirective(const QByteArray& text, QByteArray* key, QByteArray* value)
{
    const qsizetype n = text.size();
    if (n == 0 || !isAsciiLetter(text.at(0)))
        return false;
    qsizetype i = 1;
    while (i < n && isAsciiAlnum(text.at(i)))
        ++i;
    qsizetype j = i;
    while (j < n && isReSpace(text.at(j)))
        ++j;
    if (j >= n || text.at(j) != '=')
        return false;
    const QByteArray rest = text.mid(j + 1);
    if (rest.isEmpty() || rest.contains('\n'))
        return false;
    qsizetype lead = 0;
    while (lead < rest.size() && isReSpace(rest.at(lead)))
        ++lead;
    QByteArray v;
    if (lead == rest.size()) {
        // `\s*` backtracks so that `(.+?)` still takes one character: the last blank.
        v = rest.right(1);
    } else {
        qsizetype end = rest.size();
        while (end > lead && isReSpace(rest.at(end - 1)))
            --end;
        v = rest.mid(lead, end - lead);
    }
    *key = text.left(i);
    *value = v;
    return true;
}

DirectiveParser::DirectiveParser(const QByteArray& commentPrefix, int firstLine)
    : m_prefix(commentPrefix)
    , m_line(firstLine)
{ }

std::optional<DockerDirective> DirectiveParser::parseLine(const QByteArray& line, QString* error)
{
    ++m_line;
    if (m_done)
        return std::nullopt;
    if (!line.startsWith(m_prefix)) {
        m_done = true;
        return std::nullopt;
    }
    const QByteArray body = go::trimLeftSpace(line.mid(m_prefix.size()));
    QByteArray key, value;
    if (!matchDirective(body, &key, &value)) {
        m_done = true;
        return std::nullopt;
    }
    const QString k = QString::fromLatin1(key).toLower();
    if (!isKnownDirective(k)) {
        m_done = true;
        return std::nullopt;
    }
    if (m_seen.contains(k)) {
        // A2.4
        *error = u"only one %1 parser directive can be used"_s.arg(k);
        return std::nullopt;
    }
    m_seen.insert(k);
    return DockerDirective { k, go::fromUtf8(value), m_line };
}

std::optional<DockerDirective> detectSyntaxDirective(const QByteArray& content, QString* effective)
{
    return parseDirective(u"syntax"_s, content, true, effective);
}

std::optional<DockerDirective> detectDirective(const QString& key, const QByteArray& content, QString* effective)
{
    return parseDirective(key, content, false, effective);
}

} // namespace gmd
