// SPDX-License-Identifier: MIT
#include "heredocwords.h"

#include "common/go/strconv.h"
#include "common/go/unicode.h"
#include "common/go/utf8.h"

#include <QChar>
#include <QScopeGuard>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

constexpr char32_t kEof = 0xFFFFFFFF;
constexpr char32_t kEscape = u'\\';

// string(rune(-1)) is U+FFFD: kEof, like every invalid rune, reads as U+FFFD.
using go::runeString;

bool isSpecialParam(char32_t c)
{
    switch (c) {
    case '@':
    case '*':
    case '#':
    case '?':
    case '-':
    case '$':
    case '!':
    case '0':
        return true;
    default:
        return false;
    }
}

} // namespace

/// wordsStruct of lex.go; the buffer is shared between nested calls like upstream's, so a
/// nested `${...}` modifier empties the word being built (faithful to BuildKit).
class HeredocWords::Words
{
public:
    explicit Words(QString* buf)
        : m_buf(buf)
    { }
    void addChar(char32_t ch)
    {
        if (go::isSpace(ch) && m_inWord) {
            if (!m_buf->isEmpty()) {
                m_words.append(*m_buf);
                m_buf->clear();
                m_inWord = false;
            }
        } else if (!go::isSpace(ch)) {
            addRawChar(ch);
        }
    }
    void addRawChar(char32_t ch)
    {
        *m_buf += runeString(ch);
        m_inWord = true;
    }
    void addString(const QString& s)
    {
        for (char32_t c : s.toUcs4())
            addChar(c);
    }
    void addRawString(const QString& s)
    {
        *m_buf += s;
        m_inWord = true;
    }
    QStringList getWords()
    {
        if (!m_buf->isEmpty()) {
            m_words.append(*m_buf);
            m_buf->clear();
            m_inWord = false;
        }
        return m_words;
    }

private:
    QString* m_buf;
    QStringList m_words;
    bool m_inWord = false;
};

HeredocWords::HeredocWords(bool rawQuotes, bool rawEscapes)
    : m_rawQuotes(rawQuotes)
    , m_rawEscapesDefault(rawEscapes)
{ }

char32_t HeredocWords::peek() const
{
    return m_pos < m_src.size() ? m_src.at(m_pos) : kEof;
}

char32_t HeredocWords::next()
{
    return m_pos < m_src.size() ? m_src.at(m_pos++) : kEof;
}

bool HeredocWords::processWords(const QString& input, QStringList* words, QString* error)
{
    const QList<uint> ucs4 = input.toUcs4();
    m_src.clear();
    m_src.reserve(ucs4.size());
    for (uint c : ucs4)
        m_src.append(char32_t(c));
    m_pos = 0;
    // text/scanner skips a byte order mark at the very start.
    if (!m_src.isEmpty() && m_src.first() == 0xFEFF)
        m_pos = 1;
    m_rawEscapes = m_rawEscapesDefault;
    m_wordsBuffer.clear();
    m_error.clear();
    QString result;
    if (!processStopOn(kEof, m_rawEscapes, &result, words)) {
        words->clear();
        *error = u"failed to process %1: %2"_s.arg(go::quote(input), m_error);
        return false;
    }
    return true;
}

bool HeredocWords::processStopOn(char32_t stopChar, bool rawEscapes, QString* result, QStringList* wordsOut)
{
    m_wordsBuffer.clear();
    Words words(&m_wordsBuffer);
    const bool savedRawEscapes = m_rawEscapes;
    m_rawEscapes = rawEscapes;
    auto restore = qScopeGuard([&] { m_rawEscapes = savedRawEscapes; });

    while (peek() != kEof) {
        char32_t ch = peek();
        if (stopChar != kEof && ch == stopChar) {
            next();
            *wordsOut = words.getWords();
            return true;
        }
        if (ch == u'$' || ch == u'<' || ch == u'\'' || ch == u'"') {
            QString tmp;
            bool ok = true;
            if (ch == u'$')
                ok = processDollar(&tmp);
            else if (ch == u'<')
                tmp = processPossibleHeredoc();
            else if (ch == u'\'')
                ok = processSingleQuote(&tmp);
            else
                ok = processDoubleQuote(&tmp);
            if (!ok)
                return false;
            *result += tmp;
            if (ch == u'$')
                words.addString(tmp);
            else
                words.addRawString(tmp);
            continue;
        }
        ch = next();
        if (ch == kEscape) {
            if (m_rawEscapes) {
                words.addRawChar(ch);
                *result += runeString(ch);
            }
            ch = next();
            if (ch == kEof)
                break;
            words.addRawChar(ch);
        } else {
            words.addChar(ch);
        }
        *result += runeString(ch);
    }
    if (stopChar != kEof) {
        m_error = u"unexpected end of statement while looking for matching %1"_s.arg(runeString(stopChar));
        return false;
    }
    *wordsOut = words.getWords();
    return true;
}

