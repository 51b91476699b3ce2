// SPDX-License-Identifier: MIT
#pragma once

// Per-instruction argument shapes (spec A6, A7; BuildKit line_parsers.go) and the construction
// of a node from one logical line (newNodeFromLine).

#include "dockerfile/dockerfileast.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace gmd {

/// Quote-aware words (A6.3): quotes and escapes stay in the words.
QStringList parseDockerWords(const QString& rest, QChar escapeToken);

/// Builds the node for one logical line: keyword, flags, arguments, json attribute and, for
/// ONBUILD, the wrapped child (A5/A6/A7). Lines and comments are left for the caller. On an
/// argument error returns nothing and sets `error` to BuildKit's message (A9).
std::optional<DockerNode> nodeFromLine(const QByteArray& line, char escapeToken, QString* error);

} // namespace gmd
