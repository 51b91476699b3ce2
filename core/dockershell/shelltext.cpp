// SPDX-License-Identifier: MIT
#include "shelltext.h"

#include <QChar>

using namespace Qt::Literals::StringLiterals;

namespace gmd::shelltext {

std::u32string toCodePoints(QStringView text)
{
    std::u32string out;
    out.reserve(size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.push_back(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else if (c.isSurrogate()) {
            out.push_back(kReplacementChar);
        } else {
            out.push_back(c.unicode());
        }
    }
    return out;
}

QString fromCodePoints(std::u32string_view text)
{
    QString out;
    out.reserve(qsizetype(text.size()));
    for (const char32_t ch : text) {
        if (QChar::requiresSurrogates(ch)) {
            out.append(QChar(QChar::highSurrogate(ch)));
            out.append(QChar(QChar::lowSurrogate(ch)));
        } else {
            out.append(QChar(char16_t(ch)));
        }
    }
    return out;
}

std::u32string runeText(int ch)
{
    if (ch < 0 || ch > 0x10FFFF || (ch >= 0xD800 && ch <= 0xDFFF))
        return std::u32string(1, kReplacementChar);
    return std::u32string(1, char32_t(ch));
}

bool isSpace(char32_t ch)
{
    // The White_Space property as Go's unicode tables list it (unicode.IsSpace).
    switch (ch) {
    case u'\t':
    case u'\n':
    case u'\v':
    case u'\f':
    case u'\r':
    case u' ':
    case 0x0085:
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return ch >= 0x2000 && ch <= 0x200A;
    }
}

bool isLetter(char32_t ch)
{
    return QChar::isLetter(ch);
}

bool isDigit(char32_t ch)
{
    if (ch < 0x80)
        return ch >= u'0' && ch <= u'9';
    return QChar::category(ch) == QChar::Number_DecimalDigit;
}

bool isPrint(char32_t ch)
{
    if (ch == u' ')
        return true;
    switch (QChar::category(ch)) {
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
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return true;
    default:
        return false;
    }
}

static QString hexDigits(char32_t value, int width)
{
    return QString::number(uint(value), 16).rightJustified(width, u'0');
}

QString goQuote(QStringView text)
{
    QString out = u"\""_s;
    for (const char32_t ch : toCodePoints(text)) {
        if (ch == u'"' || ch == u'\\') {
            out += u'\\';
            out += QChar(char16_t(ch));
            continue;
        }
        if (isPrint(ch)) {
            out += fromCodePoints(std::u32string_view(&ch, 1));
            continue;
        }
        switch (ch) {
        case u'\a':
            out += u"\\a"_s;
            break;
        case u'\b':
            out += u"\\b"_s;
            break;
        case u'\f':
            out += u"\\f"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\v':
            out += u"\\v"_s;
            break;
        default:
            if (ch < u' ' || ch == 0x7F)
                out += u"\\x"_s + hexDigits(ch, 2);
            else if (ch < 0x10000)
                out += u"\\u"_s + hexDigits(ch, 4);
            else
                out += u"\\U"_s + hexDigits(ch, 8);
        }
    }
    out += u'"';
    return out;
}

QString goToUpper(QStringView text)
{
    std::u32string points = toCodePoints(text);
    for (char32_t& ch : points)
        ch = QChar::toUpper(ch);
    return fromCodePoints(points);
}

} // namespace gmd::shelltext
