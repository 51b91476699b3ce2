// SPDX-License-Identifier: MIT
#include "gocmd/goquote.h"

#include <QChar>
#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace gmd::gocmd_detail {
namespace {

// unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space only.
bool isGoPrint(char32_t r)
{
    if (r == U' ')
        return true;
    switch (QChar::category(r)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

QString hex(char32_t r, int width)
{
    return QString::number(uint(r), 16).rightJustified(width, u'0');
}

} // namespace

QString goQuote(QStringView s)
{
    QString out = u"\""_s;
    const QList<uint> codePoints = s.toUcs4();
    for (const uint u : codePoints) {
        const auto r = char32_t(u);
        switch (r) {
        case U'"':
            out += u"\\\""_s;
            continue;
        case U'\\':
            out += u"\\\\"_s;
            continue;
        case U'\a':
            out += u"\\a"_s;
            continue;
        case U'\b':
            out += u"\\b"_s;
            continue;
        case U'\f':
            out += u"\\f"_s;
            continue;
        case U'\n':
            out += u"\\n"_s;
            continue;
        case U'\r':
            out += u"\\r"_s;
            continue;
        case U'\t':
            out += u"\\t"_s;
            continue;
        case U'\v':
            out += u"\\v"_s;
            continue;
        default:
            break;
        }
        // toUcs4() has already turned lone surrogates into U+FFFD, which Go prints as is.
        if (isGoPrint(r)) {
            out += QString::fromUcs4(&r, 1);
        } else if (r < 0x20 || r == 0x7f) {
            out += u"\\x"_s + hex(r, 2);
        } else if (r < 0x10000) {
            out += u"\\u"_s + hex(r, 4);
        } else {
            out += u"\\U"_s + hex(r, 8);
        }
    }
    out += u'"';
    return out;
}

} // namespace gmd::gocmd_detail
