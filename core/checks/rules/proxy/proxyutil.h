// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace gmd::rules {

/// The GOPROXY value the user most likely meant: literal quotes removed, ';' and blanks between
/// entries turned into ',', DIRECT/Direct/"direct/" turned into `direct`, '\r' removed.
/// Returns "" when the result would still not parse (then no fix is offered).
QString suggestGoProxy(const QString& value);

/// True for the host of a well-known public module proxy (proxy.golang.org, goproxy.cn, ...).
bool isPublicProxyHost(const QString& host);

} // namespace gmd::rules
