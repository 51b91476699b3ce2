// SPDX-License-Identifier: MIT
#pragma once

// distribution/reference's ParseNormalizedNamed as a validity test (InvalidDefaultArgInFrom, D2)
// plus the repository name used to look up well-known base images.

#include <QString>

namespace gmd {

/// reference.ParseNormalizedNamed: empty when `ref` is a valid image reference, else the
/// library's message (e.g. "invalid reference format: repository name (library/Go) must be
/// lowercase", "invalid reference format").
QString imageReferenceError(const QString& ref);

/// The familiar repository of a valid reference without tag or digest ("golang",
/// "gcr.io/distroless/static"); empty when it is not valid.
QString imageRepository(const QString& ref);

} // namespace gmd
