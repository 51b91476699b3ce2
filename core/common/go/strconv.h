// SPDX-License-Identifier: MIT
// Go's package strconv: the quoting that `%q` and error messages use (Quote, QuoteRune,
// Unquote) and the number parsers whose *NumError texts reach users verbatim
// (`strconv.ParseInt: parsing "x": invalid syntax`).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace gmd::go {

/// strconv.Quote (fmt's %q of a string) of the UTF-8 form of s: double quotes, `\"` and `\\`,
/// printable runes (unicode.IsPrint) as they are, \a \b \f \n \r \t \v, \xHH for other controls
/// and DEL, \uHHHH / \UHHHHHHHH otherwise. An unpaired surrogate is quoted as U+FFFD.
QString quote(QStringView s);
inline QString quote(const QString& s)
{
    return quote(QStringView(s));
}
/// strconv.Quote of a byte string: a byte that is not part of valid UTF-8 prints as \xHH.
QString quote(QByteArrayView utf8);
inline QString quote(const QByteArray& utf8)
{
    return quote(QByteArrayView(utf8));
}

/// strconv.QuoteRune (fmt's %q of a rune): 'x', '\'', '\x01', '\ufeff'; an invalid rune (a
/// surrogate, above U+10FFFF) is first replaced by U+FFFD, which prints as '�'.
QString quoteRune(char32_t r);

/// strconv.Unquote of a Go literal: "double-quoted" (with escapes), 'c' (one rune) or
/// `raw` (carriage returns dropped). Returns false for what Go reports as ErrSyntax
/// ("invalid syntax"). \x and octal escapes give bytes; bytes that are not valid UTF-8 become
/// U+FFFD in *out, and an unpaired surrogate in the literal reads as U+FFFD.
bool unquote(QStringView literal, QString* out);

/// The reason of a *strconv.NumError.
enum class NumError { None, Syntax, Range, Base, BitSize };

/// The value and error of strconv.ParseInt / ParseUint / Atoi. On a range error the value is
/// the clamped limit, as Go returns it; on other errors it is 0.
template<typename T>
struct NumResult
{
    T value = 0;
    NumError error = NumError::None;
    bool ok() const { return error == NumError::None; }
};

/// strconv.ParseUint(s, base, bitSize): base 0 reads 0b/0o/0x/0 prefixes and allows '_'
/// between digits; bitSize 0 means 64.
NumResult<quint64> parseUint(QStringView s, int base, int bitSize);
/// strconv.ParseInt(s, base, bitSize): an optional sign, then ParseUint's digits.
NumResult<qint64> parseInt(QStringView s, int base, int bitSize);
/// strconv.Atoi (ParseInt(s, 10, 0) on a 64-bit platform).
NumResult<qint64> atoi(QStringView s);
/// strconv.ParseBool: 1 t T TRUE true True / 0 f F FALSE false False.
std::optional<bool> parseBool(QStringView s);

/// (*strconv.NumError).Error(): `strconv.<function>: parsing "<num>": <reason>`, e.g.
/// numErrorText("ParseInt", u"x", NumError::Syntax). Empty for NumError::None.
QString numErrorText(QStringView function, QStringView num, NumError error, int base = 10, int bitSize = 64);

} // namespace gmd::go
