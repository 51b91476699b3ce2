// SPDX-License-Identifier: MIT
#pragma once

#include "checks/finding.h"
#include "env/goenvironment.h"

#include <QString>

namespace gmd::rules {

/// Where a value is set, for messages: "the OS environment", "the go env -w file
/// (/home/u/.config/go/env:3)", "Dockerfile ENV (Dockerfile:12)".
QString whereSet(const EnvValue& value);

/// Evidence for `value` whose source reads "path:line" for values from a file.
Evidence fileEvidence(const EnvValue& value);

/// True for values that reach go through its process environment: the OS environment, or what
/// a Dockerfile gives a RUN (ENV, ARG, build args, the base image). These beat the env files.
bool isProcessEnvironment(EnvSource source);

/// The first of `value` and its hidden values that comes from `source`, or nullptr.
const EnvValue* findSource(const EnvValue& value, EnvSource source);

} // namespace gmd::rules
