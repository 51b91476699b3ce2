// SPDX-License-Identifier: MIT
#include "ignorepattern.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

// Regex metacharacters that are not filepath.Match syntax are escaped (spec 4.4).
bool shouldEscape(char32_t c)
{
    switch (c) {
    case U'.':
    case U'+':
    case U'(':
    case U')':
    case U'|':
    case U'{':
    case U'}':
    case U'$':
        return true;
    default:
        return false;
    }
}

} // namespace

IgnorePattern::IgnorePattern(const QString& cleaned, bool exception, PathStyle style)
    : m_text(cleaned)
    , m_style(style)
    , m_exception(exception)
{
    const QChar sep = go::pathSeparator(style);
    m_dirs = m_text.split(sep);
    const QString escSep = style == PathStyle::Windows ? u"\\\\"_s : u"/"_s;

    // The pattern is read code point by code point (Go's text/scanner, which skips a leading
    // BOM); `iteration` counts loop rounds, so "**" at iteration 0 makes a suffix pattern.
    QList<uint> chars = m_text.toUcs4();
    if (!chars.isEmpty() && chars.front() == 0xFEFF)
        chars.removeFirst();
    const qsizetype n = chars.size();
    QString re = u"^"_s;
    Kind kind = Kind::Exact;
    qsizetype i = 0;
    for (int iteration = 0; i < n; ++iteration) {
        const char32_t ch = chars[i++];
        if (ch == U'*') {
            if (i < n && chars[i] == U'*') {
                ++i;
                if (i < n && chars[i] == sep.unicode())
                    ++i; // "**/" is read as "**"
                if (i == n) {
                    // Spec 4.1: trailing "**" makes a prefix pattern, or ".*" in a regex.
                    if (kind == Kind::Exact) {
                        kind = Kind::Prefix;
                    } else {
                        re += u".*"_s;
                        kind = Kind::Regex;
                    }
                } else {
                    re += u"(.*"_s + escSep + u")?"_s;
                    kind = Kind::Regex;
                }
                if (iteration == 0)
                    kind = Kind::Suffix;
            } else {
                re += u"[^"_s + escSep + u"]*"_s; // spec 4.2
                kind = Kind::Regex;
            }
        } else if (ch == U'?') {
            re += u"[^"_s + escSep + u"]"_s; // spec 4.3
            kind = Kind::Regex;
        } else if (shouldEscape(ch)) {
            re += u'\\';
            re += QChar(ch);
        } else if (ch == U'\\') {
            if (style == PathStyle::Windows) {
                re += escSep; // spec 4.10: the separator, never an escape; kind unchanged
                continue;
            }
            if (i < n) {
                re += u'\\'; // spec 4.5: the next character is copied after a backslash
                const char32_t next = chars[i++];
                re += QString::fromUcs4(&next, 1);
                kind = Kind::Regex;
            } else {
                re += u'\\';
            }
        } else if (ch == U'[' || ch == U']') {
            re += QChar(ch); // spec 4.6: bracket expressions pass through
            kind = Kind::Regex;
        } else {
            re += QString::fromUcs4(&ch, 1); // spec 4.7
        }
    }

    m_kind = kind;
    switch (kind) {
    case Kind::Exact:
        m_fixed = m_text;
        break;
    case Kind::Prefix:
        m_fixed = m_text.chopped(2);
        break;
    case Kind::Suffix:
        // Go slices bytes: the suffix is the text minus its first two bytes.
        m_suffixBytes = !m_text.startsWith(u"**"_s);
        m_fixed = m_suffixBytes ? QString() : m_text.sliced(2);
        break;
    case Kind::Regex:
    case Kind::Bad:
        m_regex = re + u'$';
        m_re = GoRegexp::compile(m_regex);
        if (!m_re.isValid())
            m_kind = Kind::Bad; // spec 3.4: every match attempt fails
        break;
    }
}

bool IgnorePattern::match(QStringView path, bool* bad) const
{
    *bad = false;
    switch (m_kind) {
    case Kind::Exact:
        return path == m_fixed;
    case Kind::Prefix:
        return path.startsWith(m_fixed);
    case Kind::Suffix: {
        if (m_suffixBytes) {
            const QByteArray suffix = m_text.toUtf8().sliced(2);
            return path.toUtf8().endsWith(suffix); // suffix[0] is a continuation byte, never '/'
        }
        if (path.endsWith(m_fixed))
            return true;
        // "**/foo" also matches "foo" itself.
        return m_fixed.startsWith(go::pathSeparator(m_style)) && path == QStringView(m_fixed).sliced(1);
    }
    case Kind::Regex:
        return m_re.matchString(path);
    case Kind::Bad:
        *bad = true;
        return false;
    }
    return false;
}

QString IgnorePattern::withoutTrailingGlob() const
{
    const QChar sep = go::pathSeparator(m_style);
    QString s = m_text;
    if (s.endsWith(QString(sep) + u"**"_s))
        s.chop(3);
    if (s.endsWith(QString(sep) + u'*'))
        s.chop(2);
    return s;
}

} // namespace gmd
