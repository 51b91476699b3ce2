// SPDX-License-Identifier: MIT
#include "dockerfileparser.h"

#include "directiveparser.h"
#include "common/go/strings.h"
#include "common/go/utf8.h"
#include "heredocmarker.h"
#include "lineparsers.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

// bufio.Scanner's default buffer: a line and its LF must fit in 64 KiB (A1.3).
constexpr qsizetype kMaxTokenSize = 64 * 1024;

QByteArray trimNewline(const QByteArray& s)
{
    qsizetype end = s.size();
    while (end > 0 && (s.at(end - 1) == '\n' || s.at(end - 1) == '\r'))
        --end;
    return s.left(end);
}

bool isComment(const QByteArray& line)
{
    const QByteArray t = go::trimLeftSpace(line);
    return !t.isEmpty() && t.at(0) == '#';
}

/// The escape-token continuation rule (A4.2): `X<esc>[ \t]*$` with X != esc, or `^<esc>[ \t]*$`.
bool trimContinuation(QByteArray* line, char escapeToken)
{
    qsizetype end = line->size();
    while (end > 0 && (line->at(end - 1) == ' ' || line->at(end - 1) == '\t'))
        --end;
    if (end == 0 || line->at(end - 1) != escapeToken)
        return false;
    const qsizetype escPos = end - 1;
    if (escPos > 0 && line->at(escPos - 1) == escapeToken)
        return false; // `\\` does not continue; nor does `\\\` (A4.3)
    line->truncate(escPos);
    return true;
}

class Parser
{
public:
    Parser(const QByteArray& content, const QString& fileName);
    DockerfileAst run();

private:
    void splitLines(const QByteArray& content);
    void fail(const QString& message, int line, int endLine, int column);
    QString lineText(int line) const;
    bool readHeredocs(DockerNode* node, const QByteArray& line, int startLine);

    DockerfileAst m_ast;
    QList<QByteArray> m_lines; // physical lines with their LF
    bool m_tooLong = false;
    qsizetype m_next = 0;
    int m_currentLine = 0;
    char m_escape = '\\';
};

Parser::Parser(const QByteArray& content, const QString& fileName)
{
    m_ast.fileName = fileName;
    splitLines(content);
    QString effective;
    m_ast.directives.syntax = detectSyntaxDirective(content, &effective);
    m_ast.directives.syntaxRef = m_ast.directives.syntax ? effective : QString();
    effective.clear();
    m_ast.directives.check = detectDirective(u"check"_s, content, &effective);
    m_ast.directives.checkOptions = m_ast.directives.check ? effective : QString();
}

void Parser::splitLines(const QByteArray& content)
{
    qsizetype pos = 0;
    while (pos < content.size()) {
        const qsizetype nl = content.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? content.size() : nl + 1;
        const qsizetype contentLength = (nl < 0 ? end : nl) - pos;
        if (contentLength >= kMaxTokenSize) {
            // The scanner stops here with ErrTooLong; the line itself is never seen.
            m_tooLong = true;
            break;
        }
        m_lines.append(content.mid(pos, end - pos));
        pos = end;
    }
    m_ast.lineCount = int(m_lines.size()) + (m_tooLong ? 1 : 0);
    m_ast.lines.reserve(m_lines.size());
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        m_ast.lines.append(lineText(int(i) + 1));
}

QString Parser::lineText(int line) const
{
    if (line < 1 || line > m_lines.size())
        return {};
    QByteArray raw = trimNewline(m_lines.at(line - 1));
    if (line == 1 && raw.startsWith("\xEF\xBB\xBF"))
        raw.remove(0, 3);
    return go::fromUtf8(raw);
}

void Parser::fail(const QString& message, int line, int endLine, int column)
{
    Diagnostic d = makeDiagnostic(DiagnosticLevel::Error, m_ast.fileName, line, column, message, lineText(line));
    d.location.endLine = endLine > line ? endLine : 0;
    m_ast.error = d;
}

bool Parser::readHeredocs(DockerNode* node, const QByteArray& line, int startLine)
{
    // A8.1: RUN/COPY/ADD (or ONBUILD wrapping one), never in exec form.
    const DockerNode* target = node;
    if (node->lowerKeyword == "onbuild"_L1 && node->child)
        target = node->child.get();
    const QString kw = target->lowerKeyword;
    if ((kw != "run"_L1 && kw != "copy"_L1 && kw != "add"_L1) || target->json || !line.contains("<<"))
        return true;
    QString error;
    QList<DockerHeredoc> docs = heredocsFromLine(go::fromUtf8(line), &error);
    if (!error.isEmpty()) {
        fail(error, startLine, m_currentLine, node->column);
        return false;
    }
    // A8.6/A8.7: bodies follow one another, each up to its terminator line.
    for (DockerHeredoc& doc : docs) {
        const QByteArray terminator = doc.name.toUtf8();
        QByteArray content;
        bool terminated = false;
        doc.startLine = m_currentLine + 1;
        while (m_next < m_lines.size()) {
            const QByteArray raw = m_lines.at(m_next++);
            ++m_currentLine;
            QByteArray candidate = trimNewline(raw);
            if (doc.chomp) {
                qsizetype tabs = 0;
                while (tabs < candidate.size() && candidate.at(tabs) == '\t')
                    ++tabs;
                candidate.remove(0, tabs);
            }
            if (candidate == terminator) {
                terminated = true;
                break;
            }
            content += raw;
        }
        if (!terminated) {
            fail(u"unterminated heredoc"_s, startLine, m_currentLine, node->column);
            return false;
        }
        doc.content = go::fromUtf8(content);
        doc.endLine = m_currentLine;
        node->heredocs.append(doc);
    }
    return true;
}

