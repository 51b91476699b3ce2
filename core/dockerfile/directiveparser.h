// SPDX-License-Identifier: MIT
#pragma once

// Parser directives (spec A2): the line-by-line directive parser shared by the main parser and
// the stand-alone detectors BuildKit uses for `syntax` and `check`.

#include "dockerfile/dockerfileast.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

namespace gmd {

/// BuildKit's DirectiveParser: feed it lines until done(); it stops for good at the first line
/// that is not a known directive (A2.3) and reports a known key seen twice (A2.4).
class DirectiveParser
{
public:
    /// `commentPrefix` is "#" (or "//" for DetectSyntax); `firstLine` is the line before the first fed line.
    explicit DirectiveParser(const QByteArray& commentPrefix = "#", int firstLine = 0);

    /// Parses one line (without its line ending). Returns the directive, or nothing; sets
    /// `error` to "only one <key> parser directive can be used" on a duplicate.
    std::optional<DockerDirective> parseLine(const QByteArray& line, QString* error);
    /// True once scanning has ended for good (A2.3).
    bool done() const { return m_done; }

private:
    QByteArray m_prefix;
    int m_line = 0;
    bool m_done = false;
    QSet<QString> m_seen;
};

/// Matches `key = value` (the part after the comment prefix, left-trimmed) like BuildKit's
/// regexp `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` (A2.1); false when it does not match.
bool matchDirective(const QByteArray& text, QByteArray* key, QByteArray* value);

/// DetectSyntax (A2.7, A2.8): `# syntax=` (BOM and a shebang line skipped, no indentation),
/// else `// syntax=`, else a JSON object with a string member "syntax". The directive's value
/// is the full text; `effective` receives what BuildKit uses (the text before the first space,
/// or the whole JSON string).
std::optional<DockerDirective> detectSyntaxDirective(const QByteArray& content, QString* effective = nullptr);

/// ParseDirective(key) (A2.7): like detectSyntaxDirective but `#` comments only (used for `check`).
std::optional<DockerDirective> detectDirective(
    const QString& key, const QByteArray& content, QString* effective = nullptr);

} // namespace gmd
