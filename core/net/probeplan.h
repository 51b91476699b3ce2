// SPDX-License-Identifier: MIT
#pragma once

#include "env/goenvironment.h"
#include "env/routes.h"
#include "net/probetypes.h"

#include <QList>

namespace gmd {

/// Plans the probes of one environment (the host's, or a Dockerfile stage's):
/// * every GOPROXY entry in order, with real protocol URLs for a PUBLIC requirement of the
///   project (`<proxy>/<escaped module>/@v/list` and `.info` of its version), or the
///   well-known fallback module when the project has none (PROXY-8, PROTO-1, H1, H15);
/// * the checksum database along cmd/go's path: each proxy's `/sumdb/<name>/supported` in
///   order, then `https://<name>/latest`, or the explicit GOSUMDB URL (SUMDB-2..4, H4);
/// * for each private module fetched directly, DNS + TCP + TLS to `<host>:443` only: no HTTP
///   request, no credentials, its path is sent nowhere (H5, VCS-1).
/// A module matching GONOPROXY or GOPRIVATE is never put into a URL sent to a proxy; when even
/// the fallback matches, proxies get a connection-only probe. `routes` are the project's
/// requirements as resolved for this environment. Pure function.
ProbePlan planProbes(const EffectiveEnv& env, const QList<ModuleRoute>& routes, const ProbeOptions& options = {});

} // namespace gmd
