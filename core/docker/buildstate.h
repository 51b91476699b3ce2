// SPDX-License-Identifier: MIT
#pragma once

// The state of a build stage before an instruction (spec dockerfile.md S5/S6): the build
// environment with provenance, WORKDIR, USER, SHELL, the files COPY/ADD put into the image and
// the `go env -w` settings written so far.

#include "dockershell/shellenv.h"
#include "env/goenvironment.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace gmd {

class ContextIndex;

/// One assignment of the build environment (S5): later assignments of a name win.
struct EnvAssignment
{
    QString name;
    QString value;
    EnvSource source = EnvSource::DockerfileEnv; ///< DockerfileEnv, DockerfileArg, BuildArg, ProxyBuildArg,
                                                 ///< BaseImage, BuiltinDefault (runtime defaults such as HOME)
    QString origin; ///< the Dockerfile path, the image name, "--build-arg", "RUN command line"
    SourceLocation location; ///< the instruction that set it (FROM for base image values)
    int stage = -1; ///< the stage whose instruction set it (an ancestor for inherited values); -1 global
    bool inImage = false; ///< part of the image config (ENV, base image) rather than only the build (ARG)

    /// The same as an EnvValue (hidden left empty).
    EnvValue toEnvValue() const;
};

/// What a COPY/ADD (or a RUN that writes module files) put into the image.
struct CopiedPath
{
    enum class Kind { Copy, Add, Inline, Generated };
    Kind kind = Kind::Copy;
    SourceLocation location; ///< the instruction
    QString from; ///< "" = build context, else the --from stage name/index or image
    int fromStage = -1; ///< the stage --from resolves to, -1 for the context or an image
    QString source; ///< the source as expanded (a heredoc name for Inline)
    QString contextPath; ///< cleaned, relative, '/'-separated source ("" = the whole context / root)
    bool wholeContext = false; ///< `COPY . <dest>` from the build context (spec G6)
    bool wildcard = false; ///< the source has `*`, `?` or `[`
    bool remote = false; ///< ADD of a URL or git repository
    QString destination; ///< absolute destination in the image (directory or file path)
    bool destinationIsDirectory = false; ///< sources land below `destination`
};

/// The answer to "is <path> in the image at this point?".
struct ImagePathQuery
{
    bool copied = false; ///< some COPY/ADD/RUN provides something at this path
    bool named = false; ///< the instruction names this file (COPY go.mod ./), not only a directory around it
    bool viaWholeContext = false; ///< provided by copying the whole context
    bool confirmed = false; ///< a context index says the file is sent (or it is inline/generated)
    bool excludedByIgnoreFile = false; ///< the file exists in the context but the ignore file removes it
    SourceLocation location; ///< the instruction that provides it
    QString contextPath; ///< where it comes from in the context
    QString from; ///< "" = context
};

/// A `RUN go env -w` / `go env -u` executed earlier (it writes the user env file in the image).
struct GoEnvWrite
{
    QString file; ///< the env file it wrote ("/root/.config/go/env"), empty when unknown
    QString name;
    std::optional<QString> value; ///< nullopt for `go env -u`
    SourceLocation location; ///< the RUN
    int stage = -1;
};

/// The stage state before one instruction.
struct BuildState
{
    QList<EnvAssignment> env; ///< ordered; the last assignment of a name wins (S5)
    QStringList declaredArgs; ///< ARG names declared in the stage or its in-file ancestors
    QString workdir = QStringLiteral("/");
    QString user; ///< "" = root
    QStringList shell = { QStringLiteral("/bin/sh"), QStringLiteral("-c") };
    QList<CopiedPath> files;
    QList<GoEnvWrite> goEnvWrites;
    QStringList knownDirectories; ///< WORKDIRs and directories known to exist

    /// The winning assignment of `name`, or nullptr.
    const EnvAssignment* find(const QString& name) const;
    /// The value of `name`, nullopt when unset.
    std::optional<QString> value(const QString& name) const;
    /// Earlier assignments of `name` that the winner hides, newest first.
    QList<EnvAssignment> hiddenAssignments(const QString& name) const;
    /// The environment used for expansion (C1/C3), in assignment order.
    ShellEnv shellEnv() const;
    /// name -> winning value.
    QMap<QString, QString> envMap() const;
    /// The winning assignments, one per name, in the order their names were first set.
    QList<EnvAssignment> effective() const;
    /// True for root (`USER` unset, "root", "0", "root:..." or "0:...").
    bool isRoot() const;
    /// $HOME for a RUN (runc sets it from /etc/passwd when the environment has none):
    /// ENV HOME, /root for root, "/home/<user>" (an assumption) for a named user, "" for a numeric uid.
    QString home() const;
    /// True when the whole build context was copied (`COPY . .`).
    bool wholeContextCopied() const;
    /// Whether `absPath` is in the image; with a context index, context sources are checked (spec G6).
    ImagePathQuery pathInImage(const QString& absPath, const ContextIndex* index = nullptr) const;
    /// True when any COPY/ADD/RUN put a file of that base name into the image (e.g. "go.sum").
    bool copiedFileNamed(const QString& fileName) const;
};

} // namespace gmd
