// SPDX-License-Identifier: MIT
// Small re-implementations of Go's unicode/utf8 and strconv behaviour, so that messages which
// quote user input (`version "x" invalid`, `unexpected input character '\x01'`) read exactly
// like the go command's.
#include "gostrconv.h"

#include <QChar>
#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace gmd::gostrconv {

namespace {

constexpr char32_t kRuneError = 0xFFFD;

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

void appendHex(QString& out, char prefix, quint32 value, int digits)
{
    out += u'\\';
    out += QLatin1Char(prefix);
    out += QString::number(value, 16).rightJustified(digits, u'0');
}

// Input is already decoded, so an invalid byte arrives as a printable U+FFFD where Go would
// print "\xNN"; everything else matches strconv.
void appendQuotedRune(QString& out, char32_t r, char16_t quoteChar)
{
    if (r == quoteChar || r == u'\\') {
        out += u'\\';
        out += QChar(r);
        return;
    }
    if (isPrint(r)) {
        out += QString::fromUcs4(&r, 1);
        return;
    }
    switch (r) {
    case 0x07:
        out += u"\\a"_s;
        return;
    case 0x08:
        out += u"\\b"_s;
        return;
    case 0x0C:
        out += u"\\f"_s;
        return;
    case 0x0A:
        out += u"\\n"_s;
        return;
    case 0x0D:
        out += u"\\r"_s;
        return;
    case 0x09:
        out += u"\\t"_s;
        return;
    case 0x0B:
        out += u"\\v"_s;
        return;
    default:
        break;
    }
    if (r < u' ' || r == 0x7F)
        appendHex(out, 'x', r, 2);
    else if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        appendHex(out, 'u', kRuneError, 4);
    else if (r < 0x10000)
        appendHex(out, 'u', r, 4);
    else
        appendHex(out, 'U', r, 8);
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

void appendUtf8(QByteArray& out, char32_t r)
{
    out += QString::fromUcs4(&r, 1).toUtf8();
}

} // namespace

DecodedRune decodeRune(const char* data, qsizetype size, qsizetype pos)
{
    if (pos >= size)
        return { 0, 0 };
    const auto c0 = static_cast<unsigned char>(data[pos]);
    if (c0 < 0x80)
        return { c0, 1 };
    int need = 0;
    char32_t r = 0;
    char32_t min = 0;
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        need = 1, r = c0 & 0x1F, min = 0x80;
    } else if (c0 >= 0xE0 && c0 <= 0xEF) {
        need = 2, r = c0 & 0x0F, min = 0x800;
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
        need = 3, r = c0 & 0x07, min = 0x10000;
    } else {
        return { kRuneError, 1 };
    }
    if (pos + need >= size)
        return { kRuneError, 1 };
    for (int i = 1; i <= need; ++i) {
        const auto c = static_cast<unsigned char>(data[pos + i]);
        if (!isContinuation(c))
            return { kRuneError, 1 };
        r = (r << 6) | (c & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        return { kRuneError, 1 };
    return { r, need + 1 };
}

bool isPrint(char32_t rune)
{
    if (rune == u' ')
        return true;
    if (rune > 0x10FFFF)
        return false;
    switch (QChar::category(rune)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return true;
    default:
        return false;
    }
}

bool isSpace(char32_t rune)
{
    switch (rune) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return rune >= 0x2000 && rune <= 0x200A;
    }
}

QString quote(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    const QList<uint> runes = text.toUcs4();
    for (const uint r : runes)
        appendQuotedRune(out, char32_t(r), u'"');
    out += u'"';
    return out;
}

QString quoteRune(char32_t rune)
{
    QString out = u"'"_s;
    appendQuotedRune(out, rune, u'\'');
    out += u'\'';
    return out;
}

bool unquote(QStringView literal, QString* out)
{
    if (literal.size() < 2 || literal.front() != u'"' || literal.back() != u'"')
        return false;
    const QStringView body = literal.sliced(1, literal.size() - 2);
    QByteArray bytes;
    bytes.reserve(body.size());
    for (qsizetype i = 0; i < body.size();) {
        const char16_t c = body[i].unicode();
        if (c == u'"' || c == u'\n')
            return false;
        if (c != u'\\') {
            // Copy one code point (a surrogate pair stays together).
            const qsizetype n = (QChar::isHighSurrogate(c) && i + 1 < body.size()) ? 2 : 1;
            bytes += body.sliced(i, n).toUtf8();
            i += n;
            continue;
        }
        if (i + 1 >= body.size())
            return false;
        const char16_t e = body[i + 1].unicode();
        i += 2;
        switch (e) {
        case u'a':
            bytes += '\a';
            continue;
        case u'b':
            bytes += '\b';
            continue;
        case u'f':
            bytes += '\f';
            continue;
        case u'n':
            bytes += '\n';
            continue;
        case u'r':
            bytes += '\r';
            continue;
        case u't':
            bytes += '\t';
            continue;
        case u'v':
            bytes += '\v';
            continue;
        case u'\\':
            bytes += '\\';
            continue;
        case u'"':
            bytes += '"';
            continue;
        default:
            break;
        }
        if (e >= u'0' && e <= u'7') {
            // Three octal digits, at most \377; the value is one byte.
            if (i + 2 > body.size())
                return false;
            int v = e - u'0';
            for (int k = 0; k < 2; ++k) {
                const char16_t d = body[i + k].unicode();
                if (d < u'0' || d > u'7')
                    return false;
                v = v * 8 + (d - u'0');
            }
            if (v > 255)
                return false;
            bytes += char(v);
            i += 2;
            continue;
        }
        int digits = 0;
        if (e == u'x')
            digits = 2;
        else if (e == u'u')
            digits = 4;
        else if (e == u'U')
            digits = 8;
        else
            return false;
        if (i + digits > body.size())
            return false;
        quint32 v = 0;
        for (int k = 0; k < digits; ++k) {
            const int h = hexValue(body[i + k].unicode());
            if (h < 0)
                return false;
            v = v * 16 + quint32(h);
        }
        i += digits;
        if (e == u'x') {
            bytes += char(v);
            continue;
        }
        if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            return false;
        appendUtf8(bytes, char32_t(v));
    }
    *out = QString::fromUtf8(bytes);
    return true;
}

} // namespace gmd::gostrconv