DockerfileAst Parser::run()
{
    DirectiveParser directives;
    QStringList comments;
    while (m_next < m_lines.size()) {
        QByteArray bytesRead = m_lines.at(m_next++);
        if (m_currentLine == 0 && bytesRead.startsWith("\xEF\xBB\xBF"))
            bytesRead.remove(0, 3); // A1.2
        // A3.3: upstream slices off the first byte of the untrimmed line, so an indented
        // comment keeps its '#'; reproduced as is.
        if (isComment(bytesRead)) {
            const QString comment = go::fromUtf8(go::trimSpace(bytesRead.mid(1)));
            if (comment.isEmpty())
                comments.clear();
            else
                comments.append(comment);
        }
        const QByteArray token = trimNewline(bytesRead);
        const QByteArray trimmed = go::trimLeftSpace(token); // A2.6, A4.1
        const int physicalLine = m_currentLine + 1;
        const int column = 1 + int(go::fromUtf8(token.left(token.size() - trimmed.size())).size());
        QString error;
        if (const std::optional<DockerDirective> d = directives.parseLine(trimmed, &error)) {
            if (d->name == "escape"_L1) {
                // A2.5
                if (d->value != "\\"_L1 && d->value != "`"_L1) {
                    fail(u"invalid escape token '%1' does not match ` or \\"_s.arg(d->value), physicalLine, 0, column);
                    return m_ast;
                }
                m_escape = char(d->value.at(0).unicode());
                m_ast.directives.escapeToken = d->value.at(0);
                m_ast.directives.escapeLine = physicalLine;
            }
            m_ast.directives.parsed.append(*d);
            if (!comments.isEmpty())
                comments.removeLast(); // A2.9: directives are not attached comments
        } else if (!error.isEmpty()) {
            // BuildKit reports the previous line here (an off-by-one); the real line is more useful.
            fail(error, physicalLine, 0, column);
            return m_ast;
        }
        QByteArray piece = isComment(trimmed) ? QByteArray() : trimmed;
        ++m_currentLine;
        const int startLine = m_currentLine;
        bool endOfLine = !trimContinuation(&piece, m_escape);
        if (endOfLine && piece.isEmpty())
            continue;

        DockerNode node;
        QByteArray buf = piece;
        node.segments.append({ 0, startLine, column });
        int offset = int(go::fromUtf8(piece).size());
        while (!endOfLine && m_next < m_lines.size()) {
            const QByteArray raw = m_lines.at(m_next++);
            ++m_currentLine;
            if (isComment(raw))
                continue; // A3.1, A4.4: comment lines inside a continuation are dropped
            QByteArray cont = trimNewline(raw);
            if (go::trimLeftSpace(cont).isEmpty()) {
                node.emptyContinuation = true;
                node.emptyContinuationLines.append(m_currentLine);
                continue;
            }
            endOfLine = !trimContinuation(&cont, m_escape);
            node.segments.append({ offset, m_currentLine, 1 });
            offset += int(go::fromUtf8(cont).size());
            buf += cont;
        }
        if (node.emptyContinuation) {
            // A4.4: BuildKit's parser warning, located at the instruction's last line.
            m_ast.diagnostics.append(makeDiagnostic(DiagnosticLevel::Warning, m_ast.fileName, m_currentLine, 0,
                u"Empty continuation line found in: "_s + go::fromUtf8(buf), lineText(m_currentLine)));
        }

        std::optional<DockerNode> parsed = nodeFromLine(buf, m_escape, &error);
        if (!parsed) {
            fail(error, startLine, m_currentLine, column);
            return m_ast;
        }
        parsed->segments = node.segments;
        parsed->emptyContinuation = node.emptyContinuation;
        parsed->emptyContinuationLines = node.emptyContinuationLines;
        parsed->column = column;
        parsed->startLine = startLine;
        parsed->prevComments = comments;
        if (!readHeredocs(&*parsed, buf, startLine))
            return m_ast;
        parsed->endLine = m_currentLine;
        m_ast.nodes.append(*parsed);
        comments.clear();
    }
    if (m_ast.nodes.isEmpty()) {
        fail(u"file with no instructions"_s, m_currentLine, 0, 0); // A1.5
        return m_ast;
    }
    if (m_tooLong)
        fail(u"dockerfile line greater than max allowed size of %1"_s.arg(kMaxTokenSize - 1), m_currentLine + 1, 0, 0);
    return m_ast;
}

} // namespace

DockerfileAst parseDockerfile(const QByteArray& content, const QString& fileName)
{
    Parser parser(content, fileName);
    return parser.run();
}

} // namespace gmd
