// SPDX-License-Identifier: MIT
// Internal to GoRegexp: the character tables shared by the parser.
#pragma once

#include <QtGlobal>

#include <string>
#include <utility>
#include <vector>

namespace gmd::goregexp_detail {

using Ranges = std::vector<std::pair<char32_t, char32_t>>;

/// The code points not in `r`.
Ranges complement(Ranges r);
/// \d \D \s \S \w \W (ASCII, as in Go); false for other letters.
bool perlClass(char32_t c, Ranges* out);
/// [:name:] and [:^name:] (ASCII POSIX classes).
bool posixClass(const std::u32string& name, Ranges* out);
/// A Unicode general category ("L", "Lu", ... or "Any") as a QChar::Category bit mask.
bool categoryMask(const std::u32string& name, quint64* mask);
/// Go's unicode.Scripts name ("Greek", "Old_Italic") to a QChar::Script value.
bool scriptByName(const std::u32string& goName, int* script);

} // namespace gmd::goregexp_detail
