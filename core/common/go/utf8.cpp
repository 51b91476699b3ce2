// SPDX-License-Identifier: MIT
#include "common/go/utf8.h"

#include <QChar>

namespace gmd::go {

DecodedRune decodeRune(QByteArrayView s, qsizetype pos)
{
    const qsizetype n = s.size() - pos;
    if (n <= 0)
        return { kRuneError, 0 };
    const auto b0 = uchar(s[pos]);
    if (b0 < 0x80)
        return { b0, 1 };
    // utf8's "accept ranges": the second byte's range depends on the first byte, which rules
    // out overlong forms, surrogates and values above U+10FFFF before anything is combined.
    int size = 0;
    uchar lo = 0x80;
    uchar hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        size = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        size = 3;
        if (b0 == 0xE0)
            lo = 0xA0;
        else if (b0 == 0xED)
            hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        size = 4;
        if (b0 == 0xF0)
            lo = 0x90;
        else if (b0 == 0xF4)
            hi = 0x8F;
    } else {
        return { kRuneError, 1 };
    }
    if (n < size)
        return { kRuneError, 1 };
    const auto b1 = uchar(s[pos + 1]);
    if (b1 < lo || b1 > hi)
        return { kRuneError, 1 };
    char32_t r = b0 & (size == 2 ? 0x1F : size == 3 ? 0x0F : 0x07);
    r = (r << 6) | (b1 & 0x3F);
    for (int k = 2; k < size; ++k) {
        const auto b = uchar(s[pos + k]);
        if (b < 0x80 || b > 0xBF)
            return { kRuneError, 1 };
        r = (r << 6) | (b & 0x3F);
    }
    return { r, size };
}

DecodedRune decodeLastRune(QByteArrayView s)
{
    const qsizetype end = s.size();
    if (end == 0)
        return { kRuneError, 0 };
    qsizetype start = end - 1;
    if (uchar(s[start]) < 0x80)
        return { uchar(s[start]), 1 };
    const qsizetype lim = qMax<qsizetype>(0, end - 4);
    for (--start; start >= lim; --start) {
        if ((uchar(s[start]) & 0xC0) != 0x80) // utf8.RuneStart
            break;
    }
    if (start < 0)
        start = 0;
    const DecodedRune d = decodeRune(s, start);
    if (start + d.size != end)
        return { kRuneError, 1 };
    return d;
}

bool validRune(char32_t r)
{
    return r <= kMaxRune && !(r >= 0xD800 && r <= 0xDFFF);
}

void appendUtf8(QByteArray& out, char32_t r)
{
    if (!validRune(r))
        r = kRuneError;
    if (r < 0x80) {
        out += char(r);
    } else if (r < 0x800) {
        out += char(0xC0 | (r >> 6));
        out += char(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        out += char(0xE0 | (r >> 12));
        out += char(0x80 | ((r >> 6) & 0x3F));
        out += char(0x80 | (r & 0x3F));
    } else {
        out += char(0xF0 | (r >> 18));
        out += char(0x80 | ((r >> 12) & 0x3F));
        out += char(0x80 | ((r >> 6) & 0x3F));
        out += char(0x80 | (r & 0x3F));
    }
}

QString fromUtf8(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (qsizetype pos = 0; pos < bytes.size();) {
        const auto b = uchar(bytes[pos]);
        if (b < 0x80) {
            out += QChar(char16_t(b));
            ++pos;
            continue;
        }
        const DecodedRune d = decodeRune(bytes, pos);
        appendRune(out, d.rune);
        pos += d.size;
    }
    return out;
}

std::u32string runes(QStringView s)
{
    std::u32string out;
    out.reserve(size_t(s.size()));
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            out.push_back(QChar::surrogateToUcs4(c, s[i + 1]));
            ++i;
        } else if (c.isSurrogate()) {
            out.push_back(kRuneError);
        } else {
            out.push_back(c.unicode());
        }
    }
    return out;
}

void appendRune(QString& s, char32_t r)
{
    if (!validRune(r))
        r = kRuneError;
    if (QChar::requiresSurrogates(r)) {
        s += QChar(QChar::highSurrogate(r));
        s += QChar(QChar::lowSurrogate(r));
    } else {
        s += QChar(char16_t(r));
    }
}

QString fromRunes(std::u32string_view runes)
{
    QString out;
    out.reserve(qsizetype(runes.size()));
    for (const char32_t r : runes)
        appendRune(out, r);
    return out;
}

char32_t toValidRune(qint64 r)
{
    return r < 0 || r > qint64(kMaxRune) || !validRune(char32_t(r)) ? kRuneError : char32_t(r);
}

QString runeString(qint64 r)
{
    QString out;
    appendRune(out, toValidRune(r));
    return out;
}

bool hasLoneSurrogate(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return true;
    }
    return false;
}

} // namespace gmd::go
