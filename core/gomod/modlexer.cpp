// SPDX-License-Identifier: MIT
#include "modlexer.h"

#include "common/go/strconv.h"
#include "common/go/unicode.h"
#include "common/go/utf8.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd::modsyntax {

bool isIdentRune(char32_t c)
{
    switch (c) {
    case u' ':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u',':
        return false;
    default:
        return !go::isSpace(c) && go::isPrint(c);
    }
}

Lexer::Lexer(const QByteArray& data, qsizetype offset, DiagnosticSink& sink)
    : m_data(data.constData())
    , m_size(data.size())
    , m_sink(sink)
{
    m_pos.byte = offset;
}

char32_t Lexer::peekRune() const
{
    // modfile's input.peekRune: 0 at the end (utf8.DecodeRune would give U+FFFD, which is an
    // identifier character).
    if (atEof())
        return 0;
    return go::decodeRune(QByteArrayView(m_data, m_size), m_pos.byte).rune;
}

bool Lexer::peekPrefix(const char* prefix) const
{
    for (qsizetype i = 0; prefix[i]; ++i) {
        if (m_pos.byte + i >= m_size || m_data[m_pos.byte + i] != prefix[i])
            return false;
    }
    return true;
}

char32_t Lexer::readRune()
{
    const go::DecodedRune r = go::decodeRune(QByteArrayView(m_data, m_size), m_pos.byte);
    m_pos.byte += r.size;
    if (r.rune == u'\n') {
        ++m_pos.line;
        m_pos.column = 1;
        m_tokenOnLine = false;
        m_quiet = false;
    } else {
        // Columns count UTF-16 units (SourceLocation's unit); modfile counts runes.
        m_pos.column += r.rune >= 0x10000 ? 2 : 1;
    }
    return r.rune;
}

void Lexer::error(const Pos& pos, const QString& message)
{
    if (!m_quiet)
        m_sink.add(DiagnosticLevel::Error, pos, message);
    m_quiet = true;
}

void Lexer::unexpectedCharacter(const Pos& pos, char32_t c)
{
    // Built only when shown: a file of NUL bytes has millions of these.
    if (!m_quiet)
        error(pos, u"unexpected input character "_s + go::quoteRune(c));
    m_quiet = true;
}

Token Lexer::make(TokenKind kind, const Pos& start)
{
    Token t;
    t.kind = kind;
    t.pos = start;
    t.end = m_pos;
    qsizetype length = m_pos.byte - start.byte;
    switch (kind) {
    case TokenKind::Eof:
    case TokenKind::Newline:
        return t; // no text needed
    case TokenKind::Comment:
    case TokenKind::EolComment:
        // A single trailing LF or CRLF is not part of the comment.
        if (length > 0 && m_data[start.byte + length - 1] == '\n') {
            --length;
            if (length > 0 && m_data[start.byte + length - 1] == '\r')
                --length;
        }
        break;
    default:
        m_tokenOnLine = true;
        break;
    }
    if (length == 1) {
        // Punctuation is frequent in junk input: share one string per character.
        static const char kChars[] = "()[]{},";
        static const QString kPunct[] = { u"("_s, u")"_s, u"["_s, u"]"_s, u"{"_s, u"}"_s, u","_s };
        for (int i = 0; i < 7; ++i) {
            if (m_data[start.byte] == kChars[i]) {
                t.text = kPunct[i];
                return t;
            }
        }
    }
    t.text = QString::fromUtf8(m_data + start.byte, length);
    return t;
}

Token Lexer::errorToken(const Pos& start)
{
    m_tokenOnLine = true;
    Token t;
    t.kind = TokenKind::Error;
    t.pos = start;
    t.end = m_pos;
    return t;
}

void Lexer::skipRestOfLine()
{
    while (!atEof() && peekRune() != u'\n')
        readRune();
}

Token Lexer::next()
{
    static const QString kBlockComment = u"mod files must use // comments (not /* */ comments)"_s;
    while (!atEof()) {
        const char32_t c = peekRune();
        if (c == u' ' || c == u'\t' || c == u'\r') {
            readRune();
            continue;
        }
        if (peekPrefix("//")) {
            // A comment alone on its line is a whole-line comment (the grammar attaches it to the
            // next statement); after tokens it is an end-of-line comment.
            const Pos start = m_pos;
            const bool suffix = m_tokenOnLine;
            readRune();
            readRune();
            while (!atEof() && readRune() != u'\n') { }
            return make(suffix ? TokenKind::EolComment : TokenKind::Comment, start);
        }
        if (peekPrefix("/*")) {
            const Pos start = m_pos;
            error(start, kBlockComment);
            skipRestOfLine();
            return errorToken(start);
        }
        break;
    }

    const Pos start = m_pos;
    if (atEof())
        return make(TokenKind::Eof, start);

    const char32_t c = peekRune();
    switch (c) {
    case u'\n':
        readRune();
        return make(TokenKind::Newline, start);
    case u'(':
        readRune();
        return make(TokenKind::LParen, start);
    case u')':
        readRune();
        return make(TokenKind::RParen, start);
    case u'[':
        readRune();
        return make(TokenKind::LBrack, start);
    case u']':
        readRune();
        return make(TokenKind::RBrack, start);
    case u'{':
        readRune();
        return make(TokenKind::LBrace, start);
    case u'}':
        readRune();
        return make(TokenKind::RBrace, start);
    case u',':
        readRune();
        return make(TokenKind::Comma, start);
    case u'"':
    case u'`': {
        const char32_t quoteRune = c;
        readRune();
        for (;;) {
            if (atEof()) {
                error(start, u"unexpected EOF in string"_s);
                return errorToken(start);
            }
            if (peekRune() == u'\n') {
                error(m_pos, u"unexpected newline in string"_s);
                return errorToken(start);
            }
            const char32_t r = readRune();
            if (r == quoteRune)
                break;
            if (r == u'\\' && quoteRune != u'`') {
                if (atEof()) {
                    error(start, u"unexpected EOF in string"_s);
                    return errorToken(start);
                }
                readRune();
            }
        }
        return make(TokenKind::String, start);
    }
    default:
        break;
    }

    if (!isIdentRune(c)) {
        unexpectedCharacter(start, c);
        readRune();
        return errorToken(start);
    }
    while (isIdentRune(peekRune())) {
        if (peekPrefix("//"))
            break;
        if (peekPrefix("/*")) {
            error(m_pos, kBlockComment);
            skipRestOfLine();
            return errorToken(start);
        }
        readRune();
    }
    return make(TokenKind::Ident, start);
}

} // namespace gmd::modsyntax
