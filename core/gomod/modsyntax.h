// SPDX-License-Identifier: MIT
#pragma once

#include "common/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// The syntax layer shared by go.mod and go.work (golang.org/x/mod/modfile read.go): lines of
/// tokens, `verb (` ... `)` blocks, `//` comments. Statements are handed to a handler as they
/// are parsed, so a 10 MB file never exists twice in memory.
namespace gmd::modsyntax {

/// A position: 1-based line, 1-based column in UTF-16 units, 0-based byte offset.
struct Pos
{
    int line = 1;
    int column = 1;
    qsizetype byte = 0;
};

/// One `//` comment; `text` keeps the slashes. An empty text marks a blank line inside a block
/// (modfile keeps those to preserve layout; they never carry meaning).
struct Comment
{
    QString text;
    Pos pos;
};

/// A statement line: `require x v1.2.3`, or one line inside a block (then without the verb).
struct Line
{
    QStringList tokens;
    Pos start;
    QList<Comment> before; ///< whole-line comments directly above
    QList<Comment> suffix; ///< the comment at the end of the line (at most one)
    bool inBlock = false;
};

/// A `verb (` ... `)` block header. Its lines are delivered one by one after blockStarted().
struct Block
{
    QStringList tokens; ///< the tokens before "(" (one verb when well formed)
    Pos start;
    QList<Comment> before; ///< whole-line comments directly above the verb
};

/// Receives the statements of a file in order.
class Handler
{
public:
    virtual ~Handler() = default;
    /// A top-level line (block == nullptr) or a line of `block`.
    virtual void line(const Line& line, const Block* block) = 0;
    /// A block starts; its lines follow. Empty blocks (`require ()`) are reported too.
    virtual void blockStarted(const Block& block) = 0;
};

/// Collects diagnostics for one file: adds the source line, caps the count (a file of binary
/// junk must not produce millions of entries) and notes how many were dropped.
class DiagnosticSink
{
public:
    /// Diagnostics for `data` (text from `bodyOffset`) named `fileName`, appended to `out`.
    /// `data` must outlive the sink.
    DiagnosticSink(const QByteArray& data, qsizetype bodyOffset, const QString& fileName, Diagnostics* out);
    /// Adds one diagnostic at `pos` with the text of its line, unless the cap is reached.
    void add(DiagnosticLevel level, const Pos& pos, const QString& message);
    /// Appends the "N more diagnostics not shown" note, if any were dropped.
    void finish();
    const QString& fileName() const { return m_fileName; }

private:
    QString sourceLine(qsizetype byte) const;

    const QByteArray& m_data;
    qsizetype m_bodyOffset;
    QString m_fileName;
    Diagnostics* m_out;
    int m_dropped = 0;
};

inline constexpr int kMaxDiagnostics = 200;

/// 3 when `data` starts with a UTF-8 byte order mark, else 0: where the text proper starts.
qsizetype bodyOffset(const QByteArray& data);

/// Parses `data` from byte `bodyOffset` and feeds `handler`. A BOM is an error for the go command
/// (`unexpected input character '\ufeff'` at 1:1); it is reported, then the text after it is parsed.
/// Syntax errors use modfile's texts ("unexpected newline in string", "syntax error (unterminated
/// block started at go.mod:3:1)" ...). modfile stops at the first one; this parser drops the
/// broken line, reports the error and goes on, so the rest of the file still yields a model.
void parse(const QByteArray& data, qsizetype bodyOffset, Handler& handler, DiagnosticSink& sink);

} // namespace gmd::modsyntax
