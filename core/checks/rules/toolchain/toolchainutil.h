// SPDX-License-Identifier: MIT
#pragma once

#include "checks/finding.h"
#include "env/goenvironment.h"
#include "gocmd/gotoolchain.h"

#include <QString>

namespace gmd {
struct Facts;
} // namespace gmd

namespace gmd::rules {

/// What toolchain selection (TC-2/TC-3) does in one environment, with the inputs it read.
struct ToolchainView
{
    bool applicable = false;
    QString skipReason; ///< why the selection could not be evaluated
    QString modFile; ///< "go.mod" or "go.work" (the file whose lines count), "" when none
    QString modPath; ///< its path
    QString goLine; ///< its go line ("1.22.0"), "" when none
    SourceLocation goLocation;
    QString toolchainLine; ///< its toolchain line ("go1.22.3", "default"), "" when none
    SourceLocation toolchainLocation;
    EnvValue gotoolchain; ///< GOTOOLCHAIN as resolved for the environment
    QString localVersion; ///< the go that runs there ("1.21.5")
    ToolchainDecision decision;
};

/// Evaluates toolchain selection for `ctx` with go.work's lines when a workspace is active,
/// else go.mod's. Not applicable (with a reason) when the local go version is unknown or there
/// is no module file and GOTOOLCHAIN names no toolchain. `onPath` lookups are done on the host's
/// PATH only; for containers nothing counts as installed.
ToolchainView evaluateToolchain(const EnvContext& ctx, const Facts& facts);

/// What made go choose `decision.toolchain`.
enum class ToolchainCause { GoLine, ToolchainLine, Setting };
ToolchainCause causeOf(const ToolchainView& view);

/// "the go line go 1.22.0 (go.mod:3)", "the toolchain line toolchain go1.22.3 (go.mod:5)" or
/// "GOTOOLCHAIN=go1.22.0": the input that chose the toolchain.
QString describeCause(const ToolchainView& view);

/// Sets the subject and location of a finding to the line (or the GOTOOLCHAIN value) that chose
/// the toolchain.
void pointAtCause(Finding& finding, const ToolchainView& view);

/// Adds the evidence of a toolchain finding: go line, toolchain line, local go, GOTOOLCHAIN.
void addToolchainEvidence(Finding& finding, const ToolchainView& view);

/// "go.mod:3" style text for a line of the module file.
QString lineRef(const ToolchainView& view, const SourceLocation& location);

/// The command that rewrites the go line ("go mod edit -go=1.22.0" / "go work edit -go=...").
QString editGoLineCommand(const ToolchainView& view, const QString& version);
/// The command that rewrites the toolchain line ("go mod edit -toolchain=go1.22.0").
QString editToolchainCommand(const ToolchainView& view, const QString& name);

} // namespace gmd::rules
