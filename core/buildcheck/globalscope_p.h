// SPDX-License-Identifier: MIT
#pragma once

// Internal: the global scope FROM lines and in-stage ARGs see (spec dockerfile.md S1-S3).

#include "buildcheck/buildcheck.h"
#include "buildcheck/platformspec.h"
#include "dockershell/shellenv.h"

#include <QString>
#include <QStringList>

namespace gmd {

struct GlobalScope
{
    QChar escape = u'\\'; ///< the Dockerfile's escape token (A2.5)
    ShellEnv env; ///< automatic args, then global ARGs with their values, build args applied (S1, S2)
    ShellEnv defaults; ///< the same from ARG defaults only, no build args for global ARGs (InvalidDefaultArgInFrom)
    bool defaultsOk = true; ///< false when a default failed to expand (BuildKit then skips that check)
    QStringList declared; ///< every global ARG name, with or without a value
    QHash<QString, QString> buildArgs; ///< --build-arg values
    PlatformSpec target; ///< the target platform (stage OS when FROM has no --platform)
};

/// S1/S2: automatic args (TARGETPLATFORM, BUILDOS, ..., TARGETSTAGE; a build arg of the same name
/// overrides) followed by the global ARGs in order: a build arg wins verbatim, else the default
/// expanded against the scope so far, else the ARG is declared but unset.
GlobalScope computeGlobalScope(const DockerfileModel& model, const BuildCheckOptions& options);

} // namespace gmd
