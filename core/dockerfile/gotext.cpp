// SPDX-License-Identifier: MIT
#include "gotext.h"

#include <QChar>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace gmd::gotext {

namespace {

constexpr char32_t kRuneError = 0xFFFD;

void appendUtf8(QByteArray& out, char32_t r)
{
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

} // namespace

void appendRune(QString& s, char32_t r)
{
    if (r > 0xFFFF) {
        s += QChar(QChar::highSurrogate(r));
        s += QChar(QChar::lowSurrogate(r));
    } else {
        s += QChar(char16_t(r));
    }
}

QString fromRunes(const QList<char32_t>& runes)
{
    QString s;
    s.reserve(runes.size());
    for (char32_t r : runes)
        appendRune(s, r);
    return s;
}

QString fromUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(
        QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

bool isSpace(char32_t r)
{
    if (r <= 0xFF) {
        switch (r) {
        case '\t':
        case '\n':
        case '\v':
        case '\f':
        case '\r':
        case ' ':
        case 0x85:
        case 0xA0:
            return true;
        default:
            return false;
        }
    }
    // unicode.White_Space above Latin-1.
    return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F
        || r == 0x3000;
}

bool isSpaceByte(uchar b)
{
    return isSpace(char32_t(b));
}

char32_t decodeRune(const QByteArray& s, qsizetype pos, int* width)
{
    const qsizetype n = s.size() - pos;
    *width = 1;
    if (n <= 0) {
        *width = 0;
        return kRuneError;
    }
    const uchar b0 = uchar(s.at(pos));
    if (b0 < 0x80)
        return b0;
    int size = 0;
    uchar lo = 0x80, hi = 0xBF;
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
        return kRuneError;
    }
    if (n < size)
        return kRuneError;
    const uchar b1 = uchar(s.at(pos + 1));
    if (b1 < lo || b1 > hi)
        return kRuneError;
    char32_t r = 0;
    if (size == 2) {
        r = char32_t(b0 & 0x1F) << 6 | char32_t(b1 & 0x3F);
    } else {
        const uchar b2 = uchar(s.at(pos + 2));
        if (b2 < 0x80 || b2 > 0xBF)
            return kRuneError;
        if (size == 3) {
            r = char32_t(b0 & 0x0F) << 12 | char32_t(b1 & 0x3F) << 6 | char32_t(b2 & 0x3F);
        } else {
            const uchar b3 = uchar(s.at(pos + 3));
            if (b3 < 0x80 || b3 > 0xBF)
                return kRuneError;
            r = char32_t(b0 & 0x07) << 18 | char32_t(b1 & 0x3F) << 12 | char32_t(b2 & 0x3F) << 6 | char32_t(b3 & 0x3F);
        }
    }
    *width = size;
    return r;
}

char32_t decodeLastRune(const QByteArray& s, qsizetype end, int* width)
{
    if (end <= 0) {
        *width = 0;
        return kRuneError;
    }
    qsizetype start = end - 1;
    if (uchar(s.at(start)) < 0x80) {
        *width = 1;
        return uchar(s.at(start));
    }
    const qsizetype lim = qMax<qsizetype>(0, end - 4);
    for (--start; start >= lim; --start) {
        if ((uchar(s.at(start)) & 0xC0) != 0x80)
            break;
    }
    if (start < 0)
        start = 0;
    int w = 0;
    const char32_t r = decodeRune(s.left(end), start, &w);
    if (start + w != end) {
        *width = 1;
        return kRuneError;
    }
    *width = w;
    return r;
}

QByteArray trimLeftSpace(const QByteArray& s)
{
    qsizetype pos = 0;
    while (pos < s.size()) {
        int w = 0;
        const char32_t r = decodeRune(s, pos, &w);
        if (!isSpace(r) || (r == kRuneError && w == 1))
            break;
        pos += w;
    }
    return s.mid(pos);
}

QByteArray trimSpace(const QByteArray& s)
{
    const QByteArray left = trimLeftSpace(s);
    qsizetype end = left.size();
    while (end > 0) {
        int w = 0;
        const char32_t r = decodeLastRune(left, end, &w);
        if (!isSpace(r) || (r == kRuneError && w == 1))
            break;
        end -= w;
    }
    return left.left(end);
}

QString trimSpace(const QString& s)
{
    // No Go whitespace lies outside the BMP, so QChar-wise checks are exact.
    qsizetype b = 0, e = s.size();
    while (b < e && isSpace(s.at(b).unicode()))
        ++b;
    while (e > b && isSpace(s.at(e - 1).unicode()))
        --e;
    return s.mid(b, e - b);
}

QList<QByteArray> splitWhitespace(const QByteArray& s, int limit)
{
    // Mirrors regexp.Split with `[\t\v\f\r ]+`, including its empty leading/trailing parts.
    if (s.isEmpty())
        return { QByteArray() };
    QList<QByteArray> out;
    qsizetype beg = 0, pos = 0;
    while (pos < s.size()) {
        if (!isAsciiBlank(s.at(pos))) {
            ++pos;
            continue;
        }
        qsizetype matchEnd = pos;
        while (matchEnd < s.size() && isAsciiBlank(s.at(matchEnd)))
            ++matchEnd;
        if (limit > 0 && out.size() == limit - 1)
            break;
        out.append(s.mid(beg, pos - beg));
        beg = matchEnd;
        pos = matchEnd;
    }
    // A match never starts at the end, so Go always appends the tail.
    out.append(s.mid(beg));
    return out;
}

bool isPrint(char32_t r)
{
    if (r <= 0xFF) {
        if (r >= 0x20 && r <= 0x7E)
            return true;
        if (r >= 0xA1 && r <= 0xFF)
            return r != 0xAD;
        return false;
    }
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        return false;
    switch (QChar::category(r)) {
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

QString quote(const QString& s)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray in = s.toUtf8();
    QByteArray out;
    out.reserve(in.size() + 2);
    out += '"';
    qsizetype pos = 0;
    while (pos < in.size()) {
        int w = 0;
        char32_t r = decodeRune(in, pos, &w);
        if (w == 1 && r == kRuneError) {
            const uchar b = uchar(in.at(pos));
            out += "\\x";
            out += hex[b >> 4];
            out += hex[b & 0xF];
            pos += 1;
            continue;
        }
        pos += w;
        if (r == '"' || r == '\\') {
            out += '\\';
            out += char(r);
            continue;
        }
        if (isPrint(r)) {
            appendUtf8(out, r);
            continue;
        }
        switch (r) {
        case '\a':
            out += "\\a";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\v':
            out += "\\v";
            break;
        default:
            if (r < ' ' || r == 0x7F) {
                out += "\\x";
                out += hex[(r >> 4) & 0xF];
                out += hex[r & 0xF];
            } else if (r < 0x10000) {
                out += "\\u";
                for (int sh = 12; sh >= 0; sh -= 4)
                    out += hex[(r >> sh) & 0xF];
            } else {
                out += "\\U";
                for (int sh = 28; sh >= 0; sh -= 4)
                    out += hex[(r >> sh) & 0xF];
            }
        }
    }
    out += '"';
    return fromUtf8(out);
}

QString toLower(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (uint c : s.toUcs4())
        appendRune(out, QChar::toLower(char32_t(c)));
    return out;
}

QString toUpper(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (uint c : s.toUcs4())
        appendRune(out, QChar::toUpper(char32_t(c)));
    return out;
}

bool equalFold(const QString& a, const QString& b)
{
    return toLower(a) == toLower(b);
}

} // namespace gmd::gotext
