// SPDX-License-Identifier: MIT
#pragma once

// BuildKit's Node.Dump(): the S-expression form used by the parser conformance data
// (shared/conformance/buildkit-parser/README.md).

#include "dockerfile/dockerfileast.h"

#include <QString>

namespace gmd {

/// One instruction without the surrounding parentheses, e.g. `copy ["--from=a"] "x" "/y"`.
QString dumpDockerNode(const DockerNode& node);

/// All instructions, one `(...)` per line, no trailing newline (Go's Dump()).
QString dumpDockerfile(const DockerfileAst& ast);

} // namespace gmd
