// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

/// Module-path and version rules of golang.org/x/mod/module and modfile that the go.mod,
/// go.work and go.sum parsers share.
namespace gmd::modversion {

/// module.CanonicalVersion: semver.Canonical, keeping a "+incompatible" build suffix.
QString canonicalModuleVersion(QStringView v);

/// module.SplitPathVersion: "example.com/x/v2" -> prefix "example.com/x", pathMajor "/v2";
/// "gopkg.in/yaml.v3" -> "gopkg.in/yaml", ".v3". ok is false for malformed majors ("/v1", "/v0",
/// "/v2.1", gopkg.in paths without ".vN").
struct PathVersion
{
    QString prefix;
    QString pathMajor;
    bool ok = false;
};
PathVersion splitPathVersion(const QString& path);

/// module.CheckPathMajor: "" when version `v` (canonical) fits the path's major suffix,
/// else the InvalidVersionError text: `version "v1.0.0" invalid: should be v2, not v1`.
QString checkPathMajor(const QString& v, const QString& pathMajor);

/// modfile.IsDirectoryPath: ".", "..", "./x", "../x", ".\x", "..\x", "/x", "\x" and "C:..."
/// name a directory (a local replacement), everything else a module path.
bool isDirectoryPath(QStringView path);

/// modfile.GoVersionRE: "1.21", "1.21.3", "1.21rc1" (no leading "go").
bool isValidGoLineVersion(QStringView v);

/// modfile's lax reading of a dependency's go line ("1.21-custom" -> "1.21"); "" when none.
QString laxGoLineVersion(QStringView v);

/// modfile.ToolchainRE: "default", "go1", "go1.21.3", "go1.22.0-custom".
bool isValidToolchainName(QStringView name);

/// The text of a module.Version: "path@version", or "path" without a version.
QString moduleVersionString(const QString& path, const QString& version);

} // namespace gmd::modversion
