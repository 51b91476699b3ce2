// SPDX-License-Identifier: MIT
#include "lineparsers.h"

#include "commandsplitter.h"
#include "common/go/strconv.h"
#include "common/go/strings.h"
#include "common/go/unicode.h"
#include "common/go/utf8.h"
#include "commandsplitter.h"
#include "jsonarray.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

struct Parsed
{
    QStringList args;
    bool json = false;
    QString error;
};

QStringList toStrings(const QList<QByteArray>& parts)
{
    QStringList out;
    out.reserve(parts.size());
    for (const QByteArray& p : parts)
        out.append(go::fromUtf8(p));
    return out;
}

Parsed parseStringsWhitespaceDelimited(const QByteArray& rest)
{
    if (rest.isEmpty())
        return {};
    return { toStrings(splitWhitespace(rest)), false, {} };
}

Parsed parseString(const QByteArray& rest)
{
    if (rest.isEmpty())
        return {};
    return { { go::fromUtf8(rest) }, false, {} };
}

const QString kNotStrings = u"when using JSON array syntax, arrays must be comprised of strings only"_s;

/// RUN, CMD, ENTRYPOINT, SHELL: JSON array or the whole rest (A6.1, A7).
Parsed parseMaybeJson(const QByteArray& rest)
{
    if (rest.isEmpty())
        return {};
    QStringList list;
    switch (parseJsonStringArray(rest, &list)) {
    case JsonArrayResult::Ok:
        return { list, true, {} };
    case JsonArrayResult::NotStrings:
        return { {}, false, kNotStrings };
    case JsonArrayResult::NotArray:
        break;
    }
    return { { go::fromUtf8(rest) }, false, {} };
}

/// ADD, COPY, VOLUME: JSON array or whitespace-separated words (A6.1, A7.3).
Parsed parseMaybeJsonToList(const QByteArray& rest)
{
    QStringList list;
    switch (parseJsonStringArray(rest, &list)) {
    case JsonArrayResult::Ok:
        return { list, true, {} };
    case JsonArrayResult::NotStrings:
        return { {}, false, kNotStrings };
    case JsonArrayResult::NotArray:
        break;
    }
    return parseStringsWhitespaceDelimited(rest);
}

/// ENV and LABEL (A6.4).
Parsed parseNameVal(const QByteArray& rest, const QString& key, char escapeToken)
{
    const QStringList words = parseDockerWords(go::fromUtf8(rest), QLatin1Char(escapeToken));
    if (words.isEmpty())
        return {};
    Parsed p;
    if (!words.first().contains(u'=')) {
        // Legacy `KEY value`: the raw rest split once; the value keeps everything (A6.4.2).
        const QList<QByteArray> parts = splitWhitespace(rest, 2);
        if (parts.size() < 2) {
            p.error = u"%1 must have two arguments"_s.arg(key);
            return p;
        }
        p.args = { go::fromUtf8(parts.at(0)), go::fromUtf8(parts.at(1)), QString() };
        return p;
    }
    for (const QString& word : words) {
        const qsizetype eq = word.indexOf(u'=');
        if (eq < 0) {
            p.error = u"Syntax error - can't find = in %1. Must be of the form: name=value"_s.arg(go::quote(word));
            p.args.clear();
            return p;
        }
        p.args << word.left(eq) << word.mid(eq + 1) << u"="_s;
    }
    return p;
}

/// HEALTHCHECK: the type word then a CMD-like rest; the split is byte-wise (A6.1).
Parsed parseHealthConfig(const QByteArray& rest)
{
    qsizetype sep = 0;
    while (sep < rest.size() && !go::isSpaceLatin1Byte(uchar(rest.at(sep))))
        ++sep;
    qsizetype next = sep;
    while (next < rest.size() && go::isSpaceLatin1Byte(uchar(rest.at(next))))
        ++next;
    if (sep == 0)
        return {};
    Parsed cmd = parseMaybeJson(rest.mid(next));
    if (!cmd.error.isEmpty())
        return cmd;
    cmd.args.prepend(go::fromUtf8(rest.left(sep)));
    return cmd;
}

