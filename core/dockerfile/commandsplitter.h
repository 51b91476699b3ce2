// SPDX-License-Identifier: MIT
#pragma once

// Keyword and flag scanning of one logical line (spec A5, BuildKit split_command.go).

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace gmd {

struct SplitCommand
{
    QByteArray keyword; ///< as written
    QStringList flags; ///< flag words, quotes and escapes removed, bytes >= 0x80 read as Latin-1 (A5.5)
    QByteArray args; ///< the rest after the flags, trimmed
};

/// BuildKit's reWhitespace.Split(s, limit): split on runs of [\t\v\f\r ] with regexp.Split's
/// rules (empty leading and trailing parts kept; limit 2 stops after the first run, -1 never).
QList<QByteArray> splitWhitespace(const QByteArray& s, int limit = -1);

/// splitCommand: trims the line, splits off the keyword at the first [\t\v\f\r ] run (A5.1)
/// and scans leading --flags (A5.3).
SplitCommand splitCommand(const QByteArray& line, char escapeToken);

} // namespace gmd
