// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <string>
#include <utility>
#include <vector>

namespace gmd {

/// The part of Go's regexp (RE2 syntax, Perl flags) that moby/patternmatcher's generated
/// expressions can contain, so that `[*]`, `\d`, `[z-a]` or `a^b` behave as in BuildKit
/// (spec dockerignore.md 3.4, 4.5, 4.6, 4.9). Supported: literals, `.`, `^`, `$`, groups,
/// `|`, `*` `+` `?` (and their lazy forms), bracket classes with ranges, `[:name:]`, `\d\s\w`
/// and negations, `\pL`/`\p{Lu}` general categories, `\A \z \b \B \Q..\E`, escapes
/// (`\x41`, `\x{263a}`, octal, `\a\f\n\r\t\v`, punctuation). Anything Go rejects is an error.
/// Not supported: `{n,m}` counted repetition (read as literal text) and `(?flags)` (an
/// error); neither can come out of patternmatcher, which escapes `{}()`. `\p{Greek}` uses
/// Qt's Unicode tables. Matching is linear (a Pike VM).
class GoRegexp
{
public:
    GoRegexp() = default;

    /// regexp.Compile. Check isValid() / error() afterwards.
    static GoRegexp compile(QStringView expr);

    /// True when the expression compiled.
    bool isValid() const { return m_error.isEmpty() && !m_prog.empty(); }
    /// The RE2-style error (e.g. "invalid character class range"), empty when valid.
    QString error() const { return m_error; }

    /// regexp.MatchString: true when any substring matches (the expression anchors itself).
    bool matchString(QStringView text) const;
    /// The same over code points.
    bool matchRunes(const char32_t* text, qsizetype size) const;

    struct CharClass
    {
        std::vector<std::pair<char32_t, char32_t>> ranges;
        struct Property
        {
            quint64 categories = 0; ///< QChar::Category bit mask (when script < 0)
            int script = -1; ///< QChar::Script
            bool negated = false;
        };
        std::vector<Property> properties; ///< \p{...} items
        bool negated = false;
        bool contains(char32_t c) const;
    };

private:
    enum class Op : quint8 { Rune, Class, AnyNotNL, Split, Jmp, BeginText, EndText, WordB, NoWordB, Match };
    struct Inst
    {
        Op op = Op::Match;
        char32_t rune = 0;
        int x = 0; ///< Split/Jmp target, or class index
        int y = 0; ///< second Split target
    };
    friend class GoRegexpCompiler;

    std::vector<Inst> m_prog;
    std::vector<CharClass> m_classes;
    std::u32string m_prefix; ///< literal text right after a leading ^ (a quick reject)
    std::u32string m_suffix; ///< literal text right before a trailing $
    QString m_error;
};

} // namespace gmd
