// SPDX-License-Identifier: MIT
#pragma once

#include "modtypes.h"

#include <QByteArray>

namespace gmd {

/// One `use dir` of a go.work file.
struct WorkUse
{
    QString dir;
    SourceLocation location;
    friend bool operator==(const WorkUse&, const WorkUse&) = default;
};

/// A parsed go.work (modfile.ParseWork).
struct GoWorkFile
{
    QString fileName;
    QString goVersion;
    SourceLocation goLocation;
    QString toolchain;
    SourceLocation toolchainLocation;
    QList<ModGodebug> godebug;
    QList<WorkUse> uses;
    QList<ModReplace> replaces;
    Diagnostics diagnostics;

    /// True when no diagnostic is an error.
    bool ok() const { return !hasErrors(diagnostics); }
};

/// Parses go.work text; same syntax and robustness as parseGoMod(), verbs go, toolchain,
/// godebug, use and replace.
GoWorkFile parseGoWork(const QByteArray& content, const QString& fileName = QStringLiteral("go.work"));

} // namespace gmd
