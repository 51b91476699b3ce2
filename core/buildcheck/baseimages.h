// SPDX-License-Identifier: MIT
#pragma once

// What an offline run knows about base images' ENV (UndefinedVar, spec dockerfile.md D1.7, S6).

#include <QString>
#include <QStringList>

#include <optional>

namespace gmd {

/// BuildKit's default PATH for Linux images without one (S6).
inline constexpr char16_t kDefaultImagePath[] = u"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// The ENV (NAME=VALUE) of a well-known official image (golang, alpine, debian, ubuntu, busybox,
/// gcr.io/distroless/...), by repository, whatever the tag; nothing for any other image.
/// Values are indicative: only the names matter to the checks.
std::optional<QStringList> wellKnownImageEnv(const QString& imageRef);

} // namespace gmd
