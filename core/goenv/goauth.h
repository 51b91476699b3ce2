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
    QStringList fields; ///< the command split into fields ("git", "/abs/dir"); External: quoted.Split argv
    /// Why cmd/go skips this command when it runs it (logged only under -x), e.g. an unterminated
    /// quote in an external command; empty when fine.
    QString problem;
    /// The directory of a `git <dir>` command (AUTH-2: it must exist; checked by the caller).
    QString gitDirectory() const { return kind == Kind::Git && fields.size() == 2 ? fields.at(1) : QString(); }
};

struct GoAuthConfig
{
    QList<GoAuthCommand> commands; ///< in written order (cmd/go runs them last to first); empty on error
    /// Verbatim cmd/go fatal error, e.g. "go: GOAUTH encountered an empty command (GOAUTH=netrc;)";
    /// empty when valid.
    QString error;
    bool isValid() const { return error.isEmpty(); }
    bool runsExternalCommands() const; ///< a Git or External command (AUTH-3: no timeout, H21)
};

/// Parses GOAUTH (AUTH-2): ';'-separated commands, each trimmed and split into fields; an empty
/// command is fatal; `off` must stand alone; `git` needs one absolute directory. An empty value
/// is the default "netrc" (ENV-7). Pure: whether the git directory exists is not checked.
GoAuthConfig parseGoAuth(const QString& goauth);

} // namespace gmd
