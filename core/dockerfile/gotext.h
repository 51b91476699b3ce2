// SPDX-License-Identifier: MIT
#pragma once

// Helpers that reproduce the Go standard library behaviour BuildKit relies on (unicode.IsSpace,
// utf8.DecodeRune, strings.TrimSpace, strconv.Quote, strings.ToLower). BuildKit works on UTF-8
// bytes; these let the parser do the same, so that its output matches byte for byte.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gmd::gotext {

/// UTF-8 to QString keeping a leading U+FEFF (QString::fromUtf8 drops it; Go does not).
QString fromUtf8(const QByteArray& bytes);

/// Appends one code point (surrogate pair above U+FFFF); never drops U+FEFF like fromUcs4 does.
void appendRune(QString& s, char32_t r);
/// The code points as a QString (see appendRune).
QString fromRunes(const QList<char32_t>& runes);

/// Go's unicode.IsSpace.
bool isSpace(char32_t r);
/// unicode.IsSpace(rune(b)) for a single byte, as BuildKit's byte-wise scanners call it
/// (so 0x85 and 0xA0 count as whitespace, spec A5.5).
bool isSpaceByte(uchar b);
/// utf8.DecodeRune: the rune at `pos` and its width; invalid input gives U+FFFD with width 1.
char32_t decodeRune(const QByteArray& s, qsizetype pos, int* width);
/// utf8.DecodeLastRune of s[0:end].
char32_t decodeLastRune(const QByteArray& s, qsizetype end, int* width);

/// bytes.TrimLeftFunc(s, unicode.IsSpace).
QByteArray trimLeftSpace(const QByteArray& s);
/// strings.TrimSpace.
QByteArray trimSpace(const QByteArray& s);
/// strings.TrimSpace for QString.
QString trimSpace(const QString& s);
/// Go's regexp class [\t\v\f\r ] (reWhitespace in BuildKit's parser).
inline bool isAsciiBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}
/// reWhitespace.Split(s, -1) (or with `limit` 2): split on runs of [\t\v\f\r ].
QList<QByteArray> splitWhitespace(const QByteArray& s, int limit = -1);

/// strconv.IsPrint.
bool isPrint(char32_t r);
/// strconv.Quote of the UTF-8 encoding of `s`.
QString quote(const QString& s);
/// strings.ToLower (simple, per-rune case mapping).
QString toLower(const QString& s);
/// strings.ToUpper (simple, per-rune case mapping).
QString toUpper(const QString& s);
/// strings.EqualFold approximation used for ASCII keywords ("AS").
bool equalFold(const QString& a, const QString& b);

} // namespace gmd::gotext
