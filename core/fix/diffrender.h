// SPDX-License-Identifier: MIT
#pragma once

#include "filediff.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gmd {

/// The unified diff text exactly as `git diff` prints it for this file (issue 5 section 3):
/// "diff --git a/<p> b/<p>", "new file mode" for created files, "index <old>..<new> <mode>",
/// "--- a/<p>", "+++ b/<p>", the hunks and "\ No newline at end of file" markers, or
/// "Binary files a/<p> and b/<p> differ". `displayPath` (default: the diff's path without a
/// leading '/') is what follows a/ and b/; names are C-quoted as git does (core.quotePath) and
/// ---/+++ lines of names with a space end in a TAB. Empty for identical files.
QByteArray renderUnifiedDiff(const FileDiff& diff, const QString& displayPath = {});

/// One row of the side-by-side view: the old line on the left, the new one on the right.
struct SideBySideRow
{
    enum class Kind {
        Hunk, ///< a hunk separator; `left` holds the "@@ ... @@" header
        Context, ///< the same line on both sides
        Changed, ///< a deleted line (left) paired with an added line (right)
        Deleted, ///< only a left line
        Added, ///< only a right line
    };
    Kind kind = Kind::Context;
    int leftLine = -1; ///< 1-based, -1 when the left side is empty
    int rightLine = -1;
    QByteArray left; ///< line content (no '\n'; a CR before it is kept)
    QByteArray right;
    bool leftNoNewline = false; ///< this left line is the last and has no final newline
    bool rightNoNewline = false;
    ChangeKind change = ChangeKind::Content; ///< for Changed rows
};

/// Aligns the hunks of `diff` into rows: context on both sides; in each change block the k-th
/// deleted line sits beside the k-th added one, surplus lines face an empty cell.
QList<SideBySideRow> sideBySideRows(const FileDiff& diff);

/// Line content for display with invisible characters shown: CR as U+240D, tab as U+2192,
/// space as U+00B7 (for lines whose change is whitespace or line-ending only). Invalid UTF-8
/// shows as U+FFFD.
QString showInvisibles(const QByteArray& content);

} // namespace gmd
