// SPDX-License-Identifier: MIT
#pragma once

// The instruction layer (spec B1): typed instructions grouped into global ARGs and build stages.

#include "dockerfile/dockerfileast.h"
#include "dockerfile/dockerinstruction.h"

#include <QList>
#include <QString>

namespace gmd {

struct DockerStage
{
    int index = 0;
    QString name; ///< lower-cased `AS` name, empty when unnamed
    QString baseName; ///< FROM image text as written (not expanded)
    QString platform; ///< FROM --platform as written
    QString comment; ///< description from the attached comment "name ..." (A3.3)
    int baseStageIndex = -1; ///< earlier stage named exactly like baseName (B1.3), -1 otherwise
    bool valid = true; ///< false when its FROM failed; later instructions still attach here
    DockerInstruction from;
    QList<DockerInstruction> commands;

    /// The name BuildKit prints: the stage name or "stage-<index>".
    QString displayName() const;
};

struct DockerfileModel
{
    QString fileName;
    QChar escapeToken = u'\\';
    QList<DockerInstruction> globalArgs; ///< ARGs before the first FROM (B1.1)
    QList<DockerStage> stages;
    /// Errors in file order; the first Error is the one BuildKit reports. Includes the parser's
    /// fatal error and warnings.
    Diagnostics diagnostics;

    /// Index of the stage named `name` (case-insensitive, like COPY --from), or -1.
    int findStage(const QString& name) const;
    /// Resolves a COPY --from / RUN --mount from= reference seen in stage `current` (B1.3):
    /// a decimal number is a stage index, else a stage name (case-insensitive). Returns the stage
    /// index; -1 with `error` empty means "not a stage" (an image reference); -1 with `error`
    /// set is BuildKit's error for that reference.
    int resolveStageReference(const QString& ref, int current, QString* error) const;
};

/// Converts a parse result into stages (spec B). Never fails; problems become diagnostics.
DockerfileModel buildDockerfileModel(const DockerfileAst& ast);

} // namespace gmd
