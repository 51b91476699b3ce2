// SPDX-License-Identifier: MIT
#include "goproxy.h"
#include "gostrings_p.h"

#include <QChar>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace gmd::gostr {

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";

void appendHex(QString& out, char32_t value, int digits)
{
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += QLatin1Char(kLowerHex[(value >> shift) & 0xF]);
}

/// strconv's appendEscapedRune for one valid rune.
void appendEscapedRune(QString& out, char32_t r, char16_t quoteChar)
{
    if (r == quoteChar || r == u'\\') {
        out += u'\\';
        out += QChar(char16_t(r));
        return;
    }
    if (isPrint(r)) {
        out += QString::fromUcs4(&r, 1);
        return;
    }
    switch (r) {
    case U'\a':
        out += u"\\a"_s;
        return;
    case U'\b':
        out += u"\\b"_s;
        return;
    case U'\f':
        out += u"\\f"_s;
        return;
    case U'\n':
        out += u"\\n"_s;
        return;
    case U'\r':
        out += u"\\r"_s;
        return;
    case U'\t':
        out += u"\\t"_s;
        return;
    case U'\v':
        out += u"\\v"_s;
        return;
    default:
        break;
    }
    if (r < U' ' || r == 0x7F) {
        out += u"\\x"_s;
        appendHex(out, r, 2);
    } else if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
        out += u"\\ufffd"_s; // !utf8.ValidRune(r)
    } else if (r < 0x10000) {
        out += u"\\u"_s;
        appendHex(out, r, 4);
    } else {
        out += u"\\U"_s;
        appendHex(out, r, 8);
    }
}

} // namespace

bool isSpace(char32_t r)
{
    switch (r) {
    case U'\t':
    case U'\n':
    case U'\v':
    case U'\f':
    case U'\r':
    case U' ':
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
        return r >= 0x2000 && r <= 0x200A;
    }
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
    if (r > 0x10FFFF)
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

bool isLetter(char32_t r)
{
    if (r < 0x80)
        return (r >= U'a' && r <= U'z') || (r >= U'A' && r <= U'Z');
    return r <= 0x10FFFF && QChar::isLetter(r);
}

Span trimSpace(const QString& s, qsizetype begin, qsizetype end)
{
    if (end < 0 || end > s.size())
        end = s.size();
    // Surrogates are never spaces, so trimming UTF-16 units is exact.
    while (begin < end && isSpace(s.at(begin).unicode()))
        ++begin;
    while (end > begin && isSpace(s.at(end - 1).unicode()))
        --end;
    return Span { s.mid(begin, end - begin), begin };
}

QList<Span> fieldSpans(const QString& s)
{
    QList<Span> out;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpace(s.at(i).unicode()))
            ++i;
        if (i >= s.size())
            break;
        const qsizetype start = i;
        while (i < s.size() && !isSpace(s.at(i).unicode()))
            ++i;
        out.append(Span { s.mid(start, i - start), start });
    }
    return out;
}

QStringList fields(const QString& s)
{
    QStringList out;
    for (const Span& f : fieldSpans(s))
        out.append(f.text);
    return out;
}

QString fromUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

std::u32string codePoints(QStringView s)
{
    std::u32string out;
    out.reserve(size_t(s.size()));
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out.push_back(QChar::surrogateToUcs4(c, s.at(i + 1)));
            ++i;
        } else if (c.isSurrogate()) {
            out.push_back(0xFFFD);
        } else {
            out.push_back(c.unicode());
        }
    }
    return out;
}

bool hasLoneSurrogate(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return true;
    }
    return false;
}

DecodedRune decodeRune(const char* data, qsizetype length)
{
    if (length <= 0)
        return { 0xFFFD, 0 };
    const auto b0 = static_cast<unsigned char>(data[0]);
    if (b0 < 0x80)
        return { b0, 1 };
    int need = 0;
    char32_t r = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        r = b0 & 0x1F;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        r = b0 & 0x0F;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        r = b0 & 0x07;
        min = 0x10000;
    } else {
        return { 0xFFFD, 1 };
    }
    if (length < need + 1)
        return { 0xFFFD, 1 };
    for (int k = 1; k <= need; ++k) {
        const auto b = static_cast<unsigned char>(data[k]);
        if ((b & 0xC0) != 0x80)
            return { 0xFFFD, 1 };
        r = (r << 6) | (b & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        return { 0xFFFD, 1 };
    return { r, need + 1 };
}

QString quote(const QByteArray& utf8)
{
    QString out;
    out.reserve(utf8.size() + 2);
    out += u'"';
    const char* p = utf8.constData();
    qsizetype left = utf8.size();
    while (left > 0) {
        const DecodedRune d = decodeRune(p, left);
        if (d.rune == 0xFFFD && d.size == 1 && static_cast<unsigned char>(*p) >= 0x80) {
            out += u"\\x"_s;
            appendHex(out, static_cast<unsigned char>(*p), 2);
        } else {
            appendEscapedRune(out, d.rune, u'"');
        }
        p += d.size;
        left -= d.size;
    }
    out += u'"';
    return out;
}

QString quote(QStringView s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (char32_t r : codePoints(s))
        appendEscapedRune(out, r, u'"');
    out += u'"';
    return out;
}

QString quoteRune(char32_t r)
{
    QString out = u"'"_s;
    appendEscapedRune(out, r, u'\'');
    out += u'\'';
    return out;
}

bool isAbsFilePath(QStringView path)
{
#ifdef Q_OS_WIN
    if (path.size() >= 3 && path.at(1) == u':' && (path.at(2) == u'\\' || path.at(2) == u'/') && path.at(0).isLetter())
        return true;
    return path.startsWith(u"\\\\") || path.startsWith(u"//");
#else
    return path.startsWith(u'/');
#endif
}

} // namespace gmd::gostr

namespace gmd {

QString goQuote(const QString& s)
{
    return gostr::quote(QStringView(s));
}

} // namespace gmd