bool HeredocWords::processSingleQuote(QString* out)
{
    char32_t ch = next();
    if (m_rawQuotes)
        *out += runeString(ch);
    while (true) {
        ch = next();
        if (ch == kEof) {
            m_error = u"unexpected end of statement while looking for matching single-quote"_s;
            return false;
        }
        if (ch == u'\'') {
            if (m_rawQuotes)
                *out += runeString(ch);
            return true;
        }
        *out += runeString(ch);
    }
}

bool HeredocWords::processDoubleQuote(QString* out)
{
    char32_t ch = next();
    if (m_rawQuotes)
        *out += runeString(ch);
    while (true) {
        const char32_t p = peek();
        if (p == kEof) {
            m_error = u"unexpected end of statement while looking for matching double-quote"_s;
            return false;
        }
        if (p == u'"') {
            ch = next();
            if (m_rawQuotes)
                *out += runeString(ch);
            return true;
        }
        if (p == u'$') {
            QString value;
            if (!processDollar(&value))
                return false;
            *out += value;
            continue;
        }
        ch = next();
        if (ch == kEscape) {
            if (m_rawEscapes)
                *out += runeString(ch);
            const char32_t n = peek();
            if (n == kEof)
                continue; // an escape at the end of the word is ignored
            if (n == u'"' || n == u'$' || n == kEscape)
                ch = next();
        }
        *out += runeString(ch);
    }
}

bool HeredocWords::processDollar(QString* out)
{
    next();
    if (peek() != u'{') {
        const QString name = processName();
        *out = name.isEmpty() ? u"$"_s : u"$"_s + name; // unset: kept as written
        return true;
    }
    next();
    const char32_t first = peek();
    if (first == kEof) {
        m_error = u"syntax error: missing '}'"_s;
        return false;
    }
    if (first == u'{' || first == u'}' || first == u':') {
        m_error = u"syntax error: bad substitution"_s;
        return false;
    }
    const QString name = processName();
    char32_t ch = next();
    QString chs = runeString(ch);
    bool nullIsUnset = false;
    switch (ch) {
    case u'}':
        *out = u"${"_s + name + u'}';
        return true;
    case u':':
        nullIsUnset = true;
        ch = next();
        chs += runeString(ch);
        [[fallthrough]];
    case u'+':
    case u'-':
    case u'?':
    case u'#':
    case u'%': {
        const bool rawEscapes = ch == u'#' || ch == u'%';
        if (nullIsUnset && rawEscapes) {
            m_error = u"unsupported modifier (%1) in substitution"_s.arg(chs);
            return false;
        }
        QString word;
        QStringList ignored;
        if (!processStopOn(u'}', rawEscapes, &word, &ignored)) {
            if (peek() == kEof)
                m_error = u"syntax error: missing '}'"_s;
            return false;
        }
        *out = u"${"_s + name + chs + word + u'}';
        return true;
    }
    case u'/': {
        if (peek() == u'/')
            next();
        QString pattern, replacement;
        QStringList ignored;
        if (!processStopOn(u'/', true, &pattern, &ignored)) {
            if (peek() == kEof)
                m_error = u"syntax error: missing '/' in ${}"_s;
            return false;
        }
        if (!processStopOn(u'}', true, &replacement, &ignored)) {
            if (peek() == kEof)
                m_error = u"syntax error: missing '}'"_s;
            return false;
        }
        *out = u"${"_s + name + u'/' + pattern + u'/' + replacement + u'}';
        return true;
    }
    default:
        m_error = u"unsupported modifier (%1) in substitution"_s.arg(chs);
        return false;
    }
}

QString HeredocWords::processName()
{
    QString name;
    while (peek() != kEof) {
        char32_t ch = peek();
        if (name.isEmpty() && QChar::isDigit(ch)) {
            while (peek() != kEof && go::isDigit(peek()))
                name += runeString(next());
            return name;
        }
        if (name.isEmpty() && isSpecialParam(ch))
            return runeString(next());
        if (!go::isLetter(ch) && !go::isDigit(ch) && ch != u'_')
            break;
        name += runeString(next());
    }
    return name;
}

QString HeredocWords::processPossibleHeredoc()
{
    next();
    if (peek() != u'<')
        return u"<"_s;
    next();
    // `<<` keeps the blanks after it, so `<< EOF` stays one word (C5.3).
    QString result = u"<<"_s;
    while (peek() == u' ' || peek() == u'\t' || peek() == u'\r')
        result += runeString(next());
    return result;
}

} // namespace gmd
