// SPDX-License-Identifier: MIT
#include "shelllexer.h"

#include "shellword.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

ExpandResult expandShell(const QString& text, const ShellEnv& env, const ShellOptions& options)
{
    return ShellWord(text, env, options).run(text);
}

ExpandResult expandWord(const QString& text, const ShellEnv& env, QChar escape)
{
    ShellOptions options;
    options.escape = escape;
    return expandShell(text, env, options);
}

ExpandResult expandWords(const QString& text, const ShellEnv& env, QChar escape)
{
    return expandWord(text, env, escape);
}

ExpandResult expandHeredocBody(const QString& body, const ShellEnv& env, HeredocChomp chomp)
{
    // C6 (BK:d2llb/convert.go dispatch, ExpandRaw): NewLex('\\') with SkipProcessQuotes
    ShellOptions options;
    options.escape = u'\\';
    options.skipProcessQuotes = true;
    const QString text = chomp == HeredocChomp::StripLeadingTabs ? chompHeredocContent(body) : body;
    return expandShell(text, env, options);
}

QString chompHeredocContent(const QString& content)
{
    // Go: regexp `(?m)^\t+` replaced by nothing; a line starts at the text start or after "\n"
    QString out;
    out.reserve(content.size());
    bool lineStart = true;
    for (const QChar c : content) {
        if (lineStart && c == u'\t')
            continue;
        lineStart = c == u'\n';
        out.append(c);
    }
    return out;
}

} // namespace gmd
