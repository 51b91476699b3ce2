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

/// Parses "file:line[:col]" (SourceLocation::toString()); 0 when not a location.
int lineOfLocationText(const QString& text);

} // namespace gmd::fixgen
