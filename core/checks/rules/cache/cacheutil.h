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

} // namespace gmd::rules::cache
