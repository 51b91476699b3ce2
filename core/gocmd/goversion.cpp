// SPDX-License-Identifier: MIT
// Go version parsing and ordering, following cmd/go/internal/gover (gover.go, toolchain.go).
#include "gocmd/goversion.h"

#include <QStringList>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

// gover keeps the numbers as decimal strings so that huge values compare exactly; so do we.
struct Parts
{
    QString major, minor, patch, kind, pre;
    bool ok = false;
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// gover.cutInt: a leading decimal number without leading zeros ("0" itself is fine).
bool cutInt(QStringView& x, QString* out)
{
    qsizetype i = 0;
    while (i < x.size() && isDigit(x[i]))
        ++i;
    if (i == 0 || (x[0] == u'0' && i != 1))
        return false;
    *out = x.left(i).toString();
    x = x.mid(i);
    return true;
}

Parts parseParts(QStringView x)
{
    Parts v;
    if (!cutInt(x, &v.major))
        return {};
    if (x.isEmpty()) { // "1" is 1.0.0
        v.minor = u"0"_s;
        v.patch = u"0"_s;
        v.ok = true;
        return v;
    }
    if (x[0] != u'.' || !(x = x.mid(1), cutInt(x, &v.minor)))
        return {};
    if (x.isEmpty()) {
        // Before 1.21 a missing patch is ".0"; from 1.21 on "1.N" is the language version.
        if (v.minor.size() < 2 || (v.minor.size() == 2 && v.minor < u"21"_s))
            v.patch = u"0"_s;
        v.ok = true;
        return v;
    }
    if (x[0] == u'.') {
        x = x.mid(1);
        // No prereleases of patch releases ("1.21.3rc1" is invalid).
        if (!cutInt(x, &v.patch) || !x.isEmpty())
            return {};
        v.ok = true;
        return v;
    }
    // The prerelease kind: lower-case letters only (internal/gover rejects "1.600+auto").
    qsizetype i = 0;
    while (i < x.size() && !isDigit(x[i])) {
        if (x[i] < u'a' || x[i] > u'z')
            return {};
        ++i;
    }
    if (i == 0)
        return {};
    v.kind = x.left(i).toString();
    x = x.mid(i);
    if (!x.isEmpty() && (!cutInt(x, &v.pre) || !x.isEmpty()))
        return {};
    v.ok = true;
    return v;
}

// Strips "go" and a toolchain suffix; `requireGo` is gover.FromToolchain's rule.
QStringView versionPart(QStringView text, bool requireGo)
{
    if (text.startsWith(u"go"))
        text = text.mid(2);
    else if (requireGo)
        return {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u' ' || text[i] == u'\t' || text[i] == u'-')
            return text.left(i);
    }
    return text;
}

int cmpInt(const QString& x, const QString& y)
{
    if (x == y)
        return 0;
    if (x.size() != y.size())
        return x.size() < y.size() ? -1 : 1;
    return x < y ? -1 : 1;
}

int toInt(const QString& decimal)
{
    bool ok = false;
    const qlonglong n = decimal.toLongLong(&ok);
    if (!ok || n > std::numeric_limits<int>::max())
        return std::numeric_limits<int>::max();
    return int(n);
}

Parts partsOf(QStringView text)
{
    return parseParts(versionPart(text, false));
}

} // namespace

bool GoVersion::isLanguageVersion() const
{
    // gover.IsLang: no patch (which parseParts only leaves empty from 1.21 on) and no prerelease.
    const Parts p = parseParts(text);
    return valid && p.ok && p.patch.isEmpty() && p.kind.isEmpty() && p.pre.isEmpty();
}

GoVersion parseGoVersion(QStringView text)
{
    const QStringView core = versionPart(text, false);
    const Parts p = parseParts(core);
    GoVersion v;
    if (!p.ok)
        return v;
    v.valid = true;
    v.text = core.toString();
    v.major = toInt(p.major);
    v.minor = toInt(p.minor);
    // `patch` reports what the text says; "1.19" has an implied ".0" that only ordering uses.
    const bool patchWritten = core.count(u'.') == 2;
    v.patch = patchWritten ? toInt(p.patch) : -1;
    v.prerelease = p.kind + p.pre;
    return v;
}

int compareGoVersions(QStringView a, QStringView b)
{
    const Parts x = partsOf(a);
    const Parts y = partsOf(b);
    if (int c = cmpInt(x.major, y.major))
        return c;
    if (int c = cmpInt(x.minor, y.minor))
        return c;
    if (int c = cmpInt(x.patch, y.patch))
        return c;
    if (x.kind != y.kind) // "" < alpha < beta < rc, as plain string order
        return x.kind < y.kind ? -1 : 1;
    return cmpInt(x.pre, y.pre);
}

QString goVersionFromToolchain(QStringView toolchainName)
{
    const QStringView core = versionPart(toolchainName, true);
    if (core.isEmpty() || !parseParts(core).ok)
        return {};
    return core.toString();
}

QString goVersionFromVersionOutput(const QString& output)
{
    const QStringList lines = output.split(u'\n');
    for (const QString& line : lines) {
        const QStringList f = line.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (f.size() < 3 || f[0] != u"go"_s || f[1] != u"version"_s)
            continue;
        // Development builds print "go version devel go1.24-abcdef Tue Jan 2 ...".
        const QString name = (f[2] == u"devel"_s && f.size() > 3) ? f[3] : f[2];
        return goVersionFromToolchain(name);
    }
    return {};
}

QString goLanguageVersion(QStringView version)
{
    const Parts p = partsOf(version);
    if (!p.ok)
        return {};
    if (p.minor.isEmpty() || (p.major == u"1"_s && p.minor == u"0"_s)) // Lang("1") == "1"
        return p.major;
    return p.major + u'.' + p.minor;
}

} // namespace gmd
