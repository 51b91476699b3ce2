// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace gmd {

/// Things that usually should not be sent to the builder.
enum class SuspiciousKind {
    GitDirectory, ///< .git: history (often large), and VCS stamping surprises (spec 9.13)
    EnvFile, ///< .env, *.env, .env.local ...: secrets baked into layers
    PrivateKey, ///< id_rsa, id_ed25519, *.pem, *.key, *.p12, *.pfx
    Credentials, ///< .netrc, _netrc, .git-credentials: private module credentials
    NodeModules, ///< node_modules: host-built, large
    BuildOutput, ///< bin/, dist/: host build outputs (vendor/ is legitimate for Go and never flagged)
    LargeFile ///< a single file above the threshold
};

/// The kind for a directory name, if suspicious.
std::optional<SuspiciousKind> classifySuspiciousDirectory(QStringView name);
/// The kind for a file name, if suspicious by name (sizes are checked by the scanner).
std::optional<SuspiciousKind> classifySuspiciousFile(QStringView name);
/// A stable identifier ("git-directory", "env-file", ...).
QString suspiciousKindId(SuspiciousKind kind);
/// One sentence saying why it matters.
QString suspiciousReason(SuspiciousKind kind);

} // namespace gmd
