// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>

namespace gmd {

/// A text file as lines of bytes, keeping everything an edit must not disturb (issue 5
/// section 2): the UTF-8 BOM, each line's own ending (LF or CRLF; a lone CR is content, as
/// for git and the go command), and whether the last line ends with a newline.
/// It works on bytes, never on QString, so encode(decode(b)) == b for every byte string,
/// including invalid UTF-8 and NUL bytes.
class TextDocument
{
public:
    enum class EndingStyle { None, LF, CRLF, Mixed };

    TextDocument() = default;
    /// Splits `bytes` into lines; never fails.
    static TextDocument decode(const QByteArray& bytes);
    /// The bytes: BOM + every line's content and ending.
    QByteArray encode() const;

    bool hasBom() const { return m_bom; }
    void setBom(bool bom) { m_bom = bom; }
    /// True when the last line ends with LF or CRLF (false for an empty document).
    bool hasFinalNewline() const { return !m_lines.isEmpty() && !m_lines.last().ending.isEmpty(); }
    /// LF, CRLF, Mixed, or None when no line has an ending.
    EndingStyle endingStyle() const;
    /// The ending new lines get when nothing nearer applies: the most frequent one (CRLF wins
    /// only when it is strictly more frequent), "\n" for a document without endings.
    QByteArray dominantEnding() const;

    int lineCount() const { return int(m_lines.size()); }
    bool isEmpty() const { return m_lines.isEmpty(); }
    /// Line `index` (0-based) without its ending; a lone CR stays part of it.
    QByteArray line(int index) const { return m_lines.at(index).content; }
    /// The ending of line `index`: "\n", "\r\n" or "" (last line without a final newline).
    QByteArray ending(int index) const { return m_lines.at(index).ending; }
    /// Line `index` decoded from UTF-8 for display and matching (invalid bytes become U+FFFD).
    QString lineText(int index) const { return QString::fromUtf8(m_lines.at(index).content); }
    /// All lines' contents.
    QByteArrayList lines() const;
    /// The 0-based index of the first line whose content equals `content` at or after `from`; -1 if none.
    int indexOf(const QByteArray& content, int from = 0) const;

    /// Replaces the content of line `index`, keeping its ending. A '\n' in `content` splits it
    /// into several lines (each gets this line's ending, the last keeps the original one).
    void replaceLine(int index, const QByteArray& content);
    void replaceLine(int index, const QString& content) { replaceLine(index, content.toUtf8()); }
    /// Inserts `lines` after line `index` (-1 = at the top). New lines take the line ending of
    /// the neighbouring line, else dominantEnding(). Appending after a last line without a final
    /// newline keeps the file without one: the old last line gets an ending, the new last none.
    void insertAfter(int index, const QByteArrayList& lines);
    void insertAfter(int index, const QStringList& lines);
    /// Removes `count` lines from `first`. When the removed lines include the last line and that
    /// line had no final newline, the new last line loses its ending (absence is preserved).
    void removeLines(int first, int count);
    /// Replaces `count` lines from `first` with `lines` (count 0 = insert before `first`),
    /// with the ending rules of insertAfter() and removeLines().
    void replaceRange(int first, int count, const QByteArrayList& lines);
    void replaceRange(int first, int count, const QStringList& lines);
    /// Adds lines at the end (insertAfter(lineCount() - 1, ...)).
    void append(const QByteArrayList& lines) { insertAfter(lineCount() - 1, lines); }

private:
    struct Line
    {
        QByteArray content;
        QByteArray ending;
    };
    QByteArray endingNear(int index) const;

    bool m_bom = false;
    QList<Line> m_lines;
};

} // namespace gmd
