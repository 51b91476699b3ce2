// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace gmd {

/// A position in a text file. Lines and columns are 1-based; 0 means "unknown".
/// Columns count UTF-16 code units of the decoded line (what an editor shows for ASCII).
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;
    int endLine = 0; ///< last line of a multi-line construct; 0 means the same as `line`

    bool isValid() const { return line > 0; }
    /// "file:line:col", leaving out unknown parts ("file", "file:3").
    QString toString() const;
    friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

enum class DiagnosticLevel { Error, Warning, Note };

/// A parser diagnostic. Parsers return these as values; nothing throws.
struct Diagnostic
{
    DiagnosticLevel level = DiagnosticLevel::Error;
    SourceLocation location;
    QString message;
    QString sourceLine; ///< the text of the offending line, shown with a caret

    /// "file:line:col: error: message", then (when sourceLine is known) the line,
    /// cut to 72 columns around the column, and a caret under the column (ninja style).
    QString format() const;
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

using Diagnostics = QList<Diagnostic>;

/// True if any diagnostic is an error.
bool hasErrors(const Diagnostics& diagnostics);

/// Convenience constructor for the common case.
Diagnostic makeDiagnostic(DiagnosticLevel level, const QString& file, int line, int column, const QString& message,
                          const QString& sourceLine = {});

QString levelName(DiagnosticLevel level);

} // namespace gmd
