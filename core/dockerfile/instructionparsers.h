// SPDX-License-Identifier: MIT
#pragma once

// Internal: the per-instruction converters behind parseDockerInstruction (spec B2-B4).

#include "dockerinstruction.h"

namespace gmd::detail {

QString atLeastOne(const char* command);
QString exactlyOne(const char* command);
/// nodeArgs: ONBUILD contributes its child's keyword and arguments.
QStringList nodeArgs(const DockerNode& node);
/// getComment: the text after "name " in the first attached comment that starts so.
QString commentFor(const QStringList& comments, const QString& name);
/// handleJSONArgs: exec form as is, shell form joined into one string.
QStringList jsonArgs(const DockerNode& node);
/// ShellDependantCmdLine of RUN/CMD/ENTRYPOINT.
CommandLine commandLine(const DockerNode& node);
/// parseKvps for ENV/LABEL (B3.1).
bool parseKeyValues(const DockerNode& node, const char* command, QList<KeyValuePair>* out, QString* error);

/// FROM: stage name rules (B1.2) and --platform.
bool parseFrom(const DockerNode& node, FromInstruction* from, QString* error);
/// RUN: --device, --mount (B4), --network, --security in upstream's hook order.
bool parseRun(const DockerNode& node, RunInstruction* run, QString* error);
/// COPY: sources, destination, heredoc sources (A8.9) and its flags (B2.3).
bool parseCopy(const DockerNode& node, CopyInstruction* copy, QString* error);
/// ADD: as COPY with ADD's flags.
bool parseAdd(const DockerNode& node, AddInstruction* add, QString* error);
/// HEALTHCHECK: NONE or CMD with durations and retries (B3.6).
bool parseHealthcheck(const DockerNode& node, HealthcheckInstruction* hc, QString* error);
/// ONBUILD: trigger checks (B3.8), stored expression (A8.11) and the parsed trigger.
bool parseOnbuild(const DockerNode& node, OnbuildInstruction* ob, QString* error);

} // namespace gmd::detail
