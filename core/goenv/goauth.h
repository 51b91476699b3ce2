// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gmd {

/// One GOAUTH command (spec AUTH-2).
struct GoAuthCommand
{
    enum class Kind { Netrc, Git, Off, External };
    Kind kind = Kind::Netrc;
    QStringList fields; ///< the command split into fields ("git", "/abs/dir")
};

struct GoAuthConfig
{
    QList<GoAuthCommand> commands;
    QString error; ///< verbatim cmd/go error; empty when valid
    bool isValid() const { return error.isEmpty(); }
    bool runsExternalCommands() const; ///< a Git or External command (AUTH-3: no timeout, H21)
};

/// Parses GOAUTH: ';'-separated commands, each trimmed and split into fields; empty command is
/// fatal; `off` must stand alone; `git` needs one absolute directory.
GoAuthConfig parseGoAuth(const QString& goauth);

} // namespace gmd
