// SPDX-License-Identifier: MIT
// Parser and compiler for the RE2 subset described in goregexp.h. The grammar follows Go's
// regexp/syntax documentation (Perl flags: `-` allowed anywhere in a class, no stacked
// repetition operators, `\C` rejected). The program runs in goregexp.cpp.
#include "goregexp.h"
#include "goregexp_p.h"

#include <QChar>
#include <QList>

#include <algorithm>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

using namespace goregexp_detail;

namespace {

struct Node
{
    enum Kind { Empty, Literal, Class, Any, Begin, End, WordB, NoWordB, Concat, Alternate, Star, Plus, Quest };
    Kind kind = Empty;
    char32_t rune = 0;
    int cls = -1;
    std::vector<Node> subs;
};

} // namespace

class GoRegexpCompiler
{
public:
    GoRegexpCompiler(const std::u32string& s, GoRegexp* re)
        : m_s(s)
        , m_re(re)
    { }

    void run()
    {
        Node root = parseAlternate();
        if (m_err.isEmpty() && m_i < m_s.size())
            fail(u"unexpected )"_s);
        if (!m_err.isEmpty()) {
            m_re->m_error = m_err;
            m_re->m_prog.clear();
            return;
        }
        emit(root);
        m_re->m_prog.push_back({ GoRegexp::Op::Match, 0, 0, 0 });
        // "^lit..." and "...lit$" at the top level are necessary conditions: a cheap reject.
        if (root.kind == Node::Concat && !root.subs.empty()) {
            const auto& subs = root.subs;
            if (subs.front().kind == Node::Begin) {
                for (size_t k = 1; k < subs.size() && subs[k].kind == Node::Literal; ++k)
                    m_re->m_prefix.push_back(subs[k].rune);
            }
            if (subs.back().kind == Node::End) {
                for (size_t k = subs.size() - 1; k-- > 0 && subs[k].kind == Node::Literal;)
                    m_re->m_suffix.insert(m_re->m_suffix.begin(), subs[k].rune);
            }
        }
    }

private:
    bool atEnd() const { return m_i >= m_s.size(); }
    char32_t peek(size_t k = 0) const { return m_i + k < m_s.size() ? m_s[m_i + k] : 0; }
    bool fail(const QString& e)
    {
        if (m_err.isEmpty())
            m_err = e;
        m_i = m_s.size();
        return false;
    }

    Node parseAlternate()
    {
        Node alt { Node::Alternate, 0, -1, {} };
        alt.subs.push_back(parseConcat());
        while (!atEnd() && peek() == U'|') {
            ++m_i;
            alt.subs.push_back(parseConcat());
        }
        return alt.subs.size() == 1 ? alt.subs.front() : alt;
    }

    Node parseConcat()
    {
        Node cat { Node::Concat, 0, -1, {} };
        bool lastRepeat = false;
        while (!atEnd() && peek() != U'|' && peek() != U')') {
            const char32_t c = peek();
            if (c == U'*' || c == U'+' || c == U'?') {
                if (cat.subs.empty()) {
                    fail(u"missing argument to repetition operator"_s);
                    break;
                }
                if (lastRepeat) {
                    fail(u"invalid nested repetition operator"_s);
                    break;
                }
                ++m_i;
                if (peek() == U'?' && !atEnd())
                    ++m_i; // lazy form; irrelevant for a yes/no match
                Node rep { c == U'*' ? Node::Star : (c == U'+' ? Node::Plus : Node::Quest), 0, -1, {} };
                rep.subs.push_back(std::move(cat.subs.back()));
                cat.subs.back() = std::move(rep);
                lastRepeat = true;
                continue;
            }
            lastRepeat = false;
            if (!parseAtom(&cat))
                break;
        }
        return cat;
    }

    bool parseAtom(Node* cat)
    {
        const char32_t c = peek();
        ++m_i;
        switch (c) {
        case U'(': {
            if (peek() == U'?')
                return fail(u"unsupported Perl syntax (?"_s);
            Node inner = parseAlternate();
            if (!m_err.isEmpty())
                return false;
            if (atEnd() || peek() != U')')
                return fail(u"missing closing )"_s);
            ++m_i;
            cat->subs.push_back(std::move(inner));
            return true;
        }
        case U'[':
            return parseClass(cat);
        case U'.':
            cat->subs.push_back({ Node::Any, 0, -1, {} });
            return true;
        case U'^':
            cat->subs.push_back({ Node::Begin, 0, -1, {} });
            return true;
        case U'$':
            cat->subs.push_back({ Node::End, 0, -1, {} });
            return true;
        case U'\\':
            return parseTopEscape(cat);
        default:
            cat->subs.push_back({ Node::Literal, c, -1, {} });
            return true;
        }
    }

