// SPDX-License-Identifier: MIT
#include "shellpattern.h"

#include "common/go/unicode.h"
#include "common/go/utf8.h"

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

ShellPattern ShellPattern::compile(QStringView pattern, bool greedy)
{
    ShellPattern out;
    out.m_greedy = greedy;
    const std::u32string p = go::runes(pattern);
    const size_t n = p.size();
    // BuildKit reads the pattern with Go's text/scanner, which drops a byte order mark at the
    // very start of its input.
    size_t i = (n > 0 && p[0] == 0xFEFF) ? 1 : 0;
    while (i < n) {
        char32_t tok = p[i++];
        if (tok == u'*') {
            out.m_tokens.push_back({ Kind::AnyRun, 0 });
            continue;
        }
        if (tok == u'?') {
            out.m_tokens.push_back({ Kind::AnyChar, 0 });
            continue;
        }
        if (tok == u'\\') {
            // C4.5: `\}` and `\/` only protect the ${} delimiters; the backslash is dropped and
            // the character is then read as an ordinary literal.
            if (i < n && (p[i] == u'}' || p[i] == u'/'))
                continue;
            const int escaped = i < n ? int(p[i++]) : go::kScannerEof;
            if (escaped != u'*' && escaped != u'?' && escaped != u'\\') {
                out.m_tokens.clear();
                out.m_error = u"invalid escape '\\"_s + go::runeString(escaped) + u'\'';
                return out;
            }
            tok = char32_t(escaped);
        }
        out.m_tokens.push_back({ Kind::Literal, tok });
    }
    return out;
}

std::vector<qsizetype> ShellPattern::matchEnds(std::u32string_view s) const
{
    // ends[p] for the token suffix i.. is "where the first match (in backtracking order) of
    // tokens i.. starting at p ends". Computed from the last token backwards, one array per
    // token, so the whole table costs O(tokens * length) instead of exponential backtracking.
    const qsizetype n = qsizetype(s.size());
    std::vector<qsizetype> next(size_t(n) + 1);
    std::vector<qsizetype> cur(size_t(n) + 1);
    for (qsizetype p = 0; p <= n; ++p)
        next[size_t(p)] = p;
    const auto canConsume = [&](qsizetype p) { return p < n && s[size_t(p)] != u'\n'; };
    for (auto it = m_tokens.rbegin(); it != m_tokens.rend(); ++it) {
        const Token& tok = *it;
        for (qsizetype p = n; p >= 0; --p) {
            const size_t up = size_t(p);
            switch (tok.kind) {
            case Kind::Literal:
                cur[up] = (p < n && s[up] == tok.ch) ? next[up + 1] : -1;
                break;
            case Kind::AnyChar:
                cur[up] = canConsume(p) ? next[up + 1] : -1;
                break;
            case Kind::AnyRun:
                if (m_greedy) // the longest run that still lets the rest match
                    cur[up] = (canConsume(p) && cur[up + 1] >= 0) ? cur[up + 1] : next[up];
                else // the shortest such run
                    cur[up] = next[up] >= 0 ? next[up] : (canConsume(p) ? cur[up + 1] : -1);
                break;
            }
        }
        std::swap(cur, next);
    }
    return next;
}

static QString invalidPattern(const QString& pattern, const QString& error)
{
    return u"invalid pattern (%1) in substitution: %2"_s.arg(pattern, error);
}

static PatternResult trimPrefixPoints(std::u32string value, const QString& pattern, bool longest, std::u32string* rest)
{
    const ShellPattern re = ShellPattern::compile(pattern, longest);
    if (!re.isValid())
        return { QString(), invalidPattern(pattern, re.error()) };
    const qsizetype end = re.matchEnds(value).front(); // anchored at the start (`^`)
    *rest = end >= 0 ? value.substr(size_t(end)) : std::move(value);
    return {};
}

PatternResult trimShellPrefix(const QString& value, const QString& pattern, bool longest)
{
    std::u32string rest;
    PatternResult r = trimPrefixPoints(go::runes(value), pattern, longest, &rest);
    if (r.ok())
        r.value = go::fromRunes(rest);
    return r;
}

PatternResult trimShellSuffix(const QString& value, const QString& pattern, bool longest)
{
    // Go's regexp cannot find the shortest rightmost match, so BuildKit reverses both.
    std::u32string reversed = go::runes(value);
    std::reverse(reversed.begin(), reversed.end());
    std::u32string rest;
    PatternResult r = trimPrefixPoints(std::move(reversed), reverseShellPattern(pattern), longest, &rest);
    if (r.ok()) {
        std::reverse(rest.begin(), rest.end());
        r.value = go::fromRunes(rest);
    }
    return r;
}

