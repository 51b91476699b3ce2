// SPDX-License-Identifier: MIT
#pragma once

#include "common/diagnostic.h"
#include "common/go/path.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gmd {

/// One pattern line of an ignore file, as moby/patternmatcher's ignorefile.ReadAll returns it.
struct IgnoreLine
{
    int line = 0; ///< 1-based physical line number
    QString pattern; ///< cleaned, '/'-separated, leading '/' removed, '!' restored (spec 2.5-2.7)
    QString original; ///< the line as written (BOM and CR removed, not trimmed)
    bool exception = false; ///< the line starts with '!'

    friend bool operator==(const IgnoreLine&, const IgnoreLine&) = default;
};

/// A parsed .dockerignore (or <Dockerfile>.dockerignore).
struct IgnoreFile
{
    QString fileName; ///< for messages and evidence, e.g. ".dockerignore"
    QList<IgnoreLine> lines; ///< pattern lines in file order (comments and blank lines dropped)
    /// Errors (a line of 64 KiB or more: BuildKit fails the build, spec 1.9, 2.1). When there
    /// are errors, `lines` holds what was read before the bad line.
    Diagnostics diagnostics;

    bool ok() const { return !hasErrors(diagnostics); }
    /// The patterns in order, as handed to the matcher.
    QStringList patterns() const;
    /// True when some line is an exception ('!').
    bool hasExceptions() const;
};

/// The longest line ReadAll accepts, in bytes without the LF (bufio.MaxScanTokenSize - 1).
inline constexpr qsizetype kMaxIgnoreLineBytes = 64 * 1024 - 1;

/// ignorefile.ReadAll (spec dockerignore.md 2): LF-separated lines, one CR dropped, UTF-8 BOM
/// dropped from line 1, lines whose first byte is '#' skipped *before* trimming, Unicode
/// whitespace trimmed, '!' split off and the rest trimmed again, then filepath.Clean, '\' to '/'
/// (Windows), one leading '/' removed. Pure: opens no files.
IgnoreFile parseIgnoreFile(const QByteArray& bytes, const QString& fileName = QStringLiteral(".dockerignore"),
    PathStyle style = PathStyle::Unix);

/// Reads `path` through gmd::readTextFile() and parses it; a file that cannot be read gives an
/// IgnoreFile with one error diagnostic (the reader's message, which names the path). A missing
/// file is not an error for BuildKit (no patterns, spec 1.3): check existence first if needed.
IgnoreFile readIgnoreFile(const QString& path, const QString& displayName, PathStyle style = PathStyle::Unix);

} // namespace gmd
