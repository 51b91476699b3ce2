// SPDX-License-Identifier: MIT
#pragma once

#include "modsyntax.h"

namespace gmd::modsyntax {

enum class TokenKind {
    Eof,
    EolComment,
    Ident,
    String,
    Comment,
    Newline,
    LParen,
    RParen,
    LBrack,
    RBrack,
    LBrace,
    RBrace,
    Comma,
    Error
};

/// True for the tokens that end a line (modfile's tokenKind.isEOL).
inline bool isEol(TokenKind k)
{
    return k == TokenKind::Eof || k == TokenKind::EolComment || k == TokenKind::Newline;
}

struct Token
{
    TokenKind kind = TokenKind::Eof;
    QString text; ///< raw text; comments without their line ending
    Pos pos;
    Pos end;
};

/// modfile's lexer. A lexical error is reported to the sink (once per line: the rest of a junk
/// line stays quiet) and returned as an Error token so that the parser can drop the line.
class Lexer
{
public:
    /// Lexes `data` from byte `offset`; `data` must outlive the lexer.
    Lexer(const QByteArray& data, qsizetype offset, DiagnosticSink& sink);
    /// The next token; Eof forever at the end.
    Token next();

private:
    char32_t peekRune() const;
    bool peekPrefix(const char* prefix) const;
    bool atEof() const { return m_pos.byte >= m_size; }
    char32_t readRune();
    void error(const Pos& pos, const QString& message);
    void unexpectedCharacter(const Pos& pos, char32_t c);
    Token make(TokenKind kind, const Pos& start);
    Token errorToken(const Pos& start);
    void skipRestOfLine();

    const char* m_data;
    qsizetype m_size;
    Pos m_pos;
    DiagnosticSink& m_sink;
    bool m_tokenOnLine = false; ///< a token precedes the current position on this line
    bool m_quiet = false; ///< an error was reported on this line already
};

/// modfile's isIdent: printable, not a space, not one of ()[]{}, and not ' '.
bool isIdentRune(char32_t c);

} // namespace gmd::modsyntax