    bool parseTopEscape(Node* cat)
    {
        if (atEnd())
            return fail(u"trailing backslash at end of expression"_s);
        const char32_t c = peek();
        const auto simple = [&](Node::Kind k) {
            ++m_i;
            cat->subs.push_back({ k, 0, -1, {} });
            return true;
        };
        switch (c) {
        case U'A':
            return simple(Node::Begin);
        case U'z':
            return simple(Node::End);
        case U'b':
            return simple(Node::WordB);
        case U'B':
            return simple(Node::NoWordB);
        case U'C':
            return fail(u"invalid escape sequence"_s);
        case U'Q': {
            ++m_i;
            while (!atEnd() && !(peek() == U'\\' && peek(1) == U'E'))
                cat->subs.push_back({ Node::Literal, m_s[m_i++], -1, {} });
            if (!atEnd())
                m_i += 2;
            return true;
        }
        default:
            break;
        }
        GoRegexp::CharClass cc;
        if (c == U'p' || c == U'P') {
            if (!parseUnicodeClass(&cc))
                return false;
        } else if (Ranges r; perlClass(c, &r)) {
            ++m_i;
            cc.ranges = std::move(r);
        } else {
            char32_t lit = 0;
            if (!parseEscape(&lit))
                return false;
            cat->subs.push_back({ Node::Literal, lit, -1, {} });
            return true;
        }
        cat->subs.push_back({ Node::Class, 0, addClass(std::move(cc)), {} });
        return true;
    }

    // After the backslash: Go's parseEscape (single characters only).
    bool parseEscape(char32_t* out)
    {
        if (atEnd())
            return fail(u"trailing backslash at end of expression"_s);
        const char32_t c = m_s[m_i++];
        const auto isOctal = [](char32_t d) { return d >= U'0' && d <= U'7'; };
        const auto hexVal = [](char32_t d) -> int {
            if (d >= U'0' && d <= U'9')
                return int(d - U'0');
            if (d >= U'a' && d <= U'f')
                return int(d - U'a' + 10);
            if (d >= U'A' && d <= U'F')
                return int(d - U'A' + 10);
            return -1;
        };
        if (c < 0x80 && !QChar::isLetterOrNumber(c)) {
            *out = c; // escaped punctuation is itself
            return true;
        }
        if ((c >= U'1' && c <= U'7' && !atEnd() && isOctal(peek())) || c == U'0') {
            char32_t r = c - U'0';
            for (int k = 1; k < 3 && !atEnd() && isOctal(peek()); ++k)
                r = r * 8 + (m_s[m_i++] - U'0');
            *out = r;
            return true;
        }
        if (c == U'x' && !atEnd()) {
            const char32_t d = m_s[m_i++];
            if (d == U'{') {
                char32_t r = 0;
                int digits = 0;
                while (!atEnd() && peek() != U'}') {
                    const int v = hexVal(m_s[m_i++]);
                    if (v < 0 || (r = r * 16 + char32_t(v)) > 0x10FFFF)
                        return fail(u"invalid escape sequence"_s);
                    ++digits;
                }
                if (atEnd() || digits == 0)
                    return fail(u"invalid escape sequence"_s);
                ++m_i;
                *out = r;
                return true;
            }
            const int x = hexVal(d);
            const int y = atEnd() ? -1 : hexVal(m_s[m_i++]);
            if (x < 0 || y < 0)
                return fail(u"invalid escape sequence"_s);
            *out = char32_t(x * 16 + y);
            return true;
        }
        static const std::u32string cEscapes = U"afnrtv";
        static const std::u32string cValues = U"\a\f\n\r\t\v";
        if (const auto pos = cEscapes.find(c); pos != std::u32string::npos) {
            *out = cValues[pos];
            return true;
        }
        return fail(u"invalid escape sequence"_s);
    }

    // At "\p" or "\P": \pL, \p{Lu}, \p{^Lu}.
    bool parseUnicodeClass(GoRegexp::CharClass* cc)
    {
        bool negate = peek() == U'P';
        ++m_i;
        std::u32string name;
        if (atEnd())
            return fail(u"invalid character class range"_s);
        if (peek() != U'{') {
            name = m_s.substr(m_i++, 1);
        } else {
            const size_t end = m_s.find(U'}', m_i);
            if (end == std::u32string::npos)
                return fail(u"invalid character class range"_s);
            name = m_s.substr(m_i + 1, end - m_i - 1);
            m_i = end + 1;
        }
        if (!name.empty() && name[0] == U'^') {
            negate = !negate;
            name.erase(0, 1);
        }
        GoRegexp::CharClass::Property prop;
        prop.negated = negate;
        if (!categoryMask(name, &prop.categories) && !scriptByName(name, &prop.script))
            return fail(u"invalid character class range"_s);
        cc->properties.push_back(prop);
        return true;
    }

