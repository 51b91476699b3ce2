// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace gmd {

/// What a URL in a `# get` line asks for (PROTO-1, SUMDB-3, VCS-1).
struct TraceUrlInfo
{
    enum class Kind {
        Proxy, ///< the module proxy protocol: <base>/<module>/@v/… or /@latest
        SumDb, ///< the checksum database, through a proxy (<base>/sumdb/<name>/…) or directly
        GoGet, ///< direct-mode discovery: https://<path>?go-get=1
        Other, ///< anything else (redirect targets, unknown shapes)
    };
    enum class Endpoint {
        Unknown,
        List, ///< /@v/list
        Info, ///< /@v/<v>.info
        Mod, ///< /@v/<v>.mod
        Zip, ///< /@v/<v>.zip
        Latest, ///< /@latest
        Supported, ///< /sumdb/<name>/supported
        Lookup, ///< …/lookup/<module>@<version>
        Tile, ///< …/tile/…
        SumLatest, ///< …/latest (the signed tree head)
        GoGet, ///< ?go-get=1
    };
    Kind kind = Kind::Other;
    Endpoint endpoint = Endpoint::Unknown;
    QString host; ///< host[:port] of the URL, lower case
    QString base; ///< the proxy base the request went to, when known or guessed ("https://proxy.golang.org")
    QString module; ///< unescaped module path ("!x" -> "X"), or the go-get path
    QString version; ///< unescaped version, empty for list/latest/supported
    QString sumdbName; ///< "sum.golang.org" for SumDb requests

    /// "proxy", "sumdb", "go-get", "other".
    QString kindName() const;
    /// "list", "info", "mod", "zip", "latest", "supported", "lookup", "tile", "latest-tree",
    /// "go-get" or "".
    QString endpointName() const;
    /// True for a request for the golang.org/toolchain module (H9, TC-3).
    bool isToolchain() const { return module == QLatin1StringView("golang.org/toolchain"); }
};

/// Decodes a URL printed by `go -x` (already masked). `proxyBases` are the GOPROXY URL entries
/// (as in the environment); the longest matching base is stripped. Without a match, the module
/// path is taken to start at the first path element containing a dot, as every module path's
/// first element must (module.CheckPath), so "/s404/example.com/x/@v/list" gives example.com/x.
TraceUrlInfo decodeTraceUrl(const QString& url, const QStringList& proxyBases = {});

/// The host of a VCS remote: "https://github.com/a/b", "ssh://git@h:22/x" and the scp-like
/// "git@github.com:a/b" all give the host name (lower case); "" for a local path.
QString vcsRemoteHost(const QString& remote);

} // namespace gmd
