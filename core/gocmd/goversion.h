// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace gmd {

/// Go version strings as in go/version and cmd/go/internal/gover: "1.21", "1.21rc1", "1.21.0",
/// "1.24.4" (without the "go" prefix). Ordering: 1.21 < 1.21rc1 < 1.21.0 < 1.21.1.
struct GoVersion
{
    int major = 0;
    int minor = 0;
    int patch = -1;      ///< -1 when absent (a language version such as "1.21")
    QString prerelease;  ///< "rc1", "beta2" or empty
    QString text;        ///< the canonical text without "go" ("1.24.4")

    bool isValid() const { return major > 0; }
    /// True for a language version ("1.21"): no patch and no prerelease.
    bool isLanguageVersion() const { return patch < 0 && prerelease.isEmpty(); }
};

/// Parses "1.21", "1.21.3", "1.21rc1", also with a leading "go" ("go1.21.3").
/// A trailing "-suffix" (toolchain names such as "go1.22.0-custom") is ignored for ordering.
/// Returns an invalid GoVersion for anything else.
GoVersion parseGoVersion(QStringView text);

/// gover.Compare: <0, 0, >0. Invalid versions sort before all valid ones.
int compareGoVersions(QStringView a, QStringView b);

/// The version of a `go version` output line ("go version go1.19.8 linux/amd64" -> "1.19.8").
QString goVersionFromVersionOutput(const QString& output);

/// The language version of a version ("1.21.3" -> "1.21"; "1.9" -> "1.9").
QString goLanguageVersion(QStringView version);

} // namespace gmd
