// SPDX-License-Identifier: MIT
#pragma once

#include "checks/facts.h"
#include "checks/finding.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gmd::rules {

/// True for a module path whose host has a dot and is not on the well-known public list
/// (isWellKnownPublicHost): such a path most likely lives on a private server (H5).
bool looksPrivate(const QString& modulePath);

/// A fixed sample of well-known public module paths (github.com/stretchr/testify, golang.org/x/text,
/// google.golang.org/grpc, gopkg.in/yaml.v3, go.uber.org/zap, k8s.io/api) that private-module
/// patterns should never match.
const QStringList& publicModuleSample();

/// The paths of publicModuleSample() that `glob` (one glob of a pattern list) matches.
QStringList publicSampleMatches(const QString& glob);

/// The routes of the project's requirements in `ctx`: the collector's for the host, computed
/// with the same rules (resolveModuleRoute) for every other environment.
QList<ModuleRoute> routesFor(const EnvContext& ctx, const Facts& facts);

/// True when `ctx` is the machine the doctor runs on (not a Dockerfile context).
bool isHostContext(const EnvContext& ctx, const Facts& facts);

/// A pattern list with `additions` appended: the existing globs as the user most likely meant
/// them (correctedPatternList), then every addition that is neither already written nor already
/// matched by the list. Comma-separated, no blanks (PRIV-1).
QString mergePatterns(const QString& existing, const QStringList& additions);

/// Appends a sentence to a fix description that may end in ':' (fixSetVariable/fixUnsetVariable
/// introduce their commands that way), turning that ':' into '.'.
void appendFixSentence(FixHint& fix, const QString& sentence);

/// The go.mod line of the requirement (or replacement target) `path`, when there is one.
std::optional<SourceLocation> requirementLocation(const Facts& facts, const QString& path);

} // namespace gmd::rules
