// SPDX-License-Identifier: MIT
#include "shellscan.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

SourceLocation ScriptText::locate(int offset) const
{
    SourceLocation loc;
    loc.file = file;
    Anchor a;
    for (const Anchor& candidate : anchors) {
        if (candidate.offset > offset)
            break;
        a = candidate;
    }
    loc.line = a.line;
    loc.column = a.column + (offset - a.offset);
    if (singlePoint) {
        loc.column = a.column;
        return loc;
    }
    const int end = qMin(offset, int(text.size()));
    for (int i = qMax(0, a.offset); i < end; ++i) {
        if (text.at(i) == u'\n') {
            ++loc.line;
            loc.column = offset - i;
        }
    }
    return loc;
}

ScriptText ScriptText::at(const QString& text, const QString& file, int line, int column)
{
    ScriptText s;
    s.text = text;
    s.file = file;
    s.anchors.append(Anchor { 0, line, column });
    return s;
}

namespace {

class Splitter
{
public:
    explicit Splitter(const QString& s)
        : m_s(s)
    { }

    QList<ShellCommand> run();

private:
    QChar peek(int ahead = 0) const { return m_pos + ahead < m_s.size() ? m_s.at(m_pos + ahead) : QChar(); }
    bool atEnd() const { return m_pos >= m_s.size(); }
    void endWord();
    void endCommand();
    void readSingleQuoted();
    void readDoubleQuoted();
    void readNested(QChar open, QChar close);
    void readBackquoted();
    bool readWordChar();
    QString readRedirectTarget();
    void readRedirection();
    void readHeredocBodies();

    struct Pending
    {
        QString delimiter;
        bool chomp = false;
        int command = -1; ///< index in m_out, -1 when the command is still open
    };

    const QString& m_s;
    int m_pos = 0;
    QList<ShellCommand> m_out;
    ShellCommand m_cmd;
    ShellToken m_word;
    bool m_inWord = false;
    QList<Pending> m_pending;
};

void Splitter::endWord()
{
    if (m_inWord)
        m_cmd.words.append(m_word);
    m_word = ShellToken();
    m_inWord = false;
}

void Splitter::endCommand()
{
    endWord();
    bool ownsHeredoc = false;
    for (const Pending& p : std::as_const(m_pending))
        ownsHeredoc = ownsHeredoc || p.command < 0;
    if (!m_cmd.words.isEmpty() || ownsHeredoc) {
        m_out.append(m_cmd);
        for (Pending& p : m_pending) {
            if (p.command < 0)
                p.command = int(m_out.size()) - 1;
        }
    }
    m_cmd = ShellCommand();
}

void Splitter::readSingleQuoted()
{
    ++m_pos; // '
    while (!atEnd() && peek() != u'\'') {
        m_word.text += peek();
        ++m_pos;
    }
    ++m_pos;
}

void Splitter::readDoubleQuoted()
{
    ++m_pos; // "
    while (!atEnd() && peek() != u'"') {
        const QChar c = peek();
        if (c == u'\\' && m_pos + 1 < m_s.size()) {
            const QChar n = peek(1);
            if (n == u'\n') {
                m_pos += 2; // line continuation
                continue;
            }
            if (n == u'"' || n == u'\\' || n == u'$' || n == u'`')
                m_word.text += n;
            else
                m_word.text += QString(c) + n;
            m_pos += 2;
            continue;
        }
        if (c == u'$' && (peek(1) == u'(' || peek(1) == u'{')) {
            m_word.text += c;
            ++m_pos;
            readNested(peek(), peek() == u'(' ? u')' : u'}');
            continue;
        }
        m_word.text += c;
        ++m_pos;
    }
    ++m_pos;
}

/// `$( ... )` / `${ ... }`: copied as they are (nesting and quotes respected).
void Splitter::readNested(QChar open, QChar close)
{
    int depth = 0;
    QChar quote;
    while (!atEnd()) {
        const QChar c = peek();
        m_word.text += c;
        ++m_pos;
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == open) {
            ++depth;
        } else if (c == close && --depth == 0) {
            return;
        }
    }
}

void Splitter::readBackquoted()
{
    m_word.text += peek();
    ++m_pos;
    while (!atEnd() && peek() != u'`') {
        m_word.text += peek();
        ++m_pos;
    }
    if (!atEnd()) {
        m_word.text += peek();
        ++m_pos;
    }
}

