// SPDX-License-Identifier: MIT
#pragma once

#include "checks/facts.h"
#include "checks/finding.h"
#include "fix/fixplan.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace gmd::fixgen {

/// Undoes shellQuote() (checks/checkutil.h): '...' segments, '\'' and backslash escapes.
QString shellUnquote(const QString& word);

/// The environment a finding was found in (by Finding::environment), or nullptr.
const EnvContext* contextOf(const Facts& facts, const Finding& finding);

/// The Dockerfile whose display path or path is `file`, or nullptr.
const DockerfileFacts* dockerfileOf(const Facts& facts, const QString& file);

/// The node of the instruction starting at `line` (1-based), or nullptr.
const DockerNode* nodeAt(const DockerfileAst& ast, int line);

/// The current bytes of a file to edit; nullopt when it cannot be read as text.
std::optional<QByteArray> readOriginal(const QString& path);

/// A plan skeleton for `finding` with id makeFixPlanId(id, subject, n).
FixPlan planFor(const Finding& finding, int n, const QString& title, FixSafety safety);

/// A file edit replacing lines [first, first + count) (1-based `first`) of `original` with
/// `lines`, keeping the BOM, line endings and final newline (TextDocument).
FileEdit replaceLinesEdit(
    const QString& path, const QByteArray& original, int first, int count, const QStringList& lines);

/// The edits of the shell startup files under `home` (sh, bash, zsh; fish's config.fish under
/// `xdgConfigHome`, default ~/.config) that assign `name`: every such line set to `newValue` or,
/// for nullopt, disabled (": # disabled by Go Module Doctor (<checkId>): <line>"; fish: commented
/// out). `blocked` when some line assigning `name` is not one plain assignment (a command
/// substitution, a compound command, a continuation) or a file cannot be read: then no edit is
/// provably right and the caller offers none.
struct ProfileEdits
{
    QList<FileEdit> edits;
    QStringList where; ///< "~/.bashrc:12", one per changed line
    bool blocked = false;

    bool usable() const { return !blocked && !edits.isEmpty(); }
};
ProfileEdits profileEdits(const QString& home, const QString& xdgConfigHome, const QString& name,
    const std::optional<QString>& newValue, const QString& checkId);

/// Parses "file:line[:col]" (SourceLocation::toString()); 0 when not a location.
int lineOfLocationText(const QString& text);

} // namespace gmd::fixgen
