// SPDX-License-Identifier: MIT
// Go's package unicode (and strconv.IsPrint, which shares unicode.IsPrint's definition): the
// character classes the go command, x/mod and BuildKit use to split, validate and quote text.
// Categories come from Qt's Unicode tables; Go's tables may be one Unicode version apart.
#pragma once

#include <QtGlobal>

namespace gmd::go {

/// utf8.RuneError: what invalid input decodes to.
inline constexpr char32_t kRuneError = 0xFFFD;
/// utf8.MaxRune.
inline constexpr char32_t kMaxRune = 0x10FFFF;

/// unicode.IsSpace: '\t' '\n' '\v' '\f' '\r' ' ' U+0085 U+00A0 and the White_Space runes
/// U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
bool isSpace(char32_t r);

/// unicode.IsSpace(rune(b)) for one byte, as BuildKit's byte-wise scanners call it: the byte is
/// read as a Latin-1 code point, so 0x85 and 0xA0 count as spaces (spec A5.5) even when they are
/// part of a UTF-8 sequence.
inline bool isSpaceLatin1Byte(uchar b)
{
    return isSpace(char32_t(b));
}

/// unicode.IsLetter (general category L).
bool isLetter(char32_t r);

/// unicode.IsDigit (general category Nd; within Latin-1 only '0'..'9').
bool isDigit(char32_t r);

/// unicode.IsPrint / strconv.IsPrint: categories L, M, N, P, S and U+0020 (so U+00A0, U+00AD,
/// controls, format characters, separators, surrogates and unassigned code points are not).
bool isPrint(char32_t r);

} // namespace gmd::go
