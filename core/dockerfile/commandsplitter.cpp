// SPDX-License-Identifier: MIT
#include "commandsplitter.h"

#include "common/go/strings.h"
#include "common/go/unicode.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// Go's regexp class [\t\v\f\r ] (BuildKit's reWhitespace).
bool isAsciiBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

/// extractBuilderFlags: byte by byte, like upstream (hence the Latin-1 quirk of A5.5).
QByteArray extractBuilderFlags(const QByteArray& line, char escapeToken, QStringList* words)
{
    enum Phase { InSpaces, InWord, InQuote };
    Phase phase = InSpaces;
    QString word;
    uchar quote = 0;
    bool blankOK = false;
    uchar ch = 0;
    const qsizetype len = line.size();
    for (qsizetype pos = 0; pos <= len; ++pos) {
        if (pos != len)
            ch = uchar(line.at(pos));
        if (phase == InSpaces) {
            if (pos == len)
                break;
            if (go::isSpaceLatin1Byte(ch))
                continue;
            // Only words starting with "--" are flags (A5.3/A5.4).
            if (ch != '-' || pos + 1 == len || line.at(pos + 1) != '-')
                return line.mid(pos);
            phase = InWord;
        }
        if (pos == len) {
            // A bare "--" ends the flags and is dropped.
            if (word != "--"_L1 && (blankOK || !word.isEmpty()))
                words->append(word);
            break;
        }
        if (phase == InWord) {
            if (go::isSpaceLatin1Byte(ch)) {
                phase = InSpaces;
                if (word == "--"_L1)
                    return line.mid(pos);
                if (blankOK || !word.isEmpty())
                    words->append(word);
                word.clear();
                blankOK = false;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                blankOK = true;
                phase = InQuote;
                continue;
            }
            if (ch == uchar(escapeToken)) {
                if (pos + 1 == len)
                    continue; // an escape at the very end is dropped
                ++pos;
                ch = uchar(line.at(pos));
            }
            word += QChar(char16_t(ch));
            continue;
        }
        // InQuote
        if (ch == quote) {
            phase = InWord;
            continue;
        }
        if (ch == uchar(escapeToken)) {
            if (pos + 1 == len) {
                phase = InWord;
                continue;
            }
            ++pos;
            ch = uchar(line.at(pos));
        }
        word += QChar(char16_t(ch));
    }
    return QByteArray();
}

} // namespace

QList<QByteArray> splitWhitespace(const QByteArray& s, int limit)
{
    // Mirrors regexp.Split with `[\t\v\f\r ]+`, including its empty leading/trailing parts.
    if (s.isEmpty())
        return { QByteArray() };
    QList<QByteArray> out;
    qsizetype beg = 0, pos = 0;
    while (pos < s.size()) {
        if (!isAsciiBlank(s.at(pos))) {
            ++pos;
            continue;
        }
        qsizetype matchEnd = pos;
        while (matchEnd < s.size() && isAsciiBlank(s.at(matchEnd)))
            ++matchEnd;
        if (limit > 0 && out.size() == limit - 1)
            break;
        out.append(s.mid(beg, pos - beg));
        beg = matchEnd;
        pos = matchEnd;
    }
    // A match never starts at the end, so Go always appends the tail.
    out.append(s.mid(beg));
    return out;
}

SplitCommand splitCommand(const QByteArray& line, char escapeToken)
{
    SplitCommand result;
    const QList<QByteArray> parts = splitWhitespace(go::trimSpace(line), 2);
    result.keyword = parts.value(0);
    if (parts.size() == 2)
        result.args = go::trimSpace(extractBuilderFlags(parts.at(1), escapeToken, &result.flags));
    return result;
}

} // namespace gmd
