// SPDX-License-Identifier: MIT
#include "common/go/strings.h"

#include "common/go/unicode.h"
#include "common/go/utf8.h"

#include <QChar>

namespace gmd::go {

namespace {

bool isSpaceUnit(QChar c)
{
    // No Go space lies outside the BMP and surrogates are not spaces, so looking at UTF-16
    // units gives the same answer as decoding runes.
    return isSpace(c.unicode());
}

/// strings.Map(mapping, s).
template<typename Mapping>
QString mapRunes(QStringView s, Mapping mapping)
{
    QString out;
    out.reserve(s.size());
    for (const char32_t r : runes(s))
        appendRune(out, mapping(r));
    return out;
}

} // namespace

QString trimSpace(QStringView s)
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isSpaceUnit(s[b]))
        ++b;
    while (e > b && isSpaceUnit(s[e - 1]))
        --e;
    return s.sliced(b, e - b).toString();
}

QByteArray trimLeftSpace(QByteArrayView s)
{
    qsizetype pos = 0;
    while (pos < s.size()) {
        const DecodedRune d = decodeRune(s, pos);
        if (!isSpace(d.rune)) // U+FFFD (also an invalid byte) is not a space
            break;
        pos += d.size;
    }
    return s.sliced(pos).toByteArray();
}

QByteArray trimSpace(QByteArrayView s)
{
    const QByteArray left = trimLeftSpace(s);
    qsizetype end = left.size();
    while (end > 0) {
        const DecodedRune d = decodeLastRune(QByteArrayView(left).first(end));
        if (!isSpace(d.rune))
            break;
        end -= d.size;
    }
    return left.left(end);
}

Span trimSpaceSpan(const QString& s, qsizetype begin, qsizetype end)
{
    if (end < 0 || end > s.size())
        end = s.size();
    while (begin < end && isSpaceUnit(s[begin]))
        ++begin;
    while (end > begin && isSpaceUnit(s[end - 1]))
        --end;
    return Span { s.mid(begin, end - begin), begin };
}

QList<Span> fieldSpans(const QString& s)
{
    QList<Span> out;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpaceUnit(s[i]))
            ++i;
        if (i >= s.size())
            break;
        const qsizetype start = i;
        while (i < s.size() && !isSpaceUnit(s[i]))
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

QString toUpper(QStringView s)
{
    return mapRunes(s, [](char32_t r) { return QChar::toUpper(r); });
}

QString toLower(QStringView s)
{
    // unicode.ToLower uses UnicodeData's simple mapping: U+0130 -> 'i'. Qt leaves runes whose
    // full lower case (SpecialCasing.txt) is longer unchanged; U+0130 is the only such rune
    // with a simple lower-case mapping.
    return mapRunes(s, [](char32_t r) { return r == 0x130 ? char32_t('i') : QChar::toLower(r); });
}

bool equalFold(QStringView a, QStringView b)
{
    // Simple case folding (CaseFolding.txt C + S) puts exactly the runes of one
    // unicode.SimpleFold orbit on the same value.
    const std::u32string ra = runes(a);
    const std::u32string rb = runes(b);
    if (ra.size() != rb.size())
        return false;
    for (size_t i = 0; i < ra.size(); ++i) {
        if (ra[i] != rb[i] && QChar::toCaseFolded(ra[i]) != QChar::toCaseFolded(rb[i]))
            return false;
    }
    return true;
}

} // namespace gmd::go
