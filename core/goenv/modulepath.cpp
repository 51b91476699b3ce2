// SPDX-License-Identifier: MIT
// golang.org/x/mod/module path checks and the proxy protocol's case escaping (spec PROTO-1/2).
#include "modulepath.h"

#include "common/go/strconv.h"
#include "common/go/unicode.h"
#include "common/go/utf8.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

enum class PathKind { Module, File };

bool modPathOK(char32_t r)
{
    return r == U'-' || r == U'.' || r == U'_' || r == U'~' || (r >= U'0' && r <= U'9') || (r >= U'A' && r <= U'Z')
        || (r >= U'a' && r <= U'z');
}

bool fileNameOK(char32_t r)
{
    if (r < 0x80) {
        if ((r >= U'0' && r <= U'9') || (r >= U'A' && r <= U'Z') || (r >= U'a' && r <= U'z'))
            return true;
        return u"!#$%&()+,-.=@[]^_{}~ "_s.contains(QChar(char16_t(r)));
    }
    return go::isLetter(r);
}

bool firstPathOK(char32_t r)
{
    return r == U'-' || r == U'.' || (r >= U'0' && r <= U'9') || (r >= U'a' && r <= U'z');
}

/// module.checkElem.
QString checkElem(const QString& elem, PathKind kind)
{
    if (elem.isEmpty())
        return u"empty path element"_s;
    if (elem.count(u'.') == elem.size())
        return u"invalid path element "_s + go::quote(elem);
    if (elem.startsWith(u'.') && kind == PathKind::Module)
        return u"leading dot in path element"_s;
    if (elem.endsWith(u'.'))
        return u"trailing dot in path element"_s;
    for (char32_t r : go::runes(elem)) {
        if (!(kind == PathKind::Module ? modPathOK(r) : fileNameOK(r)))
            return u"invalid char "_s + go::quoteRune(r);
    }
    // Windows reserves some names, whatever the extension and case.
    const qsizetype dot = elem.indexOf(u'.');
    const QString shortName = dot < 0 ? elem : elem.left(dot);
    static const QStringList badWindowsNames = {
        u"CON"_s,
        u"PRN"_s,
        u"AUX"_s,
        u"NUL"_s,
        u"COM1"_s,
        u"COM2"_s,
        u"COM3"_s,
        u"COM4"_s,
        u"COM5"_s,
        u"COM6"_s,
        u"COM7"_s,
        u"COM8"_s,
        u"COM9"_s,
        u"LPT1"_s,
        u"LPT2"_s,
        u"LPT3"_s,
        u"LPT4"_s,
        u"LPT5"_s,
        u"LPT6"_s,
        u"LPT7"_s,
        u"LPT8"_s,
        u"LPT9"_s,
    };
    for (const QString& bad : badWindowsNames) {
        if (shortName.compare(bad, Qt::CaseInsensitive) == 0)
            return go::quote(shortName) + u" disallowed as path element component on Windows"_s;
    }
    if (kind == PathKind::File)
        return {};
    // Windows short names ("PROGRA~1") end in a tilde and digits.
    const qsizetype tilde = shortName.lastIndexOf(u'~');
    if (tilde >= 0 && tilde < shortName.size() - 1) {
        bool digits = true;
        for (qsizetype i = tilde + 1; i < shortName.size(); ++i)
            digits = digits && shortName.at(i) >= u'0' && shortName.at(i) <= u'9';
        if (digits)
            return u"trailing tilde and digits in path element"_s;
    }
    return {};
}

