// SPDX-License-Identifier: MIT
#pragma once

// A light POSIX shell tokenizer for RUN commands: enough to find simple commands, their words,
// subshell parentheses and heredoc bodies. It does not expand anything and is not a shell.

#include "common/diagnostic.h"

#include <QList>
#include <QString>

namespace gmd {

/// A script with the file positions of its text, so offsets can be reported as file:line:col.
struct ScriptText
{
    struct Anchor
    {
        int offset = 0; ///< offset in `text`
        int line = 0; ///< file line of that offset
        int column = 1; ///< file column of that offset
    };
    QString text;
    QString file;
    QList<Anchor> anchors; ///< sorted by offset; newlines after an anchor advance the line
    bool singlePoint = false; ///< every offset maps to the first anchor (a `sh -c` string: positions unknown)

    /// The file position of `offset` (line/column, file set).
    SourceLocation locate(int offset) const;
    /// A script whose text starts at `line`:`column` and maps newlines to following lines.
    static ScriptText at(const QString& text, const QString& file, int line, int column = 1);
};

/// One shell word: the text with quotes and escapes removed (`$` references kept as written).
struct ShellToken
{
    QString text;
    QString raw; ///< as written
    int offset = 0; ///< offset of the first character in the script
};

/// A heredoc read by a command (`cat <<EOF`, `sh <<'EOF'`).
struct ShellHeredoc
{
    QString delimiter;
    QString body; ///< content lines (tabs removed for <<-)
    int offset = 0; ///< offset of the body in the script
};

/// A simple command, or a subshell boundary.
struct ShellCommand
{
    enum class Kind { Command, OpenSubshell, CloseSubshell };
    Kind kind = Kind::Command;
    QList<ShellToken> words; ///< redirections removed
    QList<ShellHeredoc> heredocs;
    int offset = 0;
};

/// Splits a script into simple commands at `&&`, `||`, `;`, `|`, `&`, newlines and parentheses,
/// skipping comments, redirection targets and heredoc bodies (attached to their command).
QList<ShellCommand> splitShellCommands(const QString& script);

} // namespace gmd
