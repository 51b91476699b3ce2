// SPDX-License-Identifier: MIT
// Internal helpers that reproduce the Go standard library's string primitives
// (unicode.IsSpace, strings.TrimSpace/Fields, strconv.Quote/QuoteRune, utf8 decoding),
// so that values are split and error texts are quoted exactly as cmd/go does.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <string>

namespace gmd::gostr {

/// Go's unicode.IsSpace.
bool isSpace(char32_t r);
/// Go's strconv.IsPrint (letters, marks, numbers, punctuation, symbols and U+0020).
bool isPrint(char32_t r);
/// Go's unicode.IsLetter.
bool isLetter(char32_t r);

/// A piece of a larger string together with its 0-based UTF-16 offset in that string.
struct Span
{
    QString text;
    qsizetype offset = 0;
};

/// strings.TrimSpace of s[begin, end), keeping the position of what remains.
Span trimSpace(const QString& s, qsizetype begin = 0, qsizetype end = -1);
/// strings.Fields (split around runs of unicode.IsSpace), with positions.
QList<Span> fieldSpans(const QString& s);
/// strings.Fields.
QStringList fields(const QString& s);

/// UTF-8 to QString like Go's string([]byte): a leading U+FEFF is kept (QString::fromUtf8 drops it);
/// each invalid byte sequence becomes U+FFFD.
QString fromUtf8(QByteArrayView bytes);

/// The code points of s; an unpaired surrogate becomes U+FFFD (Go's utf8.RuneError).
std::u32string codePoints(QStringView s);
/// True when s holds an unpaired surrogate: such text has no valid UTF-8 form
/// (cmd/go's "invalid UTF-8" checks).
bool hasLoneSurrogate(QStringView s);

/// One decoded rune of a UTF-8 byte string (utf8.DecodeRuneInString): U+FFFD with size 1
/// for an invalid byte, size 0 at the end.
struct DecodedRune
{
    char32_t rune = 0;
    int size = 0;
};
DecodedRune decodeRune(const char* data, qsizetype length);

/// strconv.Quote of a UTF-8 byte string (invalid bytes become \xNN).
QString quote(const QByteArray& utf8);
/// strconv.Quote of a QString.
QString quote(QStringView s);
/// strconv.QuoteRune (what fmt's %q prints for a rune: 'x', '\'', '\x01').
QString quoteRune(char32_t r);

/// filepath.IsAbs of the platform cmd/go runs on (Unix: a leading '/';
/// Windows: a drive letter and separator, or a UNC path).
bool isAbsFilePath(QStringView path);

} // namespace gmd::gostr
