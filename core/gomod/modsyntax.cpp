// SPDX-License-Identifier: MIT
// The grammar of modfile/read.go (parseFile, parseStmt, parseLineBlock, parseLine), streaming:
// each statement goes to the handler as soon as its line ends.
#include "modsyntax.h"

#include "modlexer.h"

#include <QScopeGuard>

using namespace Qt::Literals::StringLiterals;

namespace gmd::modsyntax {

DiagnosticSink::DiagnosticSink(const QByteArray& data, qsizetype bodyOffset, const QString& fileName, Diagnostics* out)
    : m_data(data)
    , m_bodyOffset(bodyOffset)
    , m_fileName(fileName)
    , m_out(out)
{ }

QString DiagnosticSink::sourceLine(qsizetype byte) const
{
    constexpr qsizetype kMaxShownLine = 1000; // longer lines (junk) are not copied into diagnostics
    byte = qBound(m_bodyOffset, byte, m_data.size());
    qsizetype start = byte > 0 ? m_data.lastIndexOf('\n', byte - 1) + 1 : 0;
    start = qMax(start, m_bodyOffset);
    qsizetype end = m_data.indexOf('\n', byte);
    if (end < 0)
        end = m_data.size();
    if (end > start && m_data.at(end - 1) == '\r')
        --end;
    if (end - start > kMaxShownLine)
        return {};
    return QString::fromUtf8(m_data.constData() + start, end - start);
}

void DiagnosticSink::add(DiagnosticLevel level, const Pos& pos, const QString& message)
{
    if (m_out->size() >= kMaxDiagnostics) {
        ++m_dropped;
        return;
    }
    m_out->append(makeDiagnostic(level, m_fileName, pos.line, pos.column, message, sourceLine(pos.byte)));
}

void DiagnosticSink::finish()
{
    if (m_dropped == 0)
        return;
    Diagnostic d;
    d.level = DiagnosticLevel::Note;
    d.location.file = m_fileName;
    d.message = u"%1 more diagnostics not shown"_s.arg(m_dropped);
    m_out->append(d);
    m_dropped = 0;
}

namespace {

// No directive takes more than 7 tokens, nor needs more than a screenful of comments; junk input
// (a megabyte of "(") must not turn into millions of strings. Extra tokens are dropped (the line
// still has too many, so it still gets its usage error); old comments are dropped first.
constexpr qsizetype kMaxLineTokens = 100;
constexpr qsizetype kMaxComments = 1000;

void appendToken(Line& line, const QString& text)
{
    if (line.tokens.size() < kMaxLineTokens)
        line.tokens.append(text);
}

void appendComment(QList<Comment>& comments, const Comment& c)
{
    if (comments.size() >= kMaxComments)
        comments.removeFirst();
    comments.append(c);
}

class Parser
{
public:
    Parser(const QByteArray& data, qsizetype offset, Handler& handler, DiagnosticSink& sink)
        : m_lexer(data, offset, sink)
        , m_handler(handler)
        , m_sink(sink)
    {
        m_next = m_lexer.next();
    }

    void parseFile();

private:
    const Token& peek() const { return m_next; }
    Token take()
    {
        Token t = std::move(m_next);
        m_next = m_lexer.next();
        return t;
    }
    void skipToEndOfLine();
    void parseStmt(const QList<Comment>& before);
    void parseLineBlock(const Block& block);
    void parseLine(const QList<Comment>& before);

