// SPDX-License-Identifier: MIT
#include "shellword.h"

#include "common/go/strconv.h"
#include "common/go/unicode.h"
#include "common/go/utf8.h"
#include "shellpattern.h"

#include <QScopeGuard>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

constexpr int kEof = go::kScannerEof;
using Text = std::u32string;

namespace {

/// Word splitting state of one processStopOn level (BuildKit's wordsStruct, C5). The buffer of
/// the current word is shared by all nesting levels, as in BuildKit (see ShellWord::processStopOn).
struct Words
{
    Text* buf;
    QList<Text> words;
    bool inWord = false;

    void addChar(char32_t ch)
    {
        // C5.1: unquoted whitespace ends the current word; C5.2: empty words are never added
        if (go::isSpace(ch)) {
            if (inWord && !buf->empty()) {
                words.append(*buf);
                buf->clear();
                inWord = false;
            }
        } else {
            addRawChar(ch);
        }
    }
    void addRawChar(char32_t ch)
    {
        buf->push_back(ch);
        inWord = true;
    }
    void addString(const Text& text)
    {
        for (const char32_t ch : text)
            addChar(ch);
    }
    void addRawString(const Text& text)
    {
        buf->append(text);
        inWord = true;
    }
    QList<Text> take()
    {
        if (!buf->empty()) {
            words.append(*buf);
            buf->clear();
            inWord = false;
        }
        return words;
    }
};

} // namespace

ShellWord::ShellWord(const QString& text, const ShellEnv& env, const ShellOptions& options)
    : m_text(go::runes(text))
    , m_env(env)
    , m_options(options)
    , m_escape(options.escape.unicode())
    , m_rawEscapes(options.rawEscapes)
{
    // Go's text/scanner drops a byte order mark at the very start of its input.
    if (!m_text.empty() && m_text.front() == 0xFEFF)
        m_pos = 1;
}

ExpandResult ShellWord::run(const QString& source)
{
    ExpandResult result;
    Text value;
    QList<Text> words;
    if (processStopOn(kEof, m_options.rawEscapes, value, &words)) {
        result.value = go::fromRunes(value);
        for (const Text& word : std::as_const(words))
            result.words.append(go::fromRunes(word));
    } else {
        result.error = u"failed to process "_s + go::quote(source) + u": "_s + m_error;
    }
    result.matched = m_matched;
    result.unmatched = m_unmatched;
    return result;
}

bool ShellWord::processStopOn(int stop, bool rawEscapes, Text& out, QList<Text>* wordsOut)
{
    Text result;
    // BuildKit keeps one words buffer for all nesting levels and resets it here, so a `${X:-w}`
    // (or any form that reads a nested word) drops the part of the current word that came
    // before it from the *words* result; the single-string result is unaffected. Mirrored so
    // words mode matches BuildKit exactly (BK:shell/lex.go processStopOn, wordsBuffer).
    m_wordsBuffer.clear();
    Words words { &m_wordsBuffer, {}, false };
    const bool savedRawEscapes = m_rawEscapes;
    m_rawEscapes = rawEscapes;
    const auto restore = qScopeGuard([&] { m_rawEscapes = savedRawEscapes; });

    while (peek() != kEof) {
        int ch = peek();
        if (stop != kEof && ch == stop) {
            next();
            out = result;
            const QList<Text> done = words.take();
            if (wordsOut)
                *wordsOut = done;
            return true;
        }
        const bool quote = !m_options.skipProcessQuotes && (ch == u'\'' || ch == u'"');
        if (ch == u'$' || quote) {
            Text piece;
            const bool ok = ch == u'$' ? processDollar(piece)
                : ch == u'\''          ? processSingleQuote(piece)
                                       : processDoubleQuote(piece);
            if (!ok)
                return false;
            result += piece;
            // C5.1: text produced by an unquoted expansion is split; quoted text is not
            if (ch == u'$')
                words.addString(piece);
            else
                words.addRawString(piece);
            continue;
        }
        ch = next();
        if (char32_t(ch) == m_escape) {
            // C2.1: the escape is removed and the next character taken literally
            if (m_rawEscapes) {
                words.addRawChar(char32_t(ch));
                result.push_back(char32_t(ch));
            }
            ch = next();
            if (ch == kEof)
                break; // C2.1: an escape at the very end is dropped
            words.addRawChar(char32_t(ch));
        } else {
            words.addChar(char32_t(ch));
        }
        result.push_back(char32_t(ch));
    }
    if (stop != kEof)
        return fail(u"unexpected end of statement while looking for matching "_s + QChar(char16_t(stop)));
    out = result;
    const QList<Text> done = words.take();
    if (wordsOut)
        *wordsOut = done;
    return true;
}

