// SPDX-License-Identifier: MIT
#pragma once

// Inline suppressions in a Dockerfile: `# gomoddoctor ignore=GMD123[,GMD124] -- reason` on the
// comment line(s) directly above an instruction.

#include "dockerfile/dockerfileast.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gmd {

struct Suppression
{
    QStringList ids; ///< check ids as written, upper-cased ("GMD123")
    QString reason; ///< text after `--`, trimmed; empty when none was given (the engine reports that)
    int line = 0; ///< the comment's line
    int instructionLine = 0; ///< the instruction it applies to; 0 when no instruction follows directly
    QString file;
};

/// Finds every `# gomoddoctor ignore=...` comment. A comment applies to the instruction that
/// directly follows its block of comment lines (blank lines and instructions end the block).
/// Malformed ones (no ids) become warnings in `diagnostics` when given.
QList<Suppression> parseSuppressions(const DockerfileAst& ast, Diagnostics* diagnostics = nullptr);

} // namespace gmd
