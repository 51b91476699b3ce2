// SPDX-License-Identifier: MIT
#pragma once

#include "common/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gmd {

/// One go.sum line: `path version[/go.mod] h1:hash`.
struct GoSumLine
{
    QString path;
    QString version; ///< without the "/go.mod" suffix
    bool goModOnly = false; ///< the line is the checksum of the module's go.mod file only
    QString hash; ///< "h1:base64"
    int line = 0; ///< 1-based line number
    friend bool operator==(const GoSumLine&, const GoSumLine&) = default;
};

/// A parsed go.sum (cmd/go/internal/modfetch readGoSum).
struct GoSumFile
{
    QString fileName;
    QList<GoSumLine> lines;
    Diagnostics diagnostics;

    /// True when no diagnostic is an error.
    bool ok() const { return !hasErrors(diagnostics); }
    /// True when go.sum has the checksum of the module's zip (`path version h1:...`).
    bool hasModule(const QString& path, const QString& version) const;
    /// True when go.sum has the checksum of the module's go.mod (`path version/go.mod h1:...`).
    bool hasGoMod(const QString& path, const QString& version) const;
};

/// Parses go.sum text. Blank lines are skipped; a line without exactly three fields is the go
/// command's fatal `wrong number of fields N`; the empty-go.mod checksum an old go command wrote
/// is dropped (as the go command does) with a note; odd versions, non-h1 or malformed hashes and
/// a BOM get warnings.
GoSumFile parseGoSum(const QByteArray& content, const QString& fileName = QStringLiteral("go.sum"));

} // namespace gmd
