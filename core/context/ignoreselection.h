// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace gmd {

/// Which builder reads the ignore file (spec dockerignore.md 1.7).
enum class BuilderKind {
    BuildKit, ///< `<Dockerfile>.dockerignore` beside the Dockerfile wins, else the root .dockerignore
    Classic ///< DOCKER_BUILDKIT=0: only the root .dockerignore
};

/// The ignore file a build uses, and the ones it does not read.
struct IgnoreFileSelection
{
    enum class Source { None, DockerfileSpecific, ContextRoot };
    Source source = Source::None;
    QString path; ///< absolute path of the file that applies; empty when none
    QString displayName; ///< relative to the context when inside it ("Dockerfile.dockerignore",
                         ///< "docker/x.Dockerfile.dockerignore")
    QString dockerfilePath; ///< the Dockerfile that was assumed (absolute)
    QStringList ignored; ///< existing ignore files that are NOT read (absolute paths)
    QStringList notes; ///< why, one line per decision, citing the spec rule
};

/// Decides which ignore file applies (spec 1.1-1.4, 1.7). `dockerfile` is the -f path (absolute,
/// or relative to the context directory); empty means `Dockerfile`, falling back to `dockerfile`
/// (the ignore name then stays `Dockerfile.dockerignore`). `isFile` answers "does this absolute
/// path name a file"; pure otherwise.
IgnoreFileSelection selectIgnoreFile(const QString& contextDir, const QString& dockerfile, BuilderKind builder,
    const std::function<bool(const QString&)>& isFile);

/// The same against the disk.
IgnoreFileSelection selectIgnoreFile(
    const QString& contextDir, const QString& dockerfile = QString(), BuilderKind builder = BuilderKind::BuildKit);

} // namespace gmd
