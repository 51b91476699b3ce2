// SPDX-License-Identifier: MIT
#include "goparse.h"

#include "common/go/utf8.h"

#include <QByteArray>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace gmd::goparse {

namespace {

/// The quoting of Go's time package (non-ASCII and control bytes as \xNN).
QString timeQuote(const QByteArray& s)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out = "\"";
    for (char c : s) {
        const uchar b = uchar(c);
        if (b >= 0x80 || b < 0x20) {
            out += "\\x";
            out += hex[b >> 4];
            out += hex[b & 0xF];
        } else {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
    }
    out += '"';
    return go::fromUtf8(out);
}

} // namespace

std::optional<qint64> parseDuration(const QString& text, QString* error)
{
    const QByteArray orig = text.toUtf8();
    const QString invalid = u"time: invalid duration "_s + timeQuote(orig);
    QByteArray s = orig;
    bool neg = false;
    if (!s.isEmpty() && (s.at(0) == '-' || s.at(0) == '+')) {
        neg = s.at(0) == '-';
        s.remove(0, 1);
    }
    if (s == "0")
        return 0;
    if (s.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    constexpr quint64 kLimit = quint64(1) << 63;
    quint64 d = 0;
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    while (!s.isEmpty()) {
        if (!(s.at(0) == '.' || isDigit(s.at(0)))) {
            *error = invalid;
            return std::nullopt;
        }
        qsizetype i = 0;
        quint64 v = 0;
        while (i < s.size() && isDigit(s.at(i))) {
            if (v > kLimit / 10) {
                *error = invalid;
                return std::nullopt;
            }
            v = v * 10 + quint64(s.at(i) - '0');
            if (v > kLimit) {
                *error = invalid;
                return std::nullopt;
            }
            ++i;
        }
        const bool pre = i > 0;
        bool post = false;
        quint64 f = 0;
        double scale = 1;
        if (i < s.size() && s.at(i) == '.') {
            ++i;
            const qsizetype start = i;
            bool overflow = false;
            while (i < s.size() && isDigit(s.at(i))) {
                if (!overflow) {
                    if (f > (kLimit - 1) / 10) {
                        overflow = true;
                    } else {
                        f = f * 10 + quint64(s.at(i) - '0');
                        scale *= 10;
                    }
                }
                ++i;
            }
            post = i > start;
        }
        if (!pre && !post) {
            *error = invalid;
            return std::nullopt;
        }
        qsizetype u = i;
        while (u < s.size() && !(s.at(u) == '.' || isDigit(s.at(u))))
            ++u;
        if (u == i) {
            *error = u"time: missing unit in duration "_s + timeQuote(orig);
            return std::nullopt;
        }
        const QByteArray unitText = s.mid(i, u - i);
        s.remove(0, u);
        quint64 unit = 0;
        if (unitText == "ns")
            unit = 1;
        else if (unitText == "us" || unitText == "\xC2\xB5s" || unitText == "\xCE\xBCs")
            unit = 1000;
        else if (unitText == "ms")
            unit = 1000000;
        else if (unitText == "s")
            unit = 1000000000ull;
        else if (unitText == "m")
            unit = 60ull * 1000000000ull;
        else if (unitText == "h")
            unit = 3600ull * 1000000000ull;
        if (unit == 0) {
            *error = u"time: unknown unit "_s + timeQuote(unitText) + u" in duration "_s + timeQuote(orig);
            return std::nullopt;
        }
        if (v > kLimit / unit) {
            *error = invalid;
            return std::nullopt;
        }
        v *= unit;
        if (f > 0) {
            v += quint64(double(f) * (double(unit) / scale));
            if (v > kLimit) {
                *error = invalid;
                return std::nullopt;
            }
        }
        d += v;
        if (d > kLimit) {
            *error = invalid;
            return std::nullopt;
        }
    }
    if (neg)
        return d == kLimit ? std::numeric_limits<qint64>::min() : -qint64(d);
    if (d > kLimit - 1) {
        *error = invalid;
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<qint64> ramInBytes(const QString& sizeStr)
{
    qsizetype sep = -1;
    for (qsizetype i = sizeStr.size() - 1; i >= 0; --i) {
        const QChar c = sizeStr.at(i);
        if ((c >= u'0' && c <= u'9') || c == u'.' || c == u' ') {
            sep = i;
            break;
        }
    }
    if (sep < 0)
        return std::nullopt;
    const QString num = sizeStr.at(sep) != u' ' ? sizeStr.left(sep + 1) : sizeStr.left(sep);
    QString sfx = sizeStr.mid(sep + 1);
    bool ok = false;
    double size = num.toDouble(&ok);
    if (!ok || size < 0)
        return std::nullopt;
    if (sfx.isEmpty())
        return qint64(size);
    if (sfx.size() > 3)
        return std::nullopt;
    sfx = sfx.toLower();
    if (sfx.at(0) == u'b')
        return sfx.size() > 1 ? std::nullopt : std::optional<qint64>(qint64(size));
    static const QString units = u"kmgtp"_s;
    const qsizetype power = units.indexOf(sfx.at(0));
    if (power < 0)
        return std::nullopt;
    for (qsizetype p = 0; p <= power; ++p)
        size *= 1024.0;
    if ((sfx.size() == 2 && sfx.at(1) != u'b') || (sfx.size() == 3 && sfx.mid(1) != "ib"_L1))
        return std::nullopt;
    return qint64(size);
}

} // namespace gmd::goparse
