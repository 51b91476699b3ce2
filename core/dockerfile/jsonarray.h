// SPDX-License-Identifier: MIT
#pragma once

// The exec-form check of BuildKit's parseJSON (spec A7), with Go's encoding/json rules: the
// whole text must be one valid JSON value (max nesting 10000) that is an array of strings.

#include <QByteArray>
#include <QStringList>

namespace gmd {

enum class JsonArrayResult {
    NotArray, ///< not an array or not valid JSON: fall back to shell form (A7.3)
    NotStrings, ///< valid JSON array with a non-string element: hard error (A7.2)
    Ok,
};

/// Parses `text` (leading Unicode whitespace allowed) as a JSON array of strings into `out`.
JsonArrayResult parseJsonStringArray(const QByteArray& text, QStringList* out);

} // namespace gmd
