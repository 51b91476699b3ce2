// SPDX-License-Identifier: MIT
#pragma once

#include "cli/cli.h"

namespace gmd::cli {

/// `gomoddoctor-cli dockerfile stages FILE [--context DIR] [--target STAGE] [--build-arg K=V]...`:
/// the stage graph and each go-invoking RUN's effective Go environment with sources.
int runDockerfile(const QStringList& arguments, const CliContext& ctx);

QString dockerfileHelpText();

} // namespace gmd::cli
