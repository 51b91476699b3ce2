// SPDX-License-Identifier: MIT
#include "common/go/strconv.h"

#include "common/go/hex_p.h"
#include "common/go/unicode.h"
#include "common/go/utf8.h"

#include <QByteArray>

using namespace Qt::Literals::StringLiterals;

namespace gmd::go {

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";

/// The one-letter escapes of Go string literals: \a \b \f \n \r \t \v and the byte each stands for.
constexpr struct
{
    char letter;
    char value;
} kLetterEscapes[] = { { 'a', '\a' }, { 'b', '\b' }, { 'f', '\f' }, { 'n', '\n' }, { 'r', '\r' }, { 't', '\t' },
    { 'v', '\v' } };

void appendHex(QString& out, char32_t value, int digits)
{
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += QLatin1Char(kLowerHex[(value >> shift) & 0xF]);
}

/// strconv's appendEscapedRune (ASCIIonly and graphicOnly false).
void appendEscapedRune(QString& out, char32_t r, char16_t quoteChar)
{
    if (r == quoteChar || r == u'\\') {
        out += u'\\';
        out += QChar(char16_t(r));
        return;
    }
    if (isPrint(r)) {
        appendRune(out, r);
        return;
    }
    for (const auto& e : kLetterEscapes) {
        if (r == char32_t(e.value)) {
            out += u'\\';
            out += QLatin1Char(e.letter);
            return;
        }
    }
    if (r < U' ' || r == 0x7F) {
        out += u"\\x"_s;
        appendHex(out, r, 2);
    } else if (!validRune(r)) {
        out += u"\\ufffd"_s;
    } else if (r < 0x10000) {
        out += u"\\u"_s;
        appendHex(out, r, 4);
    } else {
        out += u"\\U"_s;
        appendHex(out, r, 8);
    }
}

/// strconv.UnquoteChar on s[*pos:] for a literal quoted with `quote`; appends the bytes.
bool unquoteChar(const QByteArray& s, qsizetype* pos, char quote, QByteArray* buf)
{
    qsizetype i = *pos;
    const char c = s[i];
    if (c == quote)
        return false;
    if (uchar(c) >= 0x80) {
        const DecodedRune d = decodeRune(s, i);
        appendUtf8(*buf, d.rune); // an invalid byte becomes the encoding of U+FFFD
        *pos = i + d.size;
        return true;
    }
    if (c != '\\') {
        *buf += c;
        *pos = i + 1;
        return true;
    }
    if (i + 1 >= s.size())
        return false;
    const char e = s[i + 1];
    i += 2;
    char simple = 0;
    for (const auto& l : kLetterEscapes) {
        if (e == l.letter)
            simple = l.value;
    }
    if (e == '\\')
        simple = '\\';
    if (e == '\'' || e == '"') {
        if (e != quote)
            return false;
        simple = e;
    }
    if (simple != 0) {
        *buf += simple;
        *pos = i;
        return true;
    }
    if (e >= '0' && e <= '7') {
        // One digit read, two more; the value is one byte, at most \377.
        if (i + 2 > s.size())
            return false;
        int v = e - '0';
        for (int k = 0; k < 2; ++k) {
            const int x = s[i + k] - '0';
            if (x < 0 || x > 7)
                return false;
            v = (v << 3) | x;
        }
        if (v > 255)
            return false;
        *buf += char(v);
        *pos = i + 2;
        return true;
    }
    const int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (digits == 0 || i + digits > s.size())
        return false;
    quint32 v = 0;
    for (int k = 0; k < digits; ++k) {
        const int x = detail::unhex(uchar(s[i + k]));
        if (x < 0)
            return false;
        v = (v << 4) | quint32(x);
    }
    if (e == 'x')
        *buf += char(v); // a single byte, possibly not UTF-8
    else if (!validRune(char32_t(v)))
        return false;
    else
        appendUtf8(*buf, char32_t(v));
    *pos = i + digits;
    return true;
}

} // namespace

QString quote(QStringView s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (const char32_t r : runes(s))
        appendEscapedRune(out, r, u'"');
    out += u'"';
    return out;
}

QString quote(QByteArrayView utf8)
{
    QString out;
    out.reserve(utf8.size() + 2);
    out += u'"';
    for (qsizetype pos = 0; pos < utf8.size();) {
        const DecodedRune d = decodeRune(utf8, pos);
        if (d.rune == kRuneError && d.size == 1) {
            out += u"\\x"_s;
            appendHex(out, uchar(utf8[pos]), 2);
        } else {
            appendEscapedRune(out, d.rune, u'"');
        }
        pos += d.size;
    }
    out += u'"';
    return out;
}

QString quoteRune(char32_t r)
{
    QString out = u"'"_s;
    appendEscapedRune(out, validRune(r) ? r : kRuneError, u'\'');
    out += u'\'';
    return out;
}

bool unquote(QStringView literal, QString* out)
{
    QByteArray in;
    in.reserve(literal.size());
    for (const char32_t r : runes(literal))
        appendUtf8(in, r);
    // strconv's unquote(in, unescape=true), then Unquote's "nothing may follow" check.
    if (in.size() < 2)
        return false;
    const char quote = in[0];
    const qsizetype close = in.indexOf(quote, 1);
    if (close < 0)
        return false;
    const qsizetype end = close + 1; // after the terminating quote, unless escapes move it
    const QByteArrayView head = QByteArrayView(in).first(end);
    if (quote == '`') {
        if (end != in.size())
            return false;
        QByteArray raw = in.mid(1, end - 2);
        raw.replace('\r', QByteArray()); // raw strings drop carriage returns
        *out = fromUtf8(raw);
        return true;
    }
    if (quote != '"' && quote != '\'')
        return false;
    if (!head.contains('\\') && !head.contains('\n')) {
        const QByteArrayView body = head.sliced(1, end - 2);
        bool valid = true;
        if (quote == '"') {
            for (qsizetype i = 0; valid && i < body.size();) {
                const DecodedRune d = decodeRune(body, i);
                valid = !(d.rune == kRuneError && d.size == 1);
                i += d.size;
            }
        } else {
            // Go's quirk: '' passes too (DecodeRune of nothing is RuneError with size 0).
            const DecodedRune d = decodeRune(body);
            valid = d.size == body.size() && !(d.rune == kRuneError && d.size == 1);
        }
        if (valid) {
            if (end != in.size())
                return false;
            *out = fromUtf8(body);
            return true;
        }
    }
    QByteArray buf;
    qsizetype pos = 1;
    while (pos < in.size() && in[pos] != quote) {
        if (in[pos] == '\n' || !unquoteChar(in, &pos, quote, &buf))
            return false;
        if (quote == '\'')
            break; // a rune literal holds one character
    }
    if (pos >= in.size() || in[pos] != quote || pos + 1 != in.size())
        return false;
    *out = fromUtf8(buf);
    return true;
}

} // namespace gmd::go