Parsed dispatch(const QString& lowerKeyword, const QByteArray& rest, char escapeToken)
{
    if (lowerKeyword == "add"_L1 || lowerKeyword == "copy"_L1 || lowerKeyword == "volume"_L1)
        return parseMaybeJsonToList(rest);
    if (lowerKeyword == "run"_L1 || lowerKeyword == "cmd"_L1 || lowerKeyword == "entrypoint"_L1
        || lowerKeyword == "shell"_L1)
        return parseMaybeJson(rest);
    if (lowerKeyword == "from"_L1 || lowerKeyword == "expose"_L1)
        return parseStringsWhitespaceDelimited(rest);
    if (lowerKeyword == "env"_L1)
        return parseNameVal(rest, u"ENV"_s, escapeToken);
    if (lowerKeyword == "label"_L1)
        return parseNameVal(rest, u"LABEL"_s, escapeToken);
    if (lowerKeyword == "arg"_L1) {
        Parsed p;
        p.args = parseDockerWords(go::fromUtf8(rest), QLatin1Char(escapeToken));
        return p;
    }
    if (lowerKeyword == "maintainer"_L1 || lowerKeyword == "user"_L1 || lowerKeyword == "workdir"_L1
        || lowerKeyword == "stopsignal"_L1)
        return parseString(rest);
    if (lowerKeyword == "healthcheck"_L1)
        return parseHealthConfig(rest);
    // Unknown instructions keep one empty argument (A6.1, parseIgnore).
    return { { QString() }, false, {} };
}

} // namespace

QStringList parseDockerWords(const QString& rest, QChar escapeToken)
{
    enum Phase { InSpaces, InWord, InQuote };
    QStringList words;
    Phase phase = InSpaces;
    QChar quote;
    bool blankOK = false;
    QString word;
    const qsizetype len = rest.size();
    QChar ch;
    for (qsizetype pos = 0; pos <= len; ++pos) {
        if (pos != len)
            ch = rest.at(pos);
        if (phase == InSpaces) {
            if (pos == len)
                break;
            if (go::isSpace(ch.unicode()))
                continue;
            phase = InWord;
        }
        if (pos == len) {
            if (blankOK || !word.isEmpty())
                words.append(word);
            break;
        }
        if (phase == InWord) {
            if (go::isSpace(ch.unicode())) {
                phase = InSpaces;
                if (blankOK || !word.isEmpty())
                    words.append(word);
                word.clear();
                blankOK = false;
                continue;
            }
            if (ch == u'\'' || ch == u'"') {
                quote = ch;
                blankOK = true;
                phase = InQuote;
            }
            if (ch == escapeToken) {
                if (pos + 1 == len)
                    continue; // an escape at the end is dropped
                word += ch;
                ++pos;
                ch = rest.at(pos);
            }
            word += ch;
            continue;
        }
        // InQuote: the matching quote ends it; escapes work inside "..." only.
        if (ch == quote)
            phase = InWord;
        if (ch == escapeToken && quote != u'\'') {
            if (pos + 1 == len) {
                phase = InWord;
                continue;
            }
            ++pos;
            word += ch;
            ch = rest.at(pos);
        }
        word += ch;
    }
    return words;
}

std::optional<DockerNode> nodeFromLine(const QByteArray& line, char escapeToken, QString* error)
{
    // ONBUILD nests a whole instruction line; build the chain iteratively (a line may repeat
    // ONBUILD thousands of times).
    QList<DockerNode> chain;
    QByteArray current = line;
    while (true) {
        const SplitCommand split = splitCommand(current, escapeToken);
        DockerNode node;
        node.keyword = go::fromUtf8(split.keyword);
        node.lowerKeyword = go::toLower(node.keyword);
        node.flags = split.flags;
        // Nodes nested deeper than ONBUILD's own child are invalid anyway (B3.8); not keeping
        // their text keeps a line of repeated ONBUILDs linear in memory.
        if (chain.size() < 2)
            node.original = go::fromUtf8(current);
        if (node.lowerKeyword == "onbuild"_L1) {
            chain.append(node);
            if (split.args.isEmpty())
                break;
            current = split.args;
            continue;
        }
        Parsed p = dispatch(node.lowerKeyword, split.args, escapeToken);
        if (!p.error.isEmpty()) {
            *error = p.error;
            return std::nullopt;
        }
        node.args = p.args;
        node.json = p.json;
        chain.append(node);
        break;
    }
    for (qsizetype i = chain.size() - 1; i > 0; --i)
        chain[i - 1].child = std::make_shared<DockerNode>(chain.at(i));
    return chain.first();
}

} // namespace gmd
