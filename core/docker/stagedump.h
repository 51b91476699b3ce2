// SPDX-License-Identifier: MIT
#pragma once

#include "docker/dockeranalysis.h"

#include <QString>

namespace gmd {

/// The text of `gomoddoctor-cli dockerfile stages FILE`: the stage graph (names, bases,
/// parents, COPY --from, reachability, the target) and, for every go-invoking RUN, the go
/// command's effective environment with sources and lines. Secrets are masked.
QString describeStages(const DockerfileAnalysis& analysis);

/// The variables describeStages() prints for each RUN, in order.
const QStringList& describedGoVariables();

} // namespace gmd
