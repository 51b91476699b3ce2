// SPDX-License-Identifier: MIT
#pragma once

// The parse tree of a Dockerfile as BuildKit's parser builds it (spec dockerfile.md section A):
// one node per instruction with its keyword, flags, argument list, heredocs and source lines.

#include "common/diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace gmd {

/// One heredoc body attached to an instruction (spec A8).
struct DockerHeredoc
{
    QString name; ///< delimiter with shell quoting removed (A8.4)
    QString content; ///< body lines with their original line endings, not chomped (A8.7)
    bool expand = true; ///< false when any part of the delimiter was quoted (A8.4)
    bool chomp = false; ///< written as <<- (A8.8)
    quint64 fileDescriptor = 0; ///< the digits before << (0 when absent)
    int startLine = 0; ///< first body line (1-based); equals endLine for an empty body
    int endLine = 0; ///< line of the terminator

    friend bool operator==(const DockerHeredoc&, const DockerHeredoc&) = default;
};

/// Where a piece of the logical line came from, so offsets can be mapped back to the file.
struct DockerLineSegment
{
    int offset = 0; ///< offset in DockerNode::original (UTF-16 units)
    int line = 0; ///< physical line (1-based)
    int column = 1; ///< column of that piece in the physical line (1-based)

    friend bool operator==(const DockerLineSegment&, const DockerLineSegment&) = default;
};

/// One instruction (spec A5/A6).
struct DockerNode
{
    QString keyword; ///< as written (casing kept for lint checks)
    QString lowerKeyword; ///< lower-cased keyword
    QStringList flags; ///< leading --flags as the flag scanner returns them (A5.3)
    QStringList args; ///< argument list shaped per instruction (A6.1); empty for ONBUILD
    bool json = false; ///< exec (JSON array) form (A7)
    QList<DockerHeredoc> heredocs; ///< bodies read after the line (A8)
    std::shared_ptr<DockerNode> child; ///< the instruction wrapped by ONBUILD, else null
    int startLine = 0; ///< first physical line (1-based)
    int endLine = 0; ///< last physical line consumed, heredocs included (A1.4)
    int column = 1; ///< column of the keyword in startLine (1-based)
    QString original; ///< the logical line after continuation joining (A4);
                      ///< empty below ONBUILD's direct child
    QList<DockerLineSegment> segments; ///< origin of each joined piece of `original`
    QStringList prevComments; ///< attached comments (A3.3)
    bool emptyContinuation = false; ///< an empty line occurred inside the continuation (A4.4)
    QList<int> emptyContinuationLines; ///< those lines

    DockerNode() = default;
    DockerNode(const DockerNode&) = default;
    DockerNode(DockerNode&&) noexcept = default;
    DockerNode& operator=(const DockerNode&) = default;
    DockerNode& operator=(DockerNode&&) noexcept = default;
    /// Releases a long ONBUILD chain without deep recursion.
    ~DockerNode();

    /// True for a known instruction keyword (A5.1).
    bool isKnownInstruction() const;
    /// Maps an offset in `original` to a file position (line, column; file left empty).
    SourceLocation locate(int offset) const;
};

/// A parser directive found at the top of the file (spec A2).
struct DockerDirective
{
    QString name; ///< lower-cased key
    QString value; ///< everything after '=' with trailing whitespace removed
    int line = 0; ///< physical line (1-based)

    friend bool operator==(const DockerDirective&, const DockerDirective&) = default;
};

/// The directives as BuildKit sees them.
struct DockerfileDirectives
{
    QList<DockerDirective> parsed; ///< what the main parser accepted, in order (A2.1-A2.6)
    QChar escapeToken = u'\\'; ///< A2.5
    int escapeLine = 0; ///< line of `# escape=`, 0 when defaulted
    std::optional<DockerDirective> syntax; ///< DetectSyntax (A2.7/A2.8); value is the full text
    QString syntaxRef; ///< value up to the first space: the frontend image
    std::optional<DockerDirective> check; ///< ParseDirective("check") (A2.7); value is the full text
    QString checkOptions; ///< value up to the first space
};

/// The result of parsing: nodes, directives, warnings and at most one fatal error.
struct DockerfileAst
{
    QString fileName;
    QList<DockerNode> nodes; ///< instructions parsed before any fatal error
    DockerfileDirectives directives;
    Diagnostics diagnostics; ///< warnings (empty continuation lines)
    std::optional<Diagnostic> error; ///< fatal parse error with BuildKit's message (A9)
    int lineCount = 0; ///< physical lines in the input
    QStringList lines; ///< decoded physical lines without line endings (for messages)

    /// True when the parse succeeded.
    bool ok() const { return !error.has_value(); }
};

} // namespace gmd
