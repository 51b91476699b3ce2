// SPDX-License-Identifier: MIT
#include "modversion.h"

#include "semver.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd::modversion {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

PathVersion splitGopkgIn(const QString& path)
{
    PathVersion r { path, QString(), false };
    qsizetype i = path.size();
    if (path.endsWith(u"-unstable"_s))
        i -= 9;
    while (i > 0 && isAsciiDigit(path[i - 1]))
        --i;
    // All gopkg.in paths must end in .vN for some N.
    if (i <= 1 || path[i - 1] != u'v' || path[i - 2] != u'.')
        return r;
    const QString prefix = path.left(i - 2);
    const QString pathMajor = path.mid(i - 2);
    if (pathMajor.size() <= 2 || (pathMajor[2] == u'0' && pathMajor != u".v0"_s))
        return r;
    return { prefix, pathMajor, true };
}

} // namespace

QString canonicalModuleVersion(QStringView v)
{
    QString cv = semver::canonical(v);
    if (semver::build(v) == u"+incompatible"_s)
        cv += u"+incompatible"_s;
    return cv;
}

PathVersion splitPathVersion(const QString& path)
{
    if (path.startsWith(u"gopkg.in/"_s))
        return splitGopkgIn(path);
    qsizetype i = path.size();
    bool dot = false;
    while (i > 0 && (isAsciiDigit(path[i - 1]) || path[i - 1] == u'.')) {
        if (path[i - 1] == u'.')
            dot = true;
        --i;
    }
    if (i <= 1 || i == path.size() || path[i - 1] != u'v' || path[i - 2] != u'/')
        return { path, QString(), true };
    const QString prefix = path.left(i - 2);
    const QString pathMajor = path.mid(i - 2);
    if (dot || pathMajor.size() <= 2 || pathMajor[2] == u'0' || pathMajor == u"/v1"_s)
        return { path, QString(), false };
    return { prefix, pathMajor, true };
}

QString checkPathMajor(const QString& v, const QString& pathMajorIn)
{
    QString pathMajor = pathMajorIn;
    if (pathMajor.startsWith(u".v"_s) && pathMajor.endsWith(u"-unstable"_s))
        pathMajor.chop(9);
    // An old bug generated v0.0.0- pseudo-versions for gopkg.in .v1 paths; the go command allows them.
    if (v.startsWith(u"v0.0.0-"_s) && pathMajor == u".v1"_s)
        return {};
    const QString m = semver::major(v);
    if (pathMajor.isEmpty()) {
        if (m == u"v0"_s || m == u"v1"_s || semver::build(v) == u"+incompatible"_s)
            return {};
        pathMajor = u"v0 or v1"_s;
    } else if (pathMajor.front() == u'/' || pathMajor.front() == u'.') {
        if (m == QStringView(pathMajor).sliced(1))
            return {};
        pathMajor = pathMajor.mid(1);
    }
    return u"version \"%1\" invalid: should be %2, not %3"_s.arg(v, pathMajor, m);
}

bool isDirectoryPath(QStringView ns)
{
    // go.mod files move between systems, so both Unix and Windows spellings count.
    if (ns == u"." || ns == u".." || ns.startsWith(u"./") || ns.startsWith(u".\\") || ns.startsWith(u"../")
        || ns.startsWith(u"..\\") || ns.startsWith(u'/') || ns.startsWith(u'\\'))
        return true;
    if (ns.size() >= 2 && ns[1] == u':') {
        const QChar c = ns[0];
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
    }
    return false;
}

bool isValidGoLineVersion(QStringView v)
{
    static const QRegularExpression re(u"^([1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$"_s);
    return re.match(v.toString()).hasMatch();
}

QString laxGoLineVersion(QStringView v)
{
    static const QRegularExpression re(
        u"^v?(([1-9][0-9]*)\\.(0|[1-9][0-9]*))([^0-9].*)$"_s, QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(v.toString());
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isValidToolchainName(QStringView name)
{
    return name == u"default" || name == u"go1" || name.startsWith(u"go1.");
}

QString moduleVersionString(const QString& path, const QString& version)
{
    return version.isEmpty() ? path : path + u'@' + version;
}

} // namespace gmd::modversion
