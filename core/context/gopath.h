// SPDX-License-Identifier: MIT
// Deprecated aliases: Go's path/filepath now lives in common/go/path.h (gmd::go::pathClean,
// pathMatch, ...). These forwarders only keep code written against the old gmd::gopath names
// compiling until it moves over (core/checks/rules/docker); they hold no behaviour of their own.
#pragma once

#include "common/go/path.h"

namespace gmd::gopath {

using MatchResult = go::MatchResult;

inline QChar separator(PathStyle style)
{
    return go::pathSeparator(style);
}
inline QString clean(QStringView path, PathStyle style = PathStyle::Unix)
{
    return go::pathClean(path, style);
}
inline QString dir(QStringView path, PathStyle style = PathStyle::Unix)
{
    return go::pathDir(path, style);
}
inline QString fromSlash(QStringView path, PathStyle style)
{
    return go::fromSlash(path, style);
}
inline QString toSlash(QStringView path, PathStyle style)
{
    return go::toSlash(path, style);
}
inline MatchResult match(QStringView pattern, QStringView name, PathStyle style = PathStyle::Unix)
{
    return go::pathMatch(pattern, name, style);
}

} // namespace gmd::gopath
