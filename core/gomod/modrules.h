// SPDX-License-Identifier: MIT
#pragma once

#include "modsyntax.h"
#include "modtypes.h"

#include <optional>

/// Directive rules shared by go.mod and go.work (modfile/rule.go): string and version arguments,
/// go/toolchain/godebug/replace lines, comments attached to directives.
namespace gmd::modrules {

/// Where one directive line's diagnostics go: all of them are positioned at the line start,
/// like the go command's.
class LineContext
{
public:
    LineContext(modsyntax::DiagnosticSink& sink, const modsyntax::Line& line)
        : m_sink(sink)
        , m_line(line)
    { }
    /// Reports an error at the line start.
    void error(const QString& message) const;
    /// Reports a warning at the line start.
    void warning(const QString& message) const;
    /// The line start as a SourceLocation (for the model's `location` fields).
    SourceLocation location() const;
    const modsyntax::Line& line() const { return m_line; }

private:
    modsyntax::DiagnosticSink& m_sink;
    const modsyntax::Line& m_line;
};

/// modfile's "verb path: " / "verb: " prefix of errors about one module.
QString directivePrefix(const QString& verb, const QString& modPath);

/// modfile parseString: a "quoted" token is unquoted; other tokens must not contain quotes.
/// On failure `error` is "invalid syntax" or "unquoted string cannot contain quote".
bool parseString(const QString& token, QString* out, QString* error);

/// The outcome of reading a version argument.
struct VersionResult
{
    QString version; ///< canonical version ("" on error)
    QString error; ///< full message, e.g. `require x: version "master" invalid: must be of the form v1.2.3`
    QString notCanonical; ///< warning text when the version is valid but not canonical ("v1.2")
    bool ok() const { return error.isEmpty(); }
};

/// modfile parseVersion without a fixer: the version must be a (canonicalisable) semantic version.
VersionResult parseVersion(const QString& verb, const QString& path, const QString& token);

/// Reports a VersionResult's error or warning; returns ok().
bool reportVersion(const LineContext& ctx, const VersionResult& v);

/// `go 1.21` (`lax`: modfile.ParseLax's lenient go line). Returns the version or "" after an error.
QString parseGoLine(const LineContext& ctx, const QStringList& args, bool alreadySeen, bool lax);

/// `toolchain go1.22.3`. Returns the name or "" after an error.
QString parseToolchainLine(const LineContext& ctx, const QStringList& args, bool alreadySeen);

/// `godebug key=value`.
std::optional<ModGodebug> parseGodebugLine(const LineContext& ctx, const QStringList& args);

/// `replace old [v] => new [v]` (modfile parseReplace).
std::optional<ModReplace> parseReplaceLine(const LineContext& ctx, const QString& verb, const QStringList& args);

/// The go command's "conflicting replacements" check (modload toReplaceMap): a second replace of
/// the same old path@version with a different target is an error.
void checkConflictingReplace(const LineContext& ctx, const QList<ModReplace>& earlier, const ModReplace& added);

/// modfile parseDirectiveComment: the line's comments (or its block's, when the line has none),
/// without "//", trimmed, joined by '\n'.
QString directiveComment(const modsyntax::Line& line, const modsyntax::Block* block);

/// modfile isIndirect: the first suffix comment is "// indirect" or starts with "// indirect;".
bool isIndirect(const modsyntax::Line& line);

/// modfile parseDeprecation: the first "Deprecated:" paragraph of the comment text, or nullopt.
std::optional<QString> parseDeprecation(const QString& comment);

/// The arguments of a line: tokens after the verb, or all tokens of a block line.
QStringList lineArgs(const modsyntax::Line& line);

/// The verb of a line: its first token, or the block's verb.
QString lineVerb(const modsyntax::Line& line, const modsyntax::Block* block);

} // namespace gmd::modrules
