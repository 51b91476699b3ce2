// SPDX-License-Identifier: MIT
#pragma once

#include "cli/cli.h"

namespace gmd::cli {

/// `gomoddoctor-cli check [DIR] [--format text|json|sarif] [--no-network] [--go PATH]
/// [--fail-on error|warning|never] [--color auto|always|never] [--output FILE]`.
int runCheck(const QStringList& arguments, const CliContext& ctx);

/// Help for the check command.
QString checkHelpText();

} // namespace gmd::cli
