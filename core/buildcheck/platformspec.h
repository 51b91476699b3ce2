// SPDX-License-Identifier: MIT
#pragma once

// The part of containerd/platforms that build checks depend on: Parse with its normalisation
// (FromPlatformFlagConstDisallowed, WorkdirRelativePath's OS) and the automatic args' format (S1).

#include <QString>

#include <optional>

namespace gmd {

struct PlatformSpec
{
    QString os;
    QString architecture;
    QString variant;

    /// platforms.Format: os/arch[/variant].
    QString format() const;
};

/// platforms.Parse: 1-3 `/`-separated components of [A-Za-z0-9_-]; a single known OS gets
/// `defaultArch`, a single known architecture gets `defaultOs`; names are lower-cased and
/// normalised (x86_64 -> amd64, aarch64 -> arm64, armhf -> arm/v7, macos -> darwin). Returns
/// nothing (and Go's message in `error`) when it does not parse.
std::optional<PlatformSpec> parsePlatformSpec(const QString& specifier, QString* error = nullptr,
    const QString& defaultOs = QStringLiteral("linux"), const QString& defaultArch = QStringLiteral("amd64"));

} // namespace gmd
