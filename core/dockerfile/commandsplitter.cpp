// SPDX-License-Identifier: MIT
#include "commandsplitter.h"

#include "gotext.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

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
            if (gotext::isSpaceByte(ch))
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
            if (gotext::isSpaceByte(ch)) {
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

SplitCommand splitCommand(const QByteArray& line, char escapeToken)
{
    SplitCommand result;
    const QList<QByteArray> parts = gotext::splitWhitespace(gotext::trimSpace(line), 2);
    result.keyword = parts.value(0);
    if (parts.size() == 2)
        result.args = gotext::trimSpace(extractBuilderFlags(parts.at(1), escapeToken, &result.flags));
    return result;
}

} // namespace gmd
