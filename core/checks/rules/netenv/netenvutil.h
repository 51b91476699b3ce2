// SPDX-License-Identifier: MIT
#pragma once

#include "checks/facts.h"
#include "checks/finding.h"
#include "gocmd/httpproxy.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace gmd::rules::netenv {

/// Go's reading of HTTPS_PROXY/HTTP_PROXY/NO_PROXY (either case) in `ctx` (NET-3).
HttpProxyConfig proxyConfigOf(const EnvContext& ctx);

/// A URL the go command itself requests over http(s).
struct GoRequest
{
    QUrl url;
    QString what;   ///< "GOPROXY entry", "checksum database", "go-get discovery of git.corp/x"
    QString module; ///< the module, for go-get discovery
};

/// The routes of `ctx`: Facts::hostRoutes for the host, the same go.mod resolved under the
/// context's environment otherwise.
QList<ModuleRoute> routesOf(const EnvContext& ctx, const Facts& facts);

/// True when the first source cmd/go tries for the route is a direct (VCS) fetch.
bool fetchesDirectFirst(const ModuleRoute& route);

/// True when cmd/go looks the repository of `module` up with https://<module>?go-get=1: not for
/// the hosting sites it knows (github.com, bitbucket.org, ...) nor paths with a VCS suffix
/// (host/repo.git), VCS-1.
bool usesGoGetDiscovery(const QString& module);

/// The go-get discovery URL of `module`: https://<module>?go-get=1.
QUrl goGetUrl(const QString& module);

/// The http(s) requests go makes in `ctx`: each GOPROXY URL entry, the checksum database (its
/// explicit URL, else https://<name>), and go-get discovery for modules fetched directly first.
/// Deduplicated by host; at most `limit` entries.
QList<GoRequest> goRequests(const EnvContext& ctx, const Facts& facts, int limit = 12);

/// "through http://user:xxxxx@proxy:3128" or "directly", for one decision (masked).
QString choiceText(const HttpProxyChoice& choice);

/// A fix that gives shell variables new values: `export NAME=value` on the host (these are not
/// go env variables, so `go env -w` refuses them), ENV lines in a Dockerfile context.
FixHint fixShellVariables(const EnvContext& ctx, const QList<std::pair<EnvValue, QString>>& values,
                          const QString& description);

} // namespace gmd::rules::netenv
