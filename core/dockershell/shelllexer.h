// SPDX-License-Identifier: MIT
#pragma once

#include "shellenv.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace gmd {

/// How the lexer treats quotes, escapes and unset names. The defaults are what BuildKit uses for
/// Dockerfile fields (spec dockerfile.md C1); the switches mirror the fields of BuildKit's
/// shell.Lex for the places that set them.
struct ShellOptions
{
    QChar escape = u'\\'; ///< the escape token (A2.5): `\` or `` ` ``
    bool rawQuotes = false; ///< keep quote characters in the result (Lex.RawQuotes)
    bool rawEscapes = false; ///< keep escape characters in the result (Lex.RawEscapes)
    bool skipProcessQuotes = false; ///< quotes are ordinary characters (Lex.SkipProcessQuotes, C6.2)
    bool skipUnsetEnv = false; ///< leave references to unset names as written (Lex.SkipUnsetEnv)
};

/// The result of expanding one text (spec dockerfile.md C2-C6).
struct ExpandResult
{
    QString value; ///< the expanded text (word mode); empty on error
    QStringList words; ///< the same text split into words (words mode, C5); empty on error
    QString error; ///< BuildKit's message, e.g. `failed to process "${}": syntax error: bad substitution`
    QSet<QString> matched; ///< names looked up and found, as written in the text
    QSet<QString> unmatched; ///< names looked up and not set: the UndefinedVar input (D2)

    bool ok() const { return error.isEmpty(); }
};

/// Expands `$` references, quotes and escapes in `text` as BuildKit's ProcessWord does (C2-C4).
/// Errors carry BuildKit's text verbatim; they may quote values from `env`, so mask them
/// (maskSecrets) before showing them.
ExpandResult expandWord(const QString& text, const ShellEnv& env, QChar escape = u'\\');

/// Like expandWord(), for fields BuildKit splits into words (EXPOSE, heredoc detection, C5);
/// the words are in ExpandResult::words (value is filled too).
ExpandResult expandWords(const QString& text, const ShellEnv& env, QChar escape = u'\\');

/// The general form behind expandWord()/expandWords(): both `value` and `words` are filled.
ExpandResult expandShell(const QString& text, const ShellEnv& env, const ShellOptions& options);

/// Whether a `<<-` heredoc's leading tabs are removed before expansion (A8.8, C6.4).
enum class HeredocChomp { Keep, StripLeadingTabs };

/// Expands the body of a COPY/ADD heredoc with an unquoted delimiter (C6): escape `\` whatever
/// the Dockerfile's escape directive says, quotes are ordinary characters, `\c` gives `c`.
ExpandResult expandHeredocBody(const QString& body, const ShellEnv& env, HeredocChomp chomp = HeredocChomp::Keep);

/// Removes the leading tabs of every line, as BuildKit's ChompHeredocContent (A8.8).
QString chompHeredocContent(const QString& content);

} // namespace gmd