PatternResult replaceShellPattern(const QString& value, const QString& pattern, const QString& replacement, bool all)
{
    const ShellPattern re = ShellPattern::compile(pattern, true);
    if (!re.isValid())
        return { QString(), invalidPattern(pattern, re.error()) };
    const std::u32string v = go::runes(value);
    const std::u32string_view view(v);
    const std::vector<qsizetype> ends = re.matchEnds(v);
    const qsizetype n = qsizetype(v.size());
    const auto leftmost = [&](qsizetype from) {
        for (qsizetype p = from; p <= n; ++p) {
            if (ends[size_t(p)] >= 0)
                return p;
        }
        return qsizetype(-1);
    };
    if (!all) {
        // FindStringIndex + plain concatenation: no template expansion here.
        const qsizetype start = leftmost(0);
        if (start < 0)
            return { value, QString() };
        const size_t end = size_t(ends[size_t(start)]);
        return { go::fromRunes(view.substr(0, size_t(start))) + replacement + go::fromRunes(view.substr(end)),
            QString() };
    }
    // Go's Regexp.ReplaceAllString loop: an empty match right after the previous match is not
    // replaced, and the search always advances by at least one character.
    QString out;
    qsizetype lastEnd = 0;
    qsizetype searchPos = 0;
    while (searchPos <= n) {
        const qsizetype a0 = leftmost(searchPos);
        if (a0 < 0)
            break;
        const qsizetype a1 = ends[size_t(a0)];
        out += go::fromRunes(view.substr(size_t(lastEnd), size_t(a0 - lastEnd)));
        if (a1 > lastEnd || a0 == 0)
            out += expandGoTemplate(replacement, go::fromRunes(view.substr(size_t(a0), size_t(a1 - a0))));
        lastEnd = a1;
        searchPos = (a1 == searchPos) ? searchPos + 1 : a1;
    }
    out += go::fromRunes(view.substr(size_t(lastEnd)));
    return { out, QString() };
}

QString reverseShellPattern(const QString& pattern)
{
    const std::u32string p = go::runes(pattern);
    std::u32string out(p.size(), 0);
    const size_t n = p.size();
    for (size_t i = 0; i < n;) {
        const size_t outIdx = n - 1 - i;
        if (p[i] == u'\\' && i != n - 1) {
            // keep `\c` in order; a pattern cannot end in a lone escape inside ${}
            out[outIdx - 1] = p[i];
            out[outIdx] = p[i + 1];
            i += 2;
        } else {
            out[outIdx] = p[i];
            ++i;
        }
    }
    return go::fromRunes(out);
}

QString expandGoTemplate(QStringView tmpl, QStringView match)
{
    const std::u32string t = go::runes(tmpl);
    QString out;
    size_t pos = 0;
    while (pos < t.size()) {
        const size_t dollar = t.find(u'$', pos);
        if (dollar == std::u32string::npos)
            break;
        out += go::fromRunes(std::u32string_view(t).substr(pos, dollar - pos));
        pos = dollar + 1;
        if (pos < t.size() && t[pos] == u'$') {
            out += u'$';
            ++pos;
            continue;
        }
        // Go's extract(): a name of letters, digits and `_`, optionally in braces.
        size_t i = pos;
        const bool brace = i < t.size() && t[i] == u'{';
        if (brace)
            ++i;
        const size_t nameStart = i;
        while (i < t.size() && (go::isLetter(t[i]) || go::isDigit(t[i]) || t[i] == u'_'))
            ++i;
        const size_t nameLen = i - nameStart;
        if (nameLen == 0 || (brace && (i >= t.size() || t[i] != u'}'))) {
            out += u'$'; // malformed: the `$` is literal text
            continue;
        }
        if (brace)
            ++i;
        long num = 0;
        for (size_t k = nameStart; k < nameStart + nameLen; ++k) {
            const char32_t c = t[k];
            if (c < u'0' || c > u'9' || num >= 100000000) {
                num = -1;
                break;
            }
            num = num * 10 + long(c - u'0');
        }
        if (t[nameStart] == u'0' && nameLen > 1)
            num = -1;
        // The pattern regexp has no groups: only group 0 (the whole match) exists and no group
        // has a name, so everything else expands to nothing.
        if (num == 0)
            out += match;
        pos = i;
    }
    if (pos < t.size())
        out += go::fromRunes(std::u32string_view(t).substr(pos));
    return out;
}

} // namespace gmd