bool ShellWord::processSingleQuote(Text& out)
{
    // C2.2: everything up to the next `'` is literal; there is no escape inside
    int ch = next();
    if (m_options.rawQuotes)
        out.push_back(char32_t(ch));
    for (;;) {
        ch = next();
        if (ch == kEof)
            return fail(u"unexpected end of statement while looking for matching single-quote"_s);
        if (ch == u'\'') {
            if (m_options.rawQuotes)
                out.push_back(char32_t(ch));
            return true;
        }
        out.push_back(char32_t(ch));
    }
}

bool ShellWord::processDoubleQuote(Text& out)
{
    // C2.3: `$` expands; the escape only escapes `"`, `$` and itself, otherwise it stays
    int ch = next();
    if (m_options.rawQuotes)
        out.push_back(char32_t(ch));
    for (;;) {
        const int c = peek();
        if (c == kEof)
            return fail(u"unexpected end of statement while looking for matching double-quote"_s);
        if (c == u'"') {
            next();
            if (m_options.rawQuotes)
                out.push_back(char32_t(c));
            return true;
        }
        if (c == u'$') {
            Text value;
            if (!processDollar(value))
                return false;
            out += value;
            continue;
        }
        ch = next();
        if (char32_t(ch) == m_escape) {
            if (m_rawEscapes)
                out.push_back(char32_t(ch));
            const int following = peek();
            if (following == kEof)
                continue; // the escape at the end is dropped; the loop then reports the missing quote
            if (following == u'"' || following == u'$' || char32_t(following) == m_escape)
                ch = next();
        }
        out.push_back(char32_t(ch));
    }
}

bool ShellWord::processDollar(Text& out)
{
    next(); // the `$`
    if (peek() != u'{') {
        // C3.1/C3.2: `$name`, or a literal `$` when no name follows
        const Text name = processName();
        if (name.empty()) {
            out = U"$";
            return true;
        }
        const std::optional<Text> value = getEnv(name);
        if (!value && m_options.skipUnsetEnv) {
            out = U"$" + name;
            return true;
        }
        out = value.value_or(Text());
        return true;
    }
    next(); // the `{`
    switch (peek()) { // C3.3
    case kEof:
        return fail(u"syntax error: missing '}'"_s);
    case u'{':
    case u'}':
    case u':':
        return fail(u"syntax error: bad substitution"_s);
    default:
        break;
    }
    const Text name = processName();
    int ch = next();
    Text chs(1, go::toValidRune(ch));
    switch (ch) {
    case u'}': {
        const std::optional<Text> value = getEnv(name);
        if (!value && m_options.skipUnsetEnv) {
            out = U"${" + name + U"}";
            return true;
        }
        out = value.value_or(Text());
        return true;
    }
    case u':':
        // `${X:` + anything: the character after the colon is the modifier, whatever it is
        ch = next();
        chs += go::toValidRune(ch);
        return processModifier(name, ch, chs, true, out);
    case u'+':
    case u'-':
    case u'?':
    case u'#':
    case u'%':
        return processModifier(name, ch, chs, false, out);
    case u'/':
        return processReplace(name, out);
    default:
        return fail(u"unsupported modifier (%1) in substitution"_s.arg(go::fromRunes(chs)));
    }
}