/// Reads one character that belongs to a word (quotes and escapes handled); false at a separator.
bool Splitter::readWordChar()
{
    const QChar c = peek();
    if (c == u' ' || c == u'\t' || c == u'\n' || c == u';' || c == u'&' || c == u'|' || c == u'(' || c == u')'
        || c == u'<' || c == u'>')
        return false;
    if (!m_inWord) {
        m_inWord = true;
        m_word.offset = m_pos;
    }
    const int start = m_pos;
    if (c == u'\\') {
        if (peek(1) == u'\n') {
            m_pos += 2;
        } else {
            if (m_pos + 1 < m_s.size())
                m_word.text += peek(1);
            m_pos += 2;
        }
    } else if (c == u'\'') {
        readSingleQuoted();
    } else if (c == u'"') {
        readDoubleQuoted();
    } else if (c == u'$' && (peek(1) == u'(' || peek(1) == u'{')) {
        m_word.text += c;
        ++m_pos;
        readNested(peek(), peek() == u'(' ? u')' : u'}');
    } else if (c == u'`') {
        readBackquoted();
    } else {
        m_word.text += c;
        ++m_pos;
    }
    m_word.raw += m_s.mid(start, qMin(m_pos, int(m_s.size())) - start);
    return true;
}

QString Splitter::readRedirectTarget()
{
    while (peek() == u' ' || peek() == u'\t')
        ++m_pos;
    const ShellToken saved = m_word;
    const bool savedIn = m_inWord;
    m_word = ShellToken();
    m_inWord = false;
    while (!atEnd() && readWordChar()) { }
    const QString target = m_word.text;
    m_word = saved;
    m_inWord = savedIn;
    return target;
}

void Splitter::readRedirection()
{
    // A word made of digits right before the operator is a file descriptor, not an argument.
    if (m_inWord) {
        bool digits = !m_word.raw.isEmpty();
        for (QChar ch : std::as_const(m_word.raw))
            digits = digits && ch.isDigit();
        if (digits) {
            m_word = ShellToken();
            m_inWord = false;
        } else {
            endWord();
        }
    }
    const QChar c = peek();
    ++m_pos;
    if (c == u'<' && peek() == u'<' && peek(1) != u'<') {
        ++m_pos;
        Pending p;
        if (peek() == u'-') {
            p.chomp = true;
            ++m_pos;
        }
        p.delimiter = readRedirectTarget();
        m_pending.append(p);
        return;
    }
    // <<<, >>, >&, <&, >|, <>: consume the rest of the operator, then the target word.
    while (peek() == u'<' || peek() == u'>' || peek() == u'&' || peek() == u'|')
        ++m_pos;
    if (peek() == u'-') {
        ++m_pos; // >&- closes a descriptor
        return;
    }
    readRedirectTarget();
}

void Splitter::readHeredocBodies()
{
    // Called just after a newline: each pending heredoc takes lines up to its delimiter.
    for (const Pending& p : std::as_const(m_pending)) {
        ShellHeredoc h;
        h.delimiter = p.delimiter;
        h.offset = m_pos;
        while (!atEnd()) {
            int end = int(m_s.indexOf(u'\n', m_pos));
            const bool last = end < 0;
            if (last)
                end = int(m_s.size());
            QString line = m_s.mid(m_pos, end - m_pos);
            if (p.chomp) {
                while (line.startsWith(u'\t'))
                    line.remove(0, 1);
            }
            m_pos = last ? end : end + 1;
            if (line == p.delimiter)
                break;
            h.body += line + u'\n';
        }
        if (p.command >= 0 && p.command < m_out.size())
            m_out[p.command].heredocs.append(h);
    }
    m_pending.clear();
}

QList<ShellCommand> Splitter::run()
{
    while (!atEnd()) {
        const QChar c = peek();
        if (c == u' ' || c == u'\t' || c == u'\r') {
            endWord();
            ++m_pos;
        } else if (c == u'\n') {
            endCommand();
            ++m_pos;
            if (!m_pending.isEmpty())
                readHeredocBodies();
        } else if (c == u'#' && !m_inWord) {
            while (!atEnd() && peek() != u'\n')
                ++m_pos;
        } else if (c == u';' || c == u'&' || c == u'|') {
            endCommand();
            ++m_pos;
            if (peek() == c || (c == u'|' && peek() == u'&'))
                ++m_pos;
        } else if (c == u'(' || c == u')') {
            endCommand();
            ShellCommand mark;
            mark.kind = c == u'(' ? ShellCommand::Kind::OpenSubshell : ShellCommand::Kind::CloseSubshell;
            mark.offset = m_pos;
            m_out.append(mark);
            ++m_pos;
        } else if (c == u'<' || c == u'>') {
            if (!m_inWord && m_cmd.words.isEmpty())
                m_cmd.offset = m_pos;
            readRedirection();
        } else {
            if (!m_inWord && m_cmd.words.isEmpty())
                m_cmd.offset = m_pos;
            readWordChar();
        }
    }
    endCommand();
    if (!m_pending.isEmpty())
        readHeredocBodies(); // unterminated: what there is
    return m_out;
}

} // namespace

QList<ShellCommand> splitShellCommands(const QString& script)
{
    Splitter splitter(script);
    return splitter.run();
}

} // namespace gmd
