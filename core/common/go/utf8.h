// SPDX-License-Identifier: MIT
// Go's package unicode/utf8, and the conversions between Go strings (UTF-8 bytes, possibly
// invalid) and QString (UTF-16) that keep Go's meaning: string([]byte) keeps a leading U+FEFF,
// every invalid byte becomes its own U+FFFD, []rune(s) turns what cannot be encoded into U+FFFD.
#pragma once

#include "common/go/unicode.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <string>
#include <string_view>

namespace gmd::go {

/// One rune decoded from UTF-8 and the number of bytes it took.
struct DecodedRune
{
    char32_t rune = kRuneError;
    int size = 0; ///< 0 only at the end of the input
};

/// utf8.DecodeRune of s[pos:]: an invalid, truncated, overlong or surrogate sequence gives
/// U+FFFD with size 1; the end of the input gives U+FFFD with size 0.
DecodedRune decodeRune(QByteArrayView s, qsizetype pos = 0);

/// utf8.DecodeLastRune of s (the last rune and its size; U+FFFD, 1 when invalid; 0 when empty).
DecodedRune decodeLastRune(QByteArrayView s);

/// utf8.ValidRune: a Unicode scalar value (not a surrogate, at most U+10FFFF).
bool validRune(char32_t r);

/// utf8.AppendRune: the UTF-8 encoding of r (U+FFFD for an invalid rune).
void appendUtf8(QByteArray& out, char32_t r);

/// A Go string as text, like ranging over it: each byte of an invalid sequence becomes one
/// U+FFFD, a leading U+FEFF is kept (QString::fromUtf8 drops it), nothing is held back at the end.
QString fromUtf8(QByteArrayView bytes);

/// []rune(s) of the Go string with the UTF-8 form of s: an unpaired surrogate becomes U+FFFD.
std::u32string runes(QStringView s);

/// string(r) appended to s (as UTF-16): U+FFFD for an invalid rune, U+FEFF kept
/// (QString::fromUcs4 would drop it).
void appendRune(QString& s, char32_t r);

/// string(runes): see appendRune().
QString fromRunes(std::u32string_view runes);

/// text/scanner.EOF, the "rune" scanners return at the end of the input.
inline constexpr int kScannerEof = -1;

/// The rune string(rune(r)) holds: r when it is a valid rune, else U+FFFD (so for kScannerEof).
char32_t toValidRune(qint64 r);

/// string(rune(r)): see toValidRune().
QString runeString(qint64 r);

/// True when s holds an unpaired surrogate: such text has no UTF-8 form, so a Go program could
/// never have seen it (cmd/go's "invalid UTF-8" checks).
bool hasLoneSurrogate(QStringView s);

} // namespace gmd::go
