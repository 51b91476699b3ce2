// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace gmd {

/// Result of an escaping function: either `value` or an `error` (the x/mod error text).
struct EscapeResult
{
    QString value;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// golang.org/x/mod/module.EscapePath (spec PROTO-2): validates the module path (CheckPath) and
/// replaces every upper-case letter with '!' + lower case.
EscapeResult escapeModulePath(const QString& path);
/// module.EscapeVersion: the version must be a valid file name without '!'; error
/// `version "x" invalid: disallowed version string`.
EscapeResult escapeModuleVersion(const QString& version);
/// module.UnescapePath: rejects '!' not followed by a-z and bare upper-case letters
/// (`invalid escaped module path "x"`), then checks the result with CheckPath.
EscapeResult unescapeModulePath(const QString& escaped);
/// module.UnescapeVersion.
EscapeResult unescapeModuleVersion(const QString& escaped);

/// module.CheckPath's error text (`malformed module path "x": <reason>`), or empty when valid.
QString checkModulePath(const QString& path);

/// The host part of a module path (first element), e.g. "github.com" for "github.com/a/b".
QString modulePathHost(const QString& path);

/// True for module paths served by the public proxy for everybody: hosts such as github.com,
/// gitlab.com, bitbucket.org, golang.org, google.golang.org, gopkg.in, go.uber.org, k8s.io,
/// sigs.k8s.io, cloud.google.com, go.opentelemetry.io ... (a fixed, documented list).
/// "Looks private" is the negation for hosts with a dot that are not in the list.
bool isWellKnownPublicHost(const QString& host);
/// The list behind isWellKnownPublicHost(), sorted (for documentation and reports).
QStringList wellKnownPublicHosts();

/// The proxy protocol URL (PROTO-1) for base + escaped path + suffix, one '/' removed when the
/// base ends in '/'. `suffix` is e.g. "/@v/list", "/@v/v1.2.3.info", "/@latest".
QString proxyRequestUrl(const QString& base, const QString& escapedPath, const QString& suffix);

} // namespace gmd
