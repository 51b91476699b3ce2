// SPDX-License-Identifier: MIT
#pragma once

#include "dockerfile/dockerfileast.h"

#include <QByteArray>
#include <QString>

namespace gmd {

/// BuildKit's parser.Parse as a pure function (spec A1-A9): bytes in, nodes plus directives,
/// warnings and at most one fatal error out. A rejected file still yields the nodes parsed
/// before the error. `fileName` only labels diagnostics.
DockerfileAst parseDockerfile(const QByteArray& content, const QString& fileName = QStringLiteral("Dockerfile"));

} // namespace gmd
