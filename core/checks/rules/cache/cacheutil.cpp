// SPDX-License-Identifier: MIT
#include "cacheutil.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules::cache {

bool isInspectableCacheDir(const DirFacts& dir)
{
    return !dir.path.isEmpty() && dir.path != u"off"_s && QDir::isAbsolutePath(dir.path);
}

QString decidingDir(const DirFacts& dir)
{
    return dir.exists ? dir.path : dir.firstExisting;
}

} // namespace gmd::rules::cache
