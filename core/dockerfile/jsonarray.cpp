// SPDX-License-Identifier: MIT
#include "jsonarray.h"

#include "common/go/strings.h"
#include "common/go/utf8.h"

#include <QList>

#include <cctype>

namespace gmd {

namespace {

constexpr int kMaxDepth = 10000; // encoding/json maxNestingDepth

class Validator
{
public:
    explicit Validator(const QByteArray& s)
        : m_s(s)
    { }

    /// Validates the whole text; records top-level array elements (start, end, isString).
    bool run();

    struct Element
    {
        qsizetype start;
        qsizetype end;
        bool isString;
    };
    QList<Element> elements;

private:
    char peek() const { return m_pos < m_s.size() ? m_s.at(m_pos) : '\0'; }
    bool atEnd() const { return m_pos >= m_s.size(); }
    void skipWs()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }
    bool string();
    bool number();
    bool literal(const char* word);
    bool scalar();

    const QByteArray& m_s;
    qsizetype m_pos = 0;
};

bool Validator::string()
{
    if (peek() != '"')
        return false;
    ++m_pos;
    while (!atEnd()) {
        const uchar c = uchar(m_s.at(m_pos));
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            ++m_pos;
            if (atEnd())
                return false;
            const char e = m_s.at(m_pos);
            if (e == 'u') {
                for (int k = 1; k <= 4; ++k) {
                    if (m_pos + k >= m_s.size() || !std::isxdigit(uchar(m_s.at(m_pos + k))))
                        return false;
                }
                m_pos += 5;
                continue;
            }
            if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't')
                return false;
        }
        ++m_pos;
    }
    return false;
}

bool Validator::number()
{
    if (peek() == '-')
        ++m_pos;
    if (peek() == '0') {
        ++m_pos;
    } else if (peek() >= '1' && peek() <= '9') {
        while (peek() >= '0' && peek() <= '9')
            ++m_pos;
    } else {
        return false;
    }
    if (peek() == '.') {
        ++m_pos;
        if (!(peek() >= '0' && peek() <= '9'))
            return false;
        while (peek() >= '0' && peek() <= '9')
            ++m_pos;
    }
    if (peek() == 'e' || peek() == 'E') {
        ++m_pos;
        if (peek() == '+' || peek() == '-')
            ++m_pos;
        if (!(peek() >= '0' && peek() <= '9'))
            return false;
        while (peek() >= '0' && peek() <= '9')
            ++m_pos;
    }
    return true;
}

bool Validator::literal(const char* word)
{
    const QByteArray w(word);
    if (m_s.mid(m_pos, w.size()) != w)
        return false;
    m_pos += w.size();
    return true;
}

bool Validator::scalar()
{
    switch (peek()) {
    case '"':
        return string();
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default:
        return number();
    }
}

bool Validator::run()
{
    // An explicit stack instead of recursion: input lines may nest thousands of brackets.
    QList<char> stack;
    skipWs();
    bool expectValue = true;
    while (true) {
        if (expectValue) {
            skipWs();
            const qsizetype valueStart = m_pos;
            const bool topElement = stack.size() == 1 && stack.last() == '[';
            const char c = peek();
            if (c == '[' || c == '{') {
                stack.append(c);
                if (stack.size() > kMaxDepth)
                    return false;
                ++m_pos;
                skipWs();
                if (topElement)
                    elements.append({ valueStart, -1, false });
                if (peek() == (c == '[' ? ']' : '}')) {
                    ++m_pos;
                    stack.removeLast();
                    expectValue = false;
                    continue;
                }
                if (c == '{') {
                    if (!string())
                        return false;
                    skipWs();
                    if (peek() != ':')
                        return false;
                    ++m_pos;
                }
                continue;
            }
            if (!scalar())
                return false;
            if (topElement)
                elements.append({ valueStart, m_pos, c == '"' });
            expectValue = false;
            continue;
        }
        skipWs();
        if (stack.isEmpty())
            return atEnd();
        const char top = stack.last();
        const char c = peek();
        if (c == ',') {
            ++m_pos;
            if (top == '{') {
                skipWs();
                if (!string())
                    return false;
                skipWs();
                if (peek() != ':')
                    return false;
                ++m_pos;
            }
            expectValue = true;
            continue;
        }
        if ((top == '[' && c == ']') || (top == '{' && c == '}')) {
            ++m_pos;
            stack.removeLast();
            continue;
        }
        return false;
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

int getU4(const QByteArray& s, qsizetype pos)
{
    if (pos + 6 > s.size() || s.at(pos) != '\\' || s.at(pos + 1) != 'u')
        return -1;
    int r = 0;
    for (int k = 2; k < 6; ++k) {
        if (!std::isxdigit(uchar(s.at(pos + k))))
            return -1;
        r = r * 16 + hexValue(s.at(pos + k));
    }
    return r;
}

/// encoding/json unquote of a validated string literal s[start, end).
QString decodeString(const QByteArray& s, qsizetype start, qsizetype end)
{
    std::u32string out;
    qsizetype pos = start + 1;
    const qsizetype stop = end - 1;
    while (pos < stop) {
        const uchar c = uchar(s.at(pos));
        if (c == '\\') {
            const char e = s.at(pos + 1);
            switch (e) {
            case 'b':
                out.push_back(u'\b');
                pos += 2;
                continue;
            case 'f':
                out.push_back(u'\f');
                pos += 2;
                continue;
            case 'n':
                out.push_back(u'\n');
                pos += 2;
                continue;
            case 'r':
                out.push_back(u'\r');
                pos += 2;
                continue;
            case 't':
                out.push_back(u'\t');
                pos += 2;
                continue;
            case 'u': {
                char32_t rr = char32_t(getU4(s, pos));
                pos += 6;
                if (rr >= 0xD800 && rr < 0xE000) {
                    const int rr1 = getU4(s, pos);
                    if (rr < 0xDC00 && rr1 >= 0xDC00 && rr1 < 0xE000) {
                        out.push_back(((rr - 0xD800) << 10 | (char32_t(rr1) - 0xDC00)) + 0x10000);
                        pos += 6;
                        continue;
                    }
                    rr = 0xFFFD;
                }
                out.push_back(rr);
                continue;
            }
            default: // '"', '\\', '/'
                out.push_back(char32_t(e));
                pos += 2;
                continue;
            }
        }
        if (c < 0x80) {
            out.push_back(c);
            ++pos;
            continue;
        }
        // A validated literal ends with '"', which no multi-byte sequence contains.
        const go::DecodedRune d = go::decodeRune(s, pos);
        out.push_back(d.rune);
        pos += d.size;
    }
    return go::fromRunes(out);
}

} // namespace

JsonArrayResult parseJsonStringArray(const QByteArray& text, QStringList* out)
{
    const QByteArray rest = go::trimLeftSpace(text);
    if (!rest.startsWith('['))
        return JsonArrayResult::NotArray;
    Validator v(rest);
    if (!v.run())
        return JsonArrayResult::NotArray;
    QStringList result;
    for (const Validator::Element& e : std::as_const(v.elements)) {
        if (!e.isString)
            return JsonArrayResult::NotStrings;
        result.append(decodeString(rest, e.start, e.end));
    }
    *out = result;
    return JsonArrayResult::Ok;
}

} // namespace gmd
