// SPDX-License-Identifier: MIT
#include "textdocument.h"

#include <QStringList>

namespace gmd {

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

/// Input lines may carry line breaks: split them ("a\nb" = two lines, "a\n" = one line,
/// "a\r\nb" = "a" and "b"), so callers can pass a block of text.
QByteArrayList splitInput(const QByteArrayList& lines)
{
    QByteArrayList out;
    for (QByteArray l : lines) {
        if (l.endsWith('\n'))
            l.chop(l.endsWith("\r\n") ? 2 : 1);
        if (!l.contains('\n')) {
            out.append(l);
            continue;
        }
        for (QByteArray part : l.split('\n')) {
            if (part.endsWith('\r'))
                part.chop(1);
            out.append(part);
        }
    }
    return out;
}

QByteArrayList toBytes(const QStringList& lines)
{
    QByteArrayList out;
    out.reserve(lines.size());
    for (const QString& l : lines)
        out.append(l.toUtf8());
    return out;
}

} // namespace

TextDocument TextDocument::decode(const QByteArray& bytes)
{
    TextDocument doc;
    qsizetype pos = 0;
    if (bytes.startsWith(kBom)) {
        doc.m_bom = true;
        pos = kBom.size();
    }
    while (pos < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        if (nl < 0) {
            doc.m_lines.append(Line { bytes.mid(pos), QByteArray() });
            break;
        }
        // Only CR directly before LF belongs to the ending; any other CR is content.
        const bool crlf = nl > pos && bytes.at(nl - 1) == '\r';
        const qsizetype end = crlf ? nl - 1 : nl;
        doc.m_lines.append(Line { bytes.mid(pos, end - pos), crlf ? QByteArray("\r\n") : QByteArray("\n") });
        pos = nl + 1;
    }
    return doc;
}

QByteArray TextDocument::encode() const
{
    qsizetype size = m_bom ? kBom.size() : 0;
    for (const Line& l : m_lines)
        size += l.content.size() + l.ending.size();
    QByteArray out;
    out.reserve(size);
    if (m_bom)
        out.append(kBom);
    for (const Line& l : m_lines) {
        out.append(l.content);
        out.append(l.ending);
    }
    return out;
}

TextDocument::EndingStyle TextDocument::endingStyle() const
{
    bool lf = false;
    bool crlf = false;
    for (const Line& l : m_lines) {
        if (l.ending == "\n")
            lf = true;
        else if (l.ending == "\r\n")
            crlf = true;
    }
    if (lf && crlf)
        return EndingStyle::Mixed;
    if (crlf)
        return EndingStyle::CRLF;
    return lf ? EndingStyle::LF : EndingStyle::None;
}

QByteArray TextDocument::dominantEnding() const
{
    int lf = 0;
    int crlf = 0;
    for (const Line& l : m_lines) {
        if (l.ending == "\n")
            ++lf;
        else if (l.ending == "\r\n")
            ++crlf;
    }
    return crlf > lf ? QByteArray("\r\n") : QByteArray("\n");
}

QByteArrayList TextDocument::lines() const
{
    QByteArrayList out;
    out.reserve(m_lines.size());
    for (const Line& l : m_lines)
        out.append(l.content);
    return out;
}

int TextDocument::indexOf(const QByteArray& content, int from) const
{
    for (int i = qMax(0, from); i < lineCount(); ++i) {
        if (m_lines.at(i).content == content)
            return i;
    }
    return -1;
}

QByteArray TextDocument::endingNear(int index) const
{
    if (index >= 0 && index < lineCount() && !m_lines.at(index).ending.isEmpty())
        return m_lines.at(index).ending;
    return {};
}

void TextDocument::replaceLine(int index, const QByteArray& content)
{
    replaceRange(index, 1, QByteArrayList { content });
}

void TextDocument::insertAfter(int index, const QByteArrayList& lines)
{
    replaceRange(index + 1, 0, lines);
}

void TextDocument::insertAfter(int index, const QStringList& lines)
{
    insertAfter(index, toBytes(lines));
}

void TextDocument::removeLines(int first, int count)
{
    replaceRange(first, count, QByteArrayList());
}

void TextDocument::replaceRange(int first, int count, const QStringList& lines)
{
    replaceRange(first, count, toBytes(lines));
}

void TextDocument::replaceRange(int first, int count, const QByteArrayList& lines)
{
    first = qBound(0, first, lineCount());
    count = qBound(0, count, lineCount() - first);
    const QByteArrayList added = splitInput(lines);
    if (count == 0 && added.isEmpty())
        return;
    // The rule: keep the presence or absence of the final newline, and give new lines
    // the file's own ending: a replaced line keeps its ending, an inserted one takes its
    // neighbour's (the line before, else the line after), else the dominant ending.
    const bool noFinalNewline = !isEmpty() && !hasFinalNewline();
    QByteArray ending = count > 0 ? endingNear(first) : endingNear(first - 1);
    if (ending.isEmpty())
        ending = endingNear(count > 0 ? first - 1 : first);
    if (ending.isEmpty())
        ending = dominantEnding();

    QList<Line> replacement;
    replacement.reserve(added.size());
    for (int i = 0; i < added.size(); ++i) {
        const QByteArray own = i < count ? endingNear(first + i) : QByteArray();
        replacement.append(Line { added.at(i), own.isEmpty() ? ending : own });
    }
    m_lines.remove(first, count);
    for (int i = 0; i < replacement.size(); ++i)
        m_lines.insert(first + i, replacement.at(i));

    if (noFinalNewline && !m_lines.isEmpty()) {
        // Only the old last line had no ending; whichever line is last now takes that role.
        for (int i = 0; i + 1 < lineCount(); ++i) {
            if (m_lines[i].ending.isEmpty())
                m_lines[i].ending = ending;
        }
        m_lines.last().ending.clear();
    }
}

} // namespace gmd
