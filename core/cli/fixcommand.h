// SPDX-License-Identifier: MIT
#pragma once

#include "cli/cli.h"

namespace gmd::cli {

/// `gomoddoctor-cli fix [DIR] [--list | --show ID | --apply ID ... | --apply-safe]` (issue 5 section 5).
int runFix(const QStringList& arguments, const CliContext& ctx);

/// `gomoddoctor-cli undo [--last | JOURNAL-ID]`.
int runUndo(const QStringList& arguments, const CliContext& ctx);

/// Help for the fix and undo commands.
QString fixHelpText();

} // namespace gmd::cli
