// SPDX-License-Identifier: MIT
#pragma once

// Text helpers shared by the shell lexer and the pattern matcher. BuildKit's lexer works on
// Unicode code points (Go runes) and uses Go's Unicode classes and quoting; these helpers
// reproduce exactly those so results and messages match BuildKit.

#include <QString>
#include <QStringView>

#include <string>
#include <string_view>

namespace gmd::shelltext {

/// End of input, as Go's text/scanner.EOF.
inline constexpr int kEof = -1;
/// What Go produces when a rune that is not valid (such as EOF) is turned into text.
inline constexpr char32_t kReplacementChar = 0xFFFD;

/// The code points of a string; unpaired surrogates become U+FFFD.
std::u32string toCodePoints(QStringView text);
/// The inverse of toCodePoints().
QString fromCodePoints(std::u32string_view text);
/// The text for a rune as Go's string(rune) gives it: EOF and invalid code points become U+FFFD.
std::u32string runeText(int ch);

/// Go's unicode.IsSpace: \t \n \v \f \r, space, U+0085, U+00A0 and the White_Space letters above.
bool isSpace(char32_t ch);
/// Go's unicode.IsLetter (general category L*).
bool isLetter(char32_t ch);
/// Go's unicode.IsDigit (general category Nd).
bool isDigit(char32_t ch);
/// Go's strconv.IsPrint: categories L, M, N, P, S and the ASCII space.
bool isPrint(char32_t ch);

/// Go's strconv.Quote (the `%q` verb): double quotes, `\"` and `\\`, printable runes as they
/// are, \a \b \f \n \r \t \v, \xHH below space and for DEL, otherwise \uHHHH or \UHHHHHHHH.
QString goQuote(QStringView text);

/// Go's strings.ToUpper: the simple per-code-point upper-case mapping.
QString goToUpper(QStringView text);

} // namespace gmd::shelltext