    Lexer m_lexer;
    Handler& m_handler;
    DiagnosticSink& m_sink;
    Token m_next;
    const Block* m_currentBlock = nullptr; ///< the block whose lines are being parsed
};

// Error recovery: the rest of a broken line is dropped, including its end-of-line token.
void Parser::skipToEndOfLine()
{
    while (!isEol(peek().kind))
        take();
    if (peek().kind != TokenKind::Eof)
        take();
}

void Parser::parseFile()
{
    // Whole-line comments directly above a statement (no blank line between) belong to it.
    QList<Comment> pending;
    for (;;) {
        switch (peek().kind) {
        case TokenKind::Eof:
            return;
        case TokenKind::Newline:
            take();
            pending.clear();
            break;
        case TokenKind::Comment: {
            const Token t = take();
            appendComment(pending, { t.text, t.pos });
            break;
        }
        case TokenKind::Error:
            take();
            skipToEndOfLine();
            pending.clear();
            break;
        case TokenKind::EolComment: // only reachable after a recovered error
            take();
            break;
        default:
            parseStmt(pending);
            pending.clear();
            break;
        }
    }
}

void Parser::parseStmt(const QList<Comment>& before)
{
    const Token first = take();
    Line line;
    line.start = first.pos;
    line.before = before;
    line.tokens.append(first.text);
    for (;;) {
        Token t = take();
        if (t.kind == TokenKind::Error) {
            skipToEndOfLine();
            return;
        }
        if (isEol(t.kind)) {
            if (t.kind == TokenKind::EolComment)
                line.suffix.append({ t.text, t.pos });
            m_handler.line(line, nullptr);
            return;
        }
        if (t.kind == TokenKind::LParen) {
            const TokenKind next = peek().kind;
            if (isEol(next)) {
                // Start of a block: no more tokens on this line.
                parseLineBlock(Block { line.tokens, line.start, before });
                return;
            }
            if (next == TokenKind::RParen) {
                const Token rparen = take();
                if (isEol(peek().kind)) {
                    take();
                    m_handler.blockStarted(Block { line.tokens, line.start, before }); // empty block
                    return;
                }
                // "( )" in the middle of a line is not a block.
                appendToken(line, t.text);
                appendToken(line, rparen.text);
                continue;
            }
        }
        appendToken(line, t.text);
    }
}

void Parser::parseLineBlock(const Block& block)
{
    m_handler.blockStarted(block);
    m_currentBlock = &block;
    const auto leave = qScopeGuard([this] { m_currentBlock = nullptr; });
    QList<Comment> comments;
    bool anyLine = false;
    for (;;) {
        switch (peek().kind) {
        case TokenKind::EolComment: // the comment after "(": not attached to any line
            take();
            break;
        case TokenKind::Newline:
            // Blank line: an empty comment keeps it, as modfile does.
            take();
            if ((comments.isEmpty() && anyLine) || (!comments.isEmpty() && !comments.constLast().text.isEmpty()))
                appendComment(comments, Comment {});
            break;
        case TokenKind::Comment: {
            const Token t = take();
            appendComment(comments, { t.text, t.pos });
            break;
        }
        case TokenKind::Eof:
            m_sink.add(DiagnosticLevel::Error, peek().end,
                u"syntax error (unterminated block started at %1:%2:%3)"_s.arg(m_sink.fileName())
                    .arg(block.start.line)
                    .arg(block.start.column));
            return;
        case TokenKind::RParen:
            take();
            if (peek().kind == TokenKind::Error) {
                skipToEndOfLine(); // the lexer already reported why
                return;
            }
            if (!isEol(peek().kind)) {
                m_sink.add(
                    DiagnosticLevel::Error, peek().end, u"syntax error (expected newline after closing paren)"_s);
                skipToEndOfLine();
                return;
            }
            take();
            return;
        case TokenKind::Error:
            take();
            skipToEndOfLine();
            comments.clear();
            break;
        default:
            parseLine(comments);
            comments.clear();
            anyLine = true;
            break;
        }
    }
}

void Parser::parseLine(const QList<Comment>& before)
{
    const Token first = take();
    Line line;
    line.start = first.pos;
    line.before = before;
    line.inBlock = true;
    line.tokens.append(first.text);
    for (;;) {
        Token t = take();
        if (t.kind == TokenKind::Error) {
            skipToEndOfLine();
            return;
        }
        if (isEol(t.kind)) {
            if (t.kind == TokenKind::EolComment)
                line.suffix.append({ t.text, t.pos });
            m_handler.line(line, m_currentBlock);
            return;
        }
        appendToken(line, t.text);
    }
}

} // namespace

qsizetype bodyOffset(const QByteArray& data)
{
    return data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

void parse(const QByteArray& data, qsizetype bodyOffset, Handler& handler, DiagnosticSink& sink)
{
    if (bodyOffset > 0)
        sink.add(DiagnosticLevel::Error, Pos { 1, 1, 0 }, u"unexpected input character '\\ufeff'"_s);
    Parser parser(data, bodyOffset, handler, sink);
    parser.parseFile();
}

} // namespace gmd::modsyntax