/// module.checkPath for module paths.
QString checkPathElems(const QString& path)
{
    if (go::hasLoneSurrogate(path))
        return u"invalid UTF-8"_s;
    if (path.isEmpty())
        return u"empty string"_s;
    if (path.startsWith(u'-'))
        return u"leading dash"_s;
    if (path.contains(u"//"_s))
        return u"double slash"_s;
    if (path.endsWith(u'/'))
        return u"trailing slash"_s;
    for (const QString& elem : path.split(u'/')) {
        if (const QString err = checkElem(elem, PathKind::Module); !err.isEmpty())
            return err;
    }
    return {};
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// module.SplitPathVersion's ok result: a /vN suffix must be N >= 2 without a leading zero or
/// dots; gopkg.in paths need .vN.
bool pathVersionOK(const QString& path)
{
    if (path.startsWith(u"gopkg.in/"_s)) {
        qsizetype i = path.size();
        if (path.endsWith(u"-unstable"_s))
            i -= 9;
        while (i > 0 && isDigit(path.at(i - 1)))
            --i;
        if (i <= 1 || path.at(i - 1) != u'v' || path.at(i - 2) != u'.')
            return false;
        const QString major = path.mid(i - 2);
        return !(major.size() <= 2 || (major.at(2) == u'0' && major != u".v0"_s));
    }
    qsizetype i = path.size();
    bool dot = false;
    while (i > 0 && (isDigit(path.at(i - 1)) || path.at(i - 1) == u'.')) {
        dot = dot || path.at(i - 1) == u'.';
        --i;
    }
    if (i <= 1 || i == path.size() || path.at(i - 1) != u'v' || path.at(i - 2) != u'/')
        return true;
    const QString major = path.mid(i - 2);
    return !(dot || major.size() <= 2 || major.at(2) == u'0' || major == u"/v1"_s);
}

QString checkModulePathReason(const QString& path)
{
    if (const QString err = checkPathElems(path); !err.isEmpty())
        return err;
    const qsizetype slash = path.indexOf(u'/');
    const QString first = slash < 0 ? path : path.left(slash);
    if (first.isEmpty())
        return u"leading slash"_s;
    if (!first.contains(u'.'))
        return u"missing dot in first path element"_s;
    if (path.startsWith(u'-'))
        return u"leading dash in first path element"_s;
    for (char32_t r : go::runes(first)) {
        if (!firstPathOK(r))
            return u"invalid char "_s + go::quoteRune(r) + u" in first path element"_s;
    }
    if (!pathVersionOK(path))
        return u"invalid version"_s;
    return {};
}

/// module.escapeString: '!' + lower case for every upper-case ASCII letter.
EscapeResult escapeString(const QString& s)
{
    QString out;
    out.reserve(s.size() + 8);
    for (const QChar c : s) {
        if (c == u'!' || c.unicode() >= 0x80)
            return { {}, u"internal error: inconsistency in EscapePath"_s };
        if (c >= u'A' && c <= u'Z') {
            out += u'!';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return { out, {} };
}

/// module.unescapeString.
bool unescapeString(const QString& escaped, QString* out)
{
    out->clear();
    bool bang = false;
    for (const QChar c : escaped) {
        if (c.unicode() >= 0x80)
            return false;
        if (bang) {
            bang = false;
            if (c < u'a' || c > u'z')
                return false;
            *out += c.toUpper();
            continue;
        }
        if (c == u'!') {
            bang = true;
            continue;
        }
        if (c >= u'A' && c <= u'Z')
            return false;
        *out += c;
    }
    return !bang;
}

} // namespace

QString checkModulePath(const QString& path)
{
    const QString reason = checkModulePathReason(path);
    if (reason.isEmpty())
        return {};
    return u"malformed module path "_s + go::quote(path) + u": "_s + reason;
}

EscapeResult escapeModulePath(const QString& path)
{
    if (const QString err = checkModulePath(path); !err.isEmpty())
        return { {}, err };
    return escapeString(path);
}

EscapeResult escapeModuleVersion(const QString& version)
{
    // Versions need not be semver, but must be valid file names without '!'.
    if (!checkElem(version, PathKind::File).isEmpty() || version.contains(u'!') || go::hasLoneSurrogate(version))
        return { {}, u"version "_s + go::quote(version) + u" invalid: disallowed version string"_s };
    return escapeString(version);
}

EscapeResult unescapeModulePath(const QString& escaped)
{
    QString path;
    if (!unescapeString(escaped, &path))
        return { {}, u"invalid escaped module path "_s + go::quote(escaped) };
    if (const QString err = checkModulePath(path); !err.isEmpty())
        return { {}, u"invalid escaped module path "_s + go::quote(escaped) + u": "_s + err };
    return { path, {} };
}

EscapeResult unescapeModuleVersion(const QString& escaped)
{
    QString version;
    if (!unescapeString(escaped, &version))
        return { {}, u"invalid escaped version "_s + go::quote(escaped) };
    if (const QString err = checkElem(version, PathKind::File); !err.isEmpty())
        return { {}, u"invalid escaped version "_s + go::quote(version) + u": "_s + err };
    return { version, {} };
}

QString modulePathHost(const QString& path)
{
    const qsizetype slash = path.indexOf(u'/');
    return slash < 0 ? path : path.left(slash);
}

QString proxyRequestUrl(const QString& base, const QString& escapedPath, const QString& suffix)
{
    // PROTO-1: base + "/" + escaped path + suffix, one trailing '/' of the base dropped.
    QString b = base;
    if (b.endsWith(u'/'))
        b.chop(1);
    return b + u'/' + escapedPath + suffix;
}

} // namespace gmd
