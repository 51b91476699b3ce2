// SPDX-License-Identifier: MIT
// A faithful port of golang.org/x/mod/semver's grammar (not its code): ASCII only, no leading
// zeros in numbers or numeric prerelease identifiers, empty identifiers rejected.
#include "semver.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd::semver {

namespace {

struct Parsed
{
    QStringView major, minor, patch;
    QString shortSuffix; ///< ".0.0" or ".0" for the short forms
    QStringView prerelease, build;
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isIdentChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || isDigit(c) || c == u'-';
}

// A number without leading zeros; advances `v`.
bool parseInt(QStringView& v, QStringView* out)
{
    if (v.isEmpty() || !isDigit(v.front()))
        return false;
    qsizetype i = 1;
    while (i < v.size() && isDigit(v[i]))
        ++i;
    if (v.front() == u'0' && i != 1)
        return false;
    *out = v.first(i);
    v = v.sliced(i);
    return true;
}

bool isBadNum(QStringView v)
{
    qsizetype i = 0;
    while (i < v.size() && isDigit(v[i]))
        ++i;
    return i == v.size() && i > 1 && v.front() == u'0';
}

bool isNum(QStringView v)
{
    for (const QChar c : v) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

// "-a.b" or "+a.b": dot-separated non-empty identifiers; prerelease numbers have no leading zero.
bool parseDotted(QStringView& v, QChar lead, bool checkNumbers, QStringView* out)
{
    if (v.isEmpty() || v.front() != lead)
        return false;
    qsizetype i = 1;
    qsizetype start = 1;
    while (i < v.size() && !(checkNumbers && v[i] == u'+')) {
        if (!isIdentChar(v[i]) && v[i] != u'.')
            return false;
        if (v[i] == u'.') {
            if (start == i || (checkNumbers && isBadNum(v.sliced(start, i - start))))
                return false;
            start = i + 1;
        }
        ++i;
    }
    if (start == i || (checkNumbers && isBadNum(v.sliced(start, i - start))))
        return false;
    *out = v.first(i);
    v = v.sliced(i);
    return true;
}

bool parse(QStringView v, Parsed* p)
{
    if (v.isEmpty() || v.front() != u'v')
        return false;
    v = v.sliced(1);
    if (!parseInt(v, &p->major))
        return false;
    if (v.isEmpty()) {
        p->minor = u"0";
        p->patch = u"0";
        p->shortSuffix = u".0.0"_s;
        return true;
    }
    if (v.front() != u'.')
        return false;
    v = v.sliced(1);
    if (!parseInt(v, &p->minor))
        return false;
    if (v.isEmpty()) {
        p->patch = u"0";
        p->shortSuffix = u".0"_s;
        return true;
    }
    if (v.front() != u'.')
        return false;
    v = v.sliced(1);
    if (!parseInt(v, &p->patch))
        return false;
    if (!v.isEmpty() && v.front() == u'-' && !parseDotted(v, u'-', true, &p->prerelease))
        return false;
    if (!v.isEmpty() && v.front() == u'+' && !parseDotted(v, u'+', false, &p->build))
        return false;
    return v.isEmpty();
}

int compareInt(QStringView x, QStringView y)
{
    if (x == y)
        return 0;
    if (x.size() != y.size())
        return x.size() < y.size() ? -1 : 1;
    return x < y ? -1 : 1;
}

int comparePrerelease(QStringView x, QStringView y)
{
    if (x == y)
        return 0;
    if (x.isEmpty())
        return 1;
    if (y.isEmpty())
        return -1;
    while (!x.isEmpty() && !y.isEmpty()) {
        x = x.sliced(1); // skip '-' or '.'
        y = y.sliced(1);
        const qsizetype ix = x.indexOf(u'.');
        const qsizetype iy = y.indexOf(u'.');
        const QStringView dx = ix < 0 ? x : x.first(ix);
        const QStringView dy = iy < 0 ? y : y.first(iy);
        x = x.sliced(dx.size());
        y = y.sliced(dy.size());
        if (dx == dy)
            continue;
        const bool nx = isNum(dx);
        const bool ny = isNum(dy);
        if (nx != ny)
            return nx ? -1 : 1;
        if (nx)
            return compareInt(dx, dy);
        return dx < dy ? -1 : 1;
    }
    if (x.isEmpty())
        return y.isEmpty() ? 0 : -1;
    return 1;
}

} // namespace

bool isValid(QStringView v)
{
    Parsed p;
    return parse(v, &p);
}

QString canonical(QStringView v)
{
    Parsed p;
    if (!parse(v, &p))
        return {};
    if (!p.build.isEmpty())
        return v.first(v.size() - p.build.size()).toString();
    return v.toString() + p.shortSuffix;
}

QString major(QStringView v)
{
    Parsed p;
    if (!parse(v, &p))
        return {};
    return v.first(1 + p.major.size()).toString();
}

QString prerelease(QStringView v)
{
    Parsed p;
    if (!parse(v, &p))
        return {};
    return p.prerelease.toString();
}

QString build(QStringView v)
{
    Parsed p;
    if (!parse(v, &p))
        return {};
    return p.build.toString();
}

int compare(QStringView v, QStringView w)
{
    Parsed pv;
    Parsed pw;
    const bool okV = parse(v, &pv);
    const bool okW = parse(w, &pw);
    if (!okV && !okW)
        return 0;
    if (!okV)
        return -1;
    if (!okW)
        return 1;
    if (const int c = compareInt(pv.major, pw.major))
        return c;
    if (const int c = compareInt(pv.minor, pw.minor))
        return c;
    if (const int c = compareInt(pv.patch, pw.patch))
        return c;
    return comparePrerelease(pv.prerelease, pw.prerelease);
}

bool isPseudoVersion(QStringView v)
{
    // module.pseudoVersionRE: a 14-digit UTC timestamp and a 12-hex-digit (or longer) revision.
    static const QRegularExpression re(
        u"^v[0-9]+\\.(0\\.0-|\\d+\\.\\d+-([^+]*\\.)?0\\.)\\d{14}-[A-Za-z0-9]+(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"_s);
    return v.count(u'-') >= 2 && isValid(v) && re.match(v.toString()).hasMatch();
}

} // namespace gmd::semver
