// SPDX-License-Identifier: MIT
#pragma once

#include "env/goenvironment.h"
#include "goenv/goproxy.h"

#include <QList>
#include <QString>

namespace gmd {

/// One source cmd/go tries for a module, in order (PROXY-7, PROXY-8).
struct RouteSource
{
    enum class Kind {
        Proxy,   ///< a GOPROXY URL entry
        Direct,  ///< fetch from the VCS (via `direct`, or via the implicit noproxy entry)
        Off,     ///< GOPROXY=off: "module lookup disabled by GOPROXY=off"
        Skipped, ///< an entry cmd/go passes over for this module (notfound-class), with `note`
    };
    Kind kind = Kind::Proxy;
    QString url;          ///< proxy URL (Proxy/Skipped), empty otherwise
    FallbackMode fallback = FallbackMode::OnNotFound;
    QString note;         ///< why ("GONOPROXY matches 'git.corp.com'", "disabled by GOPRIVATE/GONOPROXY")
    bool last = false;    ///< no entry follows: an error here is final
};

/// How the checksum database is reached for one module (SUMDB-1, SUMDB-3).
struct SumDbRoute
{
    bool consulted = false;  ///< the database is asked when go.sum lacks the module's lines
    bool mandatory = false;  ///< golang.org/toolchain: consulted even with GOSUMDB=off (SUMDB-1)
    QString reason;          ///< "GONOSUMDB matches 'x'", "GOSUMDB=off", "go.sum already has the lines"
    QString name;            ///< database name
    QString explicitUrl;     ///< GOSUMDB's second field / alias: used directly, proxies bypassed
    /// Without an explicit URL: each proxy's `<proxy>/sumdb/<name>/supported` in GOPROXY order
    /// (the first answering 200 serves all sumdb traffic), then `https://<name>` directly.
    QStringList candidates;
    QString error;           ///< GOSUMDB parse error, verbatim
};

/// The route cmd/go takes for one module path.
struct ModuleRoute
{
    QString module;
    QString version;
    bool noProxy = false;        ///< matches GONOPROXY (GOPRIVATE by default)
    QString noProxyGlob;
    bool noSumDb = false;        ///< matches GONOSUMDB
    QString noSumDbGlob;
    bool insecure = false;       ///< matches GOINSECURE (affects direct fetches only, PRIV-5)
    QString insecureGlob;
    bool goprivate = false;      ///< matches GOPRIVATE itself ("private" for GOVCS)
    QList<RouteSource> sources;  ///< empty when configError is set
    QString configError;         ///< GOPROXY parse error, verbatim: every lookup fails with it
    SumDbRoute sumdb;
    QString govcsError;          ///< GOVCS refuses git for this module when fetched directly

    /// "proxy.golang.org → direct" style one-line summary (URLs masked).
    QString summary() const;
    /// True when some source fetches directly from the VCS.
    bool usesDirect() const;
};

/// Resolves the route for `module` under `env` (GOPROXY, GONOPROXY, GOSUMDB, GONOSUMDB,
/// GOINSECURE, GOPRIVATE, GOVCS). `goSumHasLines` says whether go.sum already verifies it.
ModuleRoute resolveModuleRoute(const QString& module, const QString& version, const EffectiveEnv& env,
                               bool goSumHasLines = false);

} // namespace gmd
