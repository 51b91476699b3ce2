// SPDX-License-Identifier: MIT
#pragma once

#include "common/diagnostic.h"

#include <QList>
#include <QString>

namespace gmd {

/// One `require path version` (single line or block line). `version` is canonical
/// (module.CanonicalVersion); `location` is where the line starts (the go command's error position).
struct ModRequire
{
    QString path;
    QString version;
    bool indirect = false; ///< the line's comment is "// indirect" or starts with "// indirect;"
    SourceLocation location;
    friend bool operator==(const ModRequire&, const ModRequire&) = default;
};

/// One `replace old [v] => new [v]`.
struct ModReplace
{
    QString oldPath;
    QString oldVersion; ///< empty: every version of oldPath
    QString newPath;
    QString newVersion; ///< empty for a local directory
    /// newPath is a directory (modfile.IsDirectoryPath: ./x, ../x, /abs, C:\x ...): the go command
    /// reads it from disk and needs no download or go.sum line for it.
    bool localPath = false;
    SourceLocation location;
    friend bool operator==(const ModReplace&, const ModReplace&) = default;
};

/// One `exclude path version`.
struct ModExclude
{
    QString path;
    QString version;
    SourceLocation location;
    friend bool operator==(const ModExclude&, const ModExclude&) = default;
};

/// One `retract v` or `retract [low, high]`; low == high for a single version.
struct ModRetract
{
    QString low;
    QString high;
    QString rationale; ///< the comments on the line (or on its block), without "//", joined by '\n'
    SourceLocation location;
    friend bool operator==(const ModRetract&, const ModRetract&) = default;
};

/// One `godebug key=value`.
struct ModGodebug
{
    QString key;
    QString value;
    SourceLocation location;
    friend bool operator==(const ModGodebug&, const ModGodebug&) = default;
};

/// modfile.Parse (Strict: the main module) or modfile.ParseLax (Lax: a dependency's go.mod).
/// Lax keeps only module, go, require and retract, as the go command does for dependencies,
/// and reports unknown directives as warnings instead of errors.
enum class ModParseMode { Strict, Lax };

} // namespace gmd
