// SPDX-License-Identifier: MIT
#pragma once

// The part of BuildKit's shell lexer (shell/lex.go ProcessWords) that the parser uses to find
// heredoc markers (spec A8.2-A8.5): empty environment, unset variables kept as written
// (SkipUnsetEnv), escape character always `\`.

#include <QList>
#include <QString>
#include <QStringList>

namespace gmd {

class HeredocWords
{
public:
    /// `rawQuotes` keeps quote characters in the words, `rawEscapes` keeps escape characters.
    HeredocWords(bool rawQuotes, bool rawEscapes);

    /// ProcessWords: splits `input` into words. On failure returns false with BuildKit's
    /// message (`failed to process "<input>": <reason>`) in `error`.
    bool processWords(const QString& input, QStringList* words, QString* error);

private:
    class Words;
    bool processStopOn(char32_t stopChar, bool rawEscapes, QString* result, QStringList* words);
    bool processSingleQuote(QString* out);
    bool processDoubleQuote(QString* out);
    bool processDollar(QString* out);
    QString processName();
    QString processPossibleHeredoc();
    char32_t peek() const;
    char32_t next();

    bool m_rawQuotes;
    bool m_rawEscapesDefault;
    bool m_rawEscapes = false;
    QList<char32_t> m_src;
    qsizetype m_pos = 0;
    QString m_wordsBuffer; // shared by nested calls, as upstream's shellWord.wordsBuffer
    QString m_error;
};

} // namespace gmd