bool ShellWord::processModifier(const Text& name, int ch, const Text& chs, bool nullIsUnset, Text& out)
{
    const QString modifier = go::fromRunes(chs);
    const bool pattern = ch == u'#' || ch == u'%';
    if (nullIsUnset && pattern) // C4.3: `${X:#p}`, `${X:%p}`
        return fail(u"unsupported modifier (%1) in substitution"_s.arg(modifier));
    // C4.2: the word is fully processed (names inside it are looked up) before the test;
    // C4.7: pattern words keep their escapes for the pattern compiler.
    Text word;
    if (!processStopOn(u'}', pattern, word, nullptr)) {
        if (peek() == kEof) // C4.4
            return fail(u"syntax error: missing '}'"_s);
        return false;
    }
    const std::optional<Text> value = getEnv(name);
    if (m_options.skipUnsetEnv && !value) {
        out = U"${" + name + chs + word + U"}";
        return true;
    }
    const bool isSet = value.has_value();
    const bool empty = !isSet || value->empty();
    const QString qname = go::fromRunes(name);
    switch (ch) {
    case u'-': // C4: `${X:-w}`, `${X-w}`
        out = (!isSet || (nullIsUnset && empty)) ? word : *value;
        return true;
    case u'+': // C4: `${X:+w}`, `${X+w}`
        out = (!isSet || (nullIsUnset && empty)) ? Text() : word;
        return true;
    case u'?': // C4: `${X:?w}`, `${X?w}`
        if (!isSet)
            return fail(qname + u": "_s + (word.empty() ? u"is not allowed to be unset"_s : go::fromRunes(word)));
        if (nullIsUnset && empty)
            return fail(qname + u": "_s + (word.empty() ? u"is not allowed to be empty"_s : go::fromRunes(word)));
        out = *value;
        return true;
    case u'#':
    case u'%': {
        // C4: `#`/`%` shortest, `##`/`%%` longest; the doubled character is looked for in the
        // processed word, as BuildKit does
        bool longest = false;
        if (!word.empty() && word.front() == char32_t(ch)) {
            longest = true;
            word.erase(0, 1);
        }
        const QString v = go::fromRunes(value.value_or(Text()));
        const PatternResult r = ch == u'%' ? trimShellSuffix(v, go::fromRunes(word), longest)
                                           : trimShellPrefix(v, go::fromRunes(word), longest);
        if (!r.ok())
            return fail(r.error);
        out = go::runes(r.value);
        return true;
    }
    default: // C3.3: `${X:=w}`, `${X:1:2}`, ...
        return fail(u"unsupported modifier (%1) in substitution"_s.arg(modifier));
    }
}

bool ShellWord::processReplace(const Text& name, Text& out)
{
    const bool all = peek() == u'/';
    if (all)
        next();
    // C4.6: pattern and replacement keep their escapes (`\/` stays `\/` in the replacement)
    Text pattern;
    if (!processStopOn(u'/', true, pattern, nullptr)) {
        if (peek() == kEof) // C4.4
            return fail(u"syntax error: missing '/' in ${}"_s);
        return false;
    }
    Text replacement;
    if (!processStopOn(u'}', true, replacement, nullptr)) {
        if (peek() == kEof)
            return fail(u"syntax error: missing '}'"_s);
        return false;
    }
    const std::optional<Text> value = getEnv(name);
    if (m_options.skipUnsetEnv && !value) {
        // BuildKit writes a single `/` back even for `//`
        out = U"${" + name + U"/" + pattern + U"/" + replacement + U"}";
        return true;
    }
    const PatternResult r = replaceShellPattern(
        go::fromRunes(value.value_or(Text())), go::fromRunes(pattern), go::fromRunes(replacement), all);
    if (!r.ok())
        return fail(r.error);
    out = go::runes(r.value);
    return true;
}

Text ShellWord::processName()
{
    // C3.1: letters, digits and `_`; a leading digit starts a run of digits only; one of
    // `@ * # ? - $ ! 0` alone is a special parameter
    Text name;
    while (peek() != kEof) {
        const char32_t ch = char32_t(peek());
        if (name.empty() && go::isDigit(ch)) {
            while (peek() != kEof && go::isDigit(char32_t(peek())))
                name.push_back(char32_t(next()));
            return name;
        }
        if (name.empty()) {
            switch (ch) {
            case u'@':
            case u'*':
            case u'#':
            case u'?':
            case u'-':
            case u'$':
            case u'!':
                next();
                return Text(1, ch);
            default:
                break;
            }
        }
        if (!go::isLetter(ch) && !go::isDigit(ch) && ch != u'_')
            break;
        name.push_back(char32_t(next()));
    }
    return name;
}

std::optional<Text> ShellWord::getEnv(const Text& name)
{
    // C3.4 (case rule in ShellEnv); every lookup is recorded under the name as written
    const QString qname = go::fromRunes(name);
    const std::optional<QString> value = m_env.value(qname);
    if (!value) {
        m_unmatched.insert(qname);
        return std::nullopt;
    }
    m_matched.insert(qname);
    return go::runes(*value);
}

} // namespace gmd
