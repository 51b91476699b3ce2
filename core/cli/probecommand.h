// SPDX-License-Identifier: MIT
#pragma once

#include "checks/factscollector.h"
#include "cli/cli.h"

#include <functional>
#include <optional>

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

/// The proxy-ranking options that probe and fix share (issue 4 section 2): --rank-proxies,
/// --proxy URL (repeatable, implies --rank-proxies), --no-defaults, --rounds N.
struct RankingArgs
{
    bool rank = false;
    QStringList proxies;
    bool defaults = true;
    int rounds = 3;

    /// Consumes `arg` when it is one of these options (`take` reads its value): nullopt when it
    /// is not, "" when it was taken, else the usage error.
    std::optional<QString> parse(const QString& arg, const std::function<bool(QString*)>& take);
    /// Turns ranking on in `co` (rankProxies and rankingOptions) when asked for.
    void applyTo(CollectOptions& co) const;
};

} // namespace gmd::cli
