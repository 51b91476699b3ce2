// SPDX-License-Identifier: MIT
#pragma once

// What the official Docker Hub `golang` images set (spec dockerfile.md S6, G), as a small table.
// Anything the table does not describe is "unknown": no Go version and no environment.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace gmd {

/// An image reference split into its parts (distribution/reference grammar, simplified).
struct ImageReference
{
    QString text; ///< as given
    QString registry; ///< "docker.io" when none is written
    QString repository; ///< "library/golang" for Docker Hub official images
    QString tag; ///< empty when absent (Docker then uses "latest" unless a digest is given)
    QString digest; ///< "sha256:..." or empty
    bool valid = false; ///< false for empty text, unexpanded variables, spaces or upper-case repositories
};

/// Splits `text` (e.g. "docker.io/library/golang:1.22-alpine@sha256:...") into its parts.
ImageReference parseImageReference(const QString& text);

/// What the table knows about a base image.
struct BaseImageFacts
{
    QString image; ///< the reference looked up
    bool known = false; ///< the table describes this image (its ENV, WORKDIR, USER and go.env)
    bool officialGolang = false; ///< an official `golang` image (possibly a variant the table does not model)
    QString tag; ///< the tag looked up ("latest" when none is written)
    QString goVersion; ///< "1.22.3", "1.22" (a minor-only tag), "1.21rc2"; empty when unknown
    bool patchUnknown = false; ///< the tag floats ("1.22", "1", "latest"): the patch release is not fixed
    QString assumedVersion; ///< the release the floating tag pointed to at the table date, empty if not recorded
    QString variant; ///< "alpine", "alpine3.20", "bookworm", ... (empty: the default Debian variant)
    QList<QPair<QString, QString>> env; ///< the image config's Env, in order
    QString workdir; ///< the image's WORKDIR ("" = "/")
    QString user; ///< the image's USER ("" = root)
    QString goroot; ///< where Go is installed ("/usr/local/go"); empty when unknown
    std::optional<QByteArray> goEnvFile; ///< content of $GOROOT/go.env (Go >= 1.21), nullopt when none/unknown
    QStringList notes; ///< assumptions in words, for reports

    /// The version to compare with: assumedVersion when recorded, else goVersion.
    QString comparableVersion() const { return assumedVersion.isEmpty() ? goVersion : assumedVersion; }
    /// The value of an ENV of the image config, nullopt when absent.
    std::optional<QString> envValue(const QString& name) const;
};

/// Looks `image` (an expanded FROM text) up in the table of official golang images. Unknown
/// images (alpine, ubuntu, distroless, private registries, unresolved `$BASE`) give known=false.
BaseImageFacts lookupBaseImage(const QString& image);

/// The date the floating tags of the table were recorded ("2026-04-04").
QString golangImageTableDate();

/// The PATH BuildKit gives a stage whose image has none (S6).
QString defaultImagePath();

/// The $GOROOT/go.env that official Go releases since 1.21 ship (ENV-6).
QByteArray upstreamGoEnvFile();

} // namespace gmd
