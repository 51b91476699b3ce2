// SPDX-License-Identifier: MIT
#include "heredocmarker.h"

#include "common/go/strconv.h"
#include "heredocwords.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// Go regexp `\s`: [\t\n\f\r ].
bool isReSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

qsizetype countQuotes(const QString& s)
{
    return s.count(u'\'') + s.count(u'"');
}

} // namespace

std::optional<DockerHeredoc> parseHeredocMarker(const QString& word, QString* error)
{
    qsizetype i = 0;
    while (i < word.size() && word.at(i) >= u'0' && word.at(i) <= u'9')
        ++i;
    const QString digits = word.left(i);
    if (word.mid(i, 2) != "<<"_L1)
        return std::nullopt;
    i += 2;
    bool chomp = false;
    if (i < word.size() && word.at(i) == u'-') {
        chomp = true;
        ++i;
    }
    while (i < word.size() && isReSpace(word.at(i)))
        ++i;
    const QString rest = word.mid(i);
    if (rest.contains(u'<') || rest.isEmpty())
        return std::nullopt;

    // Lex the remainder with and without quotes: a quote that took part means "do not expand" (A8.4).
    QStringList words;
    QString err;
    HeredocWords plain(false, false);
    if (!plain.processWords(rest, &words, &err)) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    if (words.size() != 1)
        return std::nullopt;
    QStringList wordsRaw;
    HeredocWords raw(true, false);
    if (!raw.processWords(rest, &wordsRaw, &err)) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    if (wordsRaw.size() != words.size()) {
        if (error)
            *error = u"internal lexing of heredoc produced inconsistent results: %1"_s.arg(rest);
        return std::nullopt;
    }
    DockerHeredoc doc;
    doc.name = words.first();
    doc.expand = countQuotes(words.first()) == countQuotes(wordsRaw.first());
    doc.chomp = chomp;
    // strconv.ParseUint's value with its error ignored: empty -> 0, overflow -> max value.
    doc.fileDescriptor = go::parseUint(digits, 10, 64).value;
    return doc;
}

QList<DockerHeredoc> heredocsFromLine(const QString& line, QString* error)
{
    QStringList words;
    QString ignored;
    HeredocWords lexer(true, true);
    lexer.processWords(line, &words, &ignored); // A8.5: a line that fails to lex has no markers
    QList<DockerHeredoc> docs;
    for (const QString& word : std::as_const(words)) {
        QString err;
        std::optional<DockerHeredoc> doc = parseHeredocMarker(word, &err);
        if (!err.isEmpty()) {
            *error = err;
            return {};
        }
        if (doc)
            docs.append(*doc);
    }
    return docs;
}

} // namespace gmd
