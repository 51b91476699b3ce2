// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace gmd::gostrconv {

/// One code point decoded like Go's utf8.DecodeRune: invalid or truncated sequences,
/// overlong forms and surrogates give U+FFFD with size 1.
struct DecodedRune
{
    char32_t rune = 0;
    int size = 0; ///< bytes consumed; 0 only at the end of the input
};

/// Decodes the code point starting at `data[pos]`.
DecodedRune decodeRune(const char* data, qsizetype size, qsizetype pos);

/// unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
bool isPrint(char32_t rune);

/// unicode.IsSpace: '\t' '\n' '\v' '\f' '\r' ' ' U+0085 U+00A0 and the Unicode White_Space runes.
bool isSpace(char32_t rune);

/// strconv.Quote (what Go's `%q` prints for a string): "text" with Go escapes.
QString quote(QStringView text);

/// strconv.QuoteRune (what Go's `%q` prints for a rune): 'x', '\x00', '\ufeff'.
QString quoteRune(char32_t rune);

/// strconv.Unquote restricted to double-quoted Go string literals ("a\tb", "\u00e9", "\x41").
/// Returns false (Go: "invalid syntax") for anything else, including '\'' escapes.
bool unquote(QStringView literal, QString* out);

} // namespace gmd::gostrconv
