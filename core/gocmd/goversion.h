// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace gmd {

/// Go version strings as in go/version and cmd/go/internal/gover: "1.21", "1.21rc1", "1.21.0",
/// "1.24.4" (without the "go" prefix). Ordering: 1.21 < 1.21rc1 < 1.21.0 < 1.21.1; before 1.21 a
/// missing patch means ".0" (1.19 == 1.19.0, 1.19rc1 < 1.19).
struct GoVersion
{
    int major = 0;
    int minor = 0; ///< 0 when absent ("1" is 1.0.0)
    int patch = -1; ///< -1 when absent from the text (a language version such as "1.21")
    QString prerelease; ///< "rc1", "beta2" (gover accepts any letters + optional number) or empty
    QString text; ///< the canonical text without "go" and without a "-suffix" ("1.24.4")
    bool valid = false; ///< gover.IsValid; numbers larger than int are clamped but still compare exactly

    bool isValid() const { return valid; }
    /// gover.IsLang: a language version ("1.21", "1.22") that is not a release. Only versions from
    /// 1.21 on can be one: "1.20" means 1.20.0, the first 1.20 release.
    bool isLanguageVersion() const;
};

/// Parses "1.21", "1.21.3", "1.21rc1", also with a leading "go" ("go1.21.3").
/// A trailing "-suffix", or text after a space or tab (toolchain names such as
/// "go1.22.0-custom"), is ignored, as gover.FromToolchain does.
/// Returns an invalid GoVersion for anything else (leading zeros, "1.21.3rc1", "+auto"...).
GoVersion parseGoVersion(QStringView text);

/// gover.Compare: <0, 0, >0. Both sides go through parseGoVersion (so "go1.21" and "1.21" compare
/// equal). Invalid versions compare equal to each other and before all valid ones. Numbers are
/// compared as decimal strings, so "1.99999999999999999" works.
int compareGoVersions(QStringView a, QStringView b);

/// gover.FromToolchain: the version of a toolchain name ("go1.22.0-custom" -> "1.22.0"); empty
/// when the name does not start with "go" or the version is invalid ("gccgo-go1.22", "1.22").
QString goVersionFromToolchain(QStringView toolchainName);

/// The version of a `go version` output line ("go version go1.19.8 linux/amd64" -> "1.19.8",
/// "go version devel go1.24-abc123 Tue ..." -> "1.24"). Other lines (e.g. "go: downloading ...")
/// before it are skipped. Empty when no such line is found.
QString goVersionFromVersionOutput(const QString& output);

/// gover.Lang: the language version of a version ("1.21.3" -> "1.21"; "1.9" -> "1.9"; "1" -> "1").
/// Empty for an invalid version.
QString goLanguageVersion(QStringView version);

} // namespace gmd
