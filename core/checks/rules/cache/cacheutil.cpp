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

QString formatBytes(qint64 bytes)
{
    constexpr qint64 kMiB = qint64(1) << 20;
    constexpr qint64 kGiB = qint64(1) << 30;
    if (bytes >= kGiB)
        return u"%1 GiB"_s.arg(double(bytes) / double(kGiB), 0, 'f', bytes >= 100 * kGiB ? 0 : 1);
    if (bytes >= kMiB)
        return u"%1 MiB"_s.arg(bytes / kMiB);
    return u"%1 KiB"_s.arg(bytes / 1024);
}

} // namespace gmd::rules::cache
