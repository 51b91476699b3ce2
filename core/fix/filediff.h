// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace gmd {

struct FixPlan;

/// Options of diffBuffers().
struct DiffOptions
{
    int contextLines = 3; ///< git diff -U<n>
    quint32 mode = 0100644; ///< the file mode shown on the "index" line of the unified text
    bool oldMissing = false; ///< the file is created: "new file mode", "--- /dev/null"
};

/// What a diff line is. NoNewline is git's "\ No newline at end of file" marker; it follows
/// the line (of the side in `DiffLine::side`) that has no final newline.
enum class DiffLineKind { Context, Added, Deleted, NoNewline };

/// Why a changed line differs from its partner (the deleted/added line at the same position of
/// its change block). The issue requires such changes to stay visible in every view.
enum class ChangeKind {
    Content, ///< a real change (or an unpaired line)
    WhitespaceOnly, ///< equal after removing spaces, tabs and other whitespace
    LineEndingOnly, ///< differs only in a CR before the LF or in the final newline
};

/// One line of a hunk. Content never includes the final '\n'; a CR before it is kept.
struct DiffLine
{
    DiffLineKind kind = DiffLineKind::Context;
    int oldLine = -1; ///< 1-based in the old text; -1 for added lines and markers of the new side
    int newLine = -1; ///< 1-based in the new text; -1 for deleted lines and markers of the old side
    QByteArray content;
    bool hasNewline = true; ///< false for the last line of a text without a final newline
    ChangeKind change = ChangeKind::Content; ///< for Added/Deleted lines that pair with a partner
    /// For NoNewline markers: which side lacks the newline ('-' old, '+' new, ' ' both).
    char side = ' ';
};

/// One hunk: "@@ -oldStart,oldCount +newStart,newCount @@ <section>".
struct DiffHunk
{
    QByteArray header; ///< the whole header line as git prints it, without '\n'
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;
};

/// The differences between two versions of one file (issue 5 section 3).
struct FileDiff
{
    QString path;
    bool binary = false; ///< "Binary files a/p and b/p differ": no hunks
    bool identical = false;
    bool oldMissing = false;
    quint32 mode = 0100644;
    QByteArray oldBlobId; ///< git blob ids (hex) of both versions, for the "index" line
    QByteArray newBlobId;
    QList<DiffHunk> hunks;
    int additions = 0;
    int deletions = 0;
    QString error; ///< libgit2's message when the diff could not be computed

    bool ok() const { return error.isEmpty(); }
    /// True when some changed line differs only in whitespace or line ending.
    bool hasInvisibleChanges() const;
};

/// Diffs two buffers with libgit2 (git's xdiff, Myers with the indent heuristic: the same
/// hunks `git diff` prints). Buffers with NUL bytes are binary. Thread-safe; call it off the GUI thread for big files.
FileDiff diffBuffers(
    const QString& path, const QByteArray& oldBytes, const QByteArray& newBytes, const DiffOptions& options = {});

/// The diff of every file edit of a plan (original -> replacement), for the preview.
QList<FileDiff> diffPlan(const FixPlan& plan, const DiffOptions& options = {});

} // namespace gmd