    bool parseClassChar(char32_t* r)
    {
        if (atEnd())
            return fail(u"missing closing ]"_s);
        if (peek() == U'\\') {
            ++m_i;
            return parseEscape(r);
        }
        *r = m_s[m_i++];
        return true;
    }

    // After '[': Go's parseClass with Perl flags.
    bool parseClass(Node* cat)
    {
        GoRegexp::CharClass cc;
        if (peek() == U'^' && !atEnd()) {
            cc.negated = true;
            ++m_i;
        }
        bool first = true;
        while (atEnd() || peek() != U']' || first) {
            if (atEnd())
                return fail(u"missing closing ]"_s);
            first = false;
            if (peek() == U'[' && peek(1) == U':' && m_s.size() - m_i > 2) {
                const size_t end = m_s.find(U":]", m_i + 2);
                if (end != std::u32string::npos) {
                    Ranges r;
                    if (!posixClass(m_s.substr(m_i + 2, end - m_i - 2), &r))
                        return fail(u"invalid character class range"_s);
                    cc.ranges.insert(cc.ranges.end(), r.begin(), r.end());
                    m_i = end + 2;
                    continue;
                }
            }
            if (peek() == U'\\' && (peek(1) == U'p' || peek(1) == U'P') && m_s.size() - m_i >= 2) {
                ++m_i;
                if (!parseUnicodeClass(&cc))
                    return false;
                continue;
            }
            if (Ranges r; peek() == U'\\' && m_s.size() - m_i >= 2 && perlClass(peek(1), &r)) {
                m_i += 2;
                cc.ranges.insert(cc.ranges.end(), r.begin(), r.end());
                continue;
            }
            char32_t lo = 0;
            if (!parseClassChar(&lo))
                return false;
            char32_t hi = lo;
            if (m_s.size() - m_i >= 2 && peek() == U'-' && peek(1) != U']') {
                ++m_i;
                if (!parseClassChar(&hi))
                    return false;
                if (hi < lo)
                    return fail(u"invalid character class range"_s);
            }
            cc.ranges.emplace_back(lo, hi);
        }
        ++m_i; // ']'
        cat->subs.push_back({ Node::Class, 0, addClass(std::move(cc)), {} });
        return true;
    }

    int addClass(GoRegexp::CharClass cc)
    {
        m_re->m_classes.push_back(std::move(cc));
        return int(m_re->m_classes.size()) - 1;
    }

    int pc() const { return int(m_re->m_prog.size()); }
    int add(GoRegexp::Op op, char32_t rune = 0, int x = 0, int y = 0)
    {
        m_re->m_prog.push_back({ op, rune, x, y });
        return pc() - 1;
    }

    void emit(const Node& n)
    {
        using Op = GoRegexp::Op;
        auto& prog = m_re->m_prog;
        switch (n.kind) {
        case Node::Empty:
            break;
        case Node::Literal:
            add(Op::Rune, n.rune);
            break;
        case Node::Class:
            add(Op::Class, 0, n.cls);
            break;
        case Node::Any:
            add(Op::AnyNotNL);
            break;
        case Node::Begin:
            add(Op::BeginText);
            break;
        case Node::End:
            add(Op::EndText);
            break;
        case Node::WordB:
            add(Op::WordB);
            break;
        case Node::NoWordB:
            add(Op::NoWordB);
            break;
        case Node::Concat:
            for (const Node& s : n.subs)
                emit(s);
            break;
        case Node::Alternate: {
            std::vector<int> jumps;
            for (size_t k = 0; k + 1 < n.subs.size(); ++k) {
                const int split = add(Op::Split);
                prog[split].x = pc();
                emit(n.subs[k]);
                jumps.push_back(add(Op::Jmp));
                prog[split].y = pc();
            }
            emit(n.subs.back());
            for (const int j : jumps)
                prog[j].x = pc();
            break;
        }
        case Node::Star: {
            const int split = add(Op::Split);
            prog[split].x = pc();
            emit(n.subs.front());
            add(Op::Jmp, 0, split);
            prog[split].y = pc();
            break;
        }
        case Node::Plus: {
            const int start = pc();
            emit(n.subs.front());
            add(Op::Split, 0, start, pc() + 1);
            break;
        }
        case Node::Quest: {
            const int split = add(Op::Split);
            prog[split].x = pc();
            emit(n.subs.front());
            prog[split].y = pc();
            break;
        }
        }
    }

    const std::u32string& m_s;
    size_t m_i = 0;
    GoRegexp* m_re;
    QString m_err;
};

GoRegexp GoRegexp::compile(QStringView expr)
{
    GoRegexp re;
    std::u32string s;
    s.reserve(size_t(expr.size()));
    for (const char32_t c : expr.toUcs4())
        s.push_back(c);
    GoRegexpCompiler(s, &re).run();
    return re;
}

} // namespace gmd
