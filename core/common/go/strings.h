// SPDX-License-Identifier: MIT
// Go's package strings (and its bytes twins) as far as the go command, x/mod and BuildKit
// depend on them: TrimSpace, TrimLeftFunc(unicode.IsSpace), Fields, ToUpper/ToLower, EqualFold.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace gmd::go {

/// strings.TrimSpace.
QString trimSpace(QStringView s);
inline QString trimSpace(const QString& s)
{
    return trimSpace(QStringView(s));
}
/// strings.TrimSpace of a UTF-8 byte string: decodes runes, so an invalid byte stops trimming
/// and a UTF-8 encoded U+0085 / U+00A0 / U+3000 is trimmed.
QByteArray trimSpace(QByteArrayView s);
inline QByteArray trimSpace(const QByteArray& s)
{
    return trimSpace(QByteArrayView(s));
}
/// bytes.TrimLeftFunc(s, unicode.IsSpace).
QByteArray trimLeftSpace(QByteArrayView s);

/// A piece of a larger string together with its 0-based UTF-16 offset in that string.
struct Span
{
    QString text;
    qsizetype offset = 0;
};

/// strings.TrimSpace of s[begin, end) (end -1: the end of s), keeping where the result starts.
Span trimSpaceSpan(const QString& s, qsizetype begin = 0, qsizetype end = -1);
/// strings.Fields (split around runs of unicode.IsSpace), with positions.
QList<Span> fieldSpans(const QString& s);
/// strings.Fields.
QStringList fields(const QString& s);

/// strings.ToUpper: unicode.ToUpper (the simple, one-rune mapping) of every rune.
QString toUpper(QStringView s);
/// strings.ToLower: unicode.ToLower of every rune.
QString toLower(QStringView s);
/// strings.EqualFold: equal under simple Unicode case folding ("Go" / "GO", "K" / "k" (Kelvin),
/// "s" / "ſ"), rune by rune.
bool equalFold(QStringView a, QStringView b);

} // namespace gmd::go
