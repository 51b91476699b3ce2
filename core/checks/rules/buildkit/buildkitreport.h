// SPDX-License-Identifier: MIT
#pragma once

// BuildKit's build checks over one Dockerfile of the Facts, computed once and shared by every
// BuildKit rule wrapper (they run in parallel, each asking for the same report).

#include "buildcheck/buildcheck.h"
#include "docker/dockerfilefacts.h"

namespace gmd::rules {

/// runBuildChecks() over `df` as a normal `docker build` of its target sees it: the Dockerfile's
/// ignore-file matcher, the build args the analysis recorded, only the stages the target needs.
/// Thread-safe; the result is cached by content (file, text, args, target, ignore patterns).
BuildCheckReport buildKitReport(const DockerfileFacts& df);

/// The --build-arg values recorded in an analysis (global and in-stage ARGs given a BuildArg
/// value, proxy build args). Names no ARG declares are not recorded, except the proxy ones.
QHash<QString, QString> recordedBuildArgs(const DockerfileAnalysis& analysis);

} // namespace gmd::rules
