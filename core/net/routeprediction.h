// SPDX-License-Identifier: MIT
#pragma once

#include "env/routes.h"
#include "net/probetypes.h"

#include <QList>
#include <QString>

namespace gmd {

/// Predicts, with PROXY-8/9/11 and SUMDB-3, what go will do for `route` given the probe
/// outcomes of its environment: which GOPROXY entry serves it, which are never tried, where it
/// hangs, and how the checksum database is reached. One line, steps joined by "; ", e.g.
/// "proxy.golang.org answered 200 OK → used; sumdb via proxy.golang.org/sumdb/sum.golang.org".
QString describeRoutePrediction(const ModuleRoute& route, const QList<ProbeResult>& results);

} // namespace gmd
