// SPDX-License-Identifier: MIT
#pragma once

// BuildKit's util/suggest: appends " (did you mean X?)" when an option is within edit distance 2.

#include <QString>
#include <QStringList>

namespace gmd {

/// Levenshtein distance over code points.
int editDistance(const QString& a, const QString& b);

/// suggest.WrapError: `message` plus " (did you mean <match>?)" for the closest option with a
/// distance below 3; unchanged when `value` equals an option or nothing is close. Options are
/// tried in the given order (upstream iterates maps, so ties are resolved by sorting them).
QString withSuggestion(const QString& message, const QString& value, const QStringList& options, bool caseSensitive);

} // namespace gmd
