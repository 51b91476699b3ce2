// SPDX-License-Identifier: MIT
#include "common/go/unicode.h"

#include <QChar>

namespace gmd::go {

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

bool isLetter(char32_t r)
{
    if (r < 0x80)
        return (r >= U'a' && r <= U'z') || (r >= U'A' && r <= U'Z');
    return r <= kMaxRune && QChar::isLetter(r);
}

bool isDigit(char32_t r)
{
    if (r <= 0xFF)
        return r >= U'0' && r <= U'9';
    return r <= kMaxRune && QChar::category(r) == QChar::Number_DecimalDigit;
}

bool isPrint(char32_t r)
{
    // strconv.IsPrint's Latin-1 fast path: everything from ' ' to '~' and from U+00A1 to
    // U+00FF except the soft hyphen.
    if (r <= 0xFF) {
        if (r >= 0x20 && r <= 0x7E)
            return true;
        if (r >= 0xA1 && r <= 0xFF)
            return r != 0xAD;
        return false;
    }
    if (r > kMaxRune)
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

} // namespace gmd::go
