// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"
#include "env/goenvironment.h"

#include <QString>

namespace gmd {

/// POSIX shell single-quoting ('it'\''s'); plain words stay unquoted.
QString shellQuote(const QString& value);

/// A fix that gives `current.name` the value `newValue` where it is really decided: the OS
/// environment (export in the profile/CI settings), `go env -w` on the host, or the ENV line
/// of a Dockerfile context.
FixHint fixSetVariable(const EnvContext& context, const EnvValue& current, const QString& newValue,
                       const QString& description);

/// A fix that removes the setting `current` (unset in the OS, `go env -u`, drop the ENV line).
FixHint fixUnsetVariable(const EnvContext& context, const EnvValue& current, const QString& description);

/// The subject of a finding about a variable: its name, or "Dockerfile:12" style for values
/// set by a Dockerfile (findings point at the line that set the value).
QString subjectFor(const EnvValue& value);

/// Fills subject, location and one evidence line for a finding about `value`.
void describeValue(Finding& finding, const EnvValue& value);

/// Common root-cause scores (higher = more likely the cause of a failing or hanging download).
namespace score {
inline constexpr int kBlocksAllDownloads = 90; ///< every download fails (invalid GOPROXY, go missing)
inline constexpr int kHangCause = 80;          ///< a known silent-hang cause (toolchain download, prompt)
inline constexpr int kBreaksSome = 60;         ///< some modules fail (private module to public proxy)
inline constexpr int kConfusing = 40;          ///< settings that do not do what they seem to
inline constexpr int kSecurity = 30;           ///< works, but weakens verification
inline constexpr int kHygiene = 10;            ///< style, performance, information
} // namespace score

} // namespace gmd
