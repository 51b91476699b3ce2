// SPDX-License-Identifier: MIT
// strconv's atoi.go: ParseUint, ParseInt, Atoi, ParseBool and the *NumError text.
#include "common/go/strconv.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace gmd::go {

namespace {

char16_t lower(char16_t c)
{
    return c | 0x20; // only meaningful for ASCII letters, as in strconv's lower()
}

/// strconv's underscoreOK: '_' only between digits or after a base prefix, and only in base 0.
bool underscoreOk(QStringView s)
{
    char16_t saw = u'^'; // '^' start, '0' digit or base prefix, '_' underscore, '!' other
    qsizetype i = 0;
    if (!s.isEmpty() && (s[0] == u'-' || s[0] == u'+'))
        s = s.sliced(1);
    bool hex = false;
    if (s.size() >= 2 && s[0] == u'0') {
        const char16_t c = lower(s[1].unicode());
        if (c == u'b' || c == u'o' || c == u'x') {
            hex = c == u'x';
            i = 2;
            saw = u'0';
        }
    }
    for (; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if ((c >= u'0' && c <= u'9') || (hex && lower(c) >= u'a' && lower(c) <= u'f')) {
            saw = u'0';
            continue;
        }
        if (c == u'_') {
            if (saw != u'0')
                return false;
            saw = u'_';
            continue;
        }
        if (saw == u'_')
            return false;
        saw = u'!';
    }
    return saw != u'_';
}

} // namespace

NumResult<quint64> parseUint(QStringView s, int base, int bitSize)
{
    NumResult<quint64> r;
    if (s.isEmpty()) {
        r.error = NumError::Syntax;
        return r;
    }
    const bool base0 = base == 0;
    const QStringView s0 = s;
    if (base0) {
        base = 10;
        if (s[0] == u'0') {
            const char16_t c = s.size() >= 3 ? lower(s[1].unicode()) : 0;
            if (c == u'b' || c == u'o' || c == u'x') {
                base = c == u'b' ? 2 : c == u'o' ? 8 : 16;
                s = s.sliced(2);
            } else {
                base = 8;
                s = s.sliced(1);
            }
        }
    } else if (base < 2 || base > 36) {
        r.error = NumError::Base;
        return r;
    }
    if (bitSize == 0) {
        bitSize = 64;
    } else if (bitSize < 0 || bitSize > 64) {
        r.error = NumError::BitSize;
        return r;
    }
    const quint64 cutoff = std::numeric_limits<quint64>::max() / quint64(base) + 1;
    const quint64 maxVal = bitSize == 64 ? std::numeric_limits<quint64>::max() : (quint64(1) << bitSize) - 1;
    bool underscores = false;
    quint64 n = 0;
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        int d = 0;
        if (c == u'_' && base0) {
            underscores = true;
            continue;
        } else if (c >= u'0' && c <= u'9') {
            d = c - u'0';
        } else if (lower(c) >= u'a' && lower(c) <= u'z') {
            d = lower(c) - u'a' + 10;
        } else {
            r.error = NumError::Syntax;
            return r;
        }
        if (d >= base) {
            r.error = NumError::Syntax;
            return r;
        }
        // An overflow is reported where it happens, before any later invalid digit.
        if (n >= cutoff) {
            r = { maxVal, NumError::Range };
            return r;
        }
        n *= quint64(base);
        const quint64 n1 = n + quint64(d);
        if (n1 < n || n1 > maxVal) {
            r = { maxVal, NumError::Range };
            return r;
        }
        n = n1;
    }
    if (underscores && !underscoreOk(s0)) {
        r.error = NumError::Syntax;
        return r;
    }
    r.value = n;
    return r;
}

NumResult<qint64> parseInt(QStringView s, int base, int bitSize)
{
    NumResult<qint64> r;
    if (s.isEmpty()) {
        r.error = NumError::Syntax;
        return r;
    }
    bool negative = false;
    if (s[0] == u'+' || s[0] == u'-') {
        negative = s[0] == u'-';
        s = s.sliced(1);
    }
    const NumResult<quint64> un = parseUint(s, base, bitSize);
    if (un.error != NumError::None && un.error != NumError::Range) {
        r.error = un.error;
        return r;
    }
    const int bits = bitSize == 0 ? 64 : bitSize;
    const quint64 cutoff = quint64(1) << (bits - 1);
    if (!negative && un.value >= cutoff) {
        r = { qint64(cutoff - 1), NumError::Range };
        return r;
    }
    if (negative && un.value > cutoff) {
        r = { qint64(0 - cutoff), NumError::Range };
        return r;
    }
    r.value = negative ? qint64(0 - un.value) : qint64(un.value);
    return r;
}

NumResult<qint64> atoi(QStringView s)
{
    return parseInt(s, 10, 0);
}

std::optional<bool> parseBool(QStringView s)
{
    if (s == u"1" || s == u"t" || s == u"T" || s == u"TRUE" || s == u"true" || s == u"True")
        return true;
    if (s == u"0" || s == u"f" || s == u"F" || s == u"FALSE" || s == u"false" || s == u"False")
        return false;
    return std::nullopt;
}

QString numErrorText(QStringView function, QStringView num, NumError error, int base, int bitSize)
{
    QString reason;
    switch (error) {
    case NumError::None:
        return {};
    case NumError::Syntax:
        reason = u"invalid syntax"_s;
        break;
    case NumError::Range:
        reason = u"value out of range"_s;
        break;
    case NumError::Base:
        reason = u"invalid base "_s + QString::number(base);
        break;
    case NumError::BitSize:
        reason = u"invalid bit size "_s + QString::number(bitSize);
        break;
    }
    return u"strconv."_s + function + u": parsing "_s + quote(num) + u": "_s + reason;
}

} // namespace gmd::go
