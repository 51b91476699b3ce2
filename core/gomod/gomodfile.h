// SPDX-License-Identifier: MIT
#pragma once

#include "modtypes.h"

#include <QByteArray>
#include <QStringList>

namespace gmd {

/// A parsed go.mod. Fields of directives that are absent stay empty; `diagnostics` holds every
/// syntax and rule error (texts as golang.org/x/mod/modfile prints them) plus warnings.
struct GoModFile
{
    QString fileName;
    QString modulePath;
    SourceLocation moduleLocation;
    bool moduleDeprecated = false; ///< a "Deprecated:" paragraph in the module line's comments
    QString deprecation; ///< that paragraph's text after "Deprecated:"
    QString goVersion; ///< "1.21", "1.22.3" ...
    SourceLocation goLocation;
    QString toolchain; ///< "go1.22.3", "default" ...
    SourceLocation toolchainLocation;
    QList<ModGodebug> godebug;
    QList<ModRequire> requirements; ///< (`requires` is a C++20 keyword)
    QList<ModReplace> replaces;
    QList<ModExclude> excludes;
    QList<ModRetract> retracts;
    QStringList toolLines; ///< `tool` package paths (Go 1.24)
    QStringList ignoreLines; ///< `ignore` directory paths (Go 1.25)
    Diagnostics diagnostics;

    /// True when no diagnostic is an error (warnings and notes allowed).
    bool ok() const { return !hasErrors(diagnostics); }
    /// The replacement the go command applies to path@version: a replace naming that exact
    /// version wins over one for all versions; the last of equal ones wins. nullptr when none.
    const ModReplace* replacementFor(const QString& path, const QString& version) const;
};

/// Parses go.mod text (any bytes: a BOM, CRLF, binary junk and unbalanced parentheses give
/// diagnostics, never a crash). `fileName` is used in diagnostics only; no file is opened.
GoModFile parseGoMod(const QByteArray& content, const QString& fileName = QStringLiteral("go.mod"),
    ModParseMode mode = ModParseMode::Strict);

} // namespace gmd
