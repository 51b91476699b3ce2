// SPDX-License-Identifier: MIT
#pragma once

// What the build-context rules (GMD40x) share.

#include "checks/facts.h"

#include <QString>

namespace gmd::rules {

/// Where a Dockerfile sends its whole context: the first COPY/ADD of `.` (or a bind mount of the
/// context root) in a stage the target needs; invalid when it never does. BuildKit transfers only
/// the paths COPY/ADD name unless one of them is the whole context (spec dockerfile.md G6).
SourceLocation wholeContextSentAt(const DockerfileFacts& df);

/// A context-relative COPY/ADD source as BuildKit cleans it ("" = the whole context).
QString contextRelative(const QString& source);

/// True when the Dockerfile sends the context path `path` (whole context, or a COPY/ADD/bind
/// source that is the path or one of its folders), in a stage the target needs.
bool contextPathSent(const DockerfileFacts& df, const QString& path);

/// "12 files, 3.4 MB".
QString filesAndBytes(qint64 files, qint64 bytes);

} // namespace gmd::rules
