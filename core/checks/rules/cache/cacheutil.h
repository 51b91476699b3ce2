// SPDX-License-Identifier: MIT
#pragma once

#include "checks/facts.h"

#include <QString>

namespace gmd::rules::cache {

/// True when the go command never writes `dir` (empty path, GOCACHE=off, a relative path that
/// go rejects before touching it): the cache checks have nothing to say about it.
bool isInspectableCacheDir(const DirFacts& dir);

/// The folder whose permissions or file system decide for `dir`: the folder itself when it
/// exists, else its nearest existing ancestor (go creates the rest with mkdir -p).
QString decidingDir(const DirFacts& dir);

/// "512 MiB", "3.2 GiB": binary units with at most one decimal.
QString formatBytes(qint64 bytes);

} // namespace gmd::rules::cache
