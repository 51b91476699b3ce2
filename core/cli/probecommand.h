// SPDX-License-Identifier: MIT
#pragma once

#include "cli/cli.h"

namespace gmd::cli {

/// `gomoddoctor-cli probe [DIR] [--proxy URL ...] [--rank-proxies] ...`: the network probes of
/// every environment (and the proxy ranking) alone, with the network findings (GMD6xx).
int runProbe(const QStringList& arguments, const CliContext& ctx);
QString probeHelpText();

/// `gomoddoctor-cli trace [DIR] [--stage NAME] [--stall-after SECONDS] [--keep-cache]`: the real
/// `go mod download -x` under watch, ended by the diagnosis (stalls joined with the probes).
int runTrace(const QStringList& arguments, const CliContext& ctx);
QString traceHelpText();

/// Seconds as given on the command line ("5", "0.5") to ms; -1 when not a positive number.
int secondsOptionToMs(const QString& text);

} // namespace gmd::cli
