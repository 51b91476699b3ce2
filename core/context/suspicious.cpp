// SPDX-License-Identifier: MIT
#include "suspicious.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

std::optional<SuspiciousKind> classifySuspiciousDirectory(QStringView name)
{
    if (name == u".git")
        return SuspiciousKind::GitDirectory;
    if (name == u"node_modules")
        return SuspiciousKind::NodeModules;
    if (name == u"bin" || name == u"dist")
        return SuspiciousKind::BuildOutput;
    return std::nullopt; // vendor/ is how Go builds offline: never flagged
}

std::optional<SuspiciousKind> classifySuspiciousFile(QStringView name)
{
    // .env, prod.env, .env.local; templates meant to be committed are fine.
    if (name == u".env" || (name.endsWith(u".env") && name.size() > 4))
        return SuspiciousKind::EnvFile;
    if (name.startsWith(u".env.")) {
        const QStringView tail = name.sliced(5);
        if (tail != u"example" && tail != u"sample" && tail != u"template" && tail != u"dist")
            return SuspiciousKind::EnvFile;
    }
    static const char16_t* const keyNames[] = { u"id_rsa", u"id_dsa", u"id_ecdsa", u"id_ed25519", u"id_ecdsa_sk",
        u"id_ed25519_sk" };
    for (const char16_t* k : keyNames) {
        if (name == QStringView(k))
            return SuspiciousKind::PrivateKey;
    }
    for (const QStringView ext : { u".pem", u".key", u".p12", u".pfx" }) {
        if (name.endsWith(ext, Qt::CaseInsensitive) && name.size() > ext.size())
            return SuspiciousKind::PrivateKey;
    }
    if (name == u".netrc" || name == u"_netrc" || name == u".git-credentials")
        return SuspiciousKind::Credentials;
    return std::nullopt;
}

QString suspiciousKindId(SuspiciousKind kind)
{
    switch (kind) {
    case SuspiciousKind::GitDirectory:
        return u"git-directory"_s;
    case SuspiciousKind::EnvFile:
        return u"env-file"_s;
    case SuspiciousKind::PrivateKey:
        return u"private-key"_s;
    case SuspiciousKind::Credentials:
        return u"credentials"_s;
    case SuspiciousKind::NodeModules:
        return u"node-modules"_s;
    case SuspiciousKind::BuildOutput:
        return u"build-output"_s;
    case SuspiciousKind::LargeFile:
        return u"large-file"_s;
    }
    return {};
}

QString suspiciousReason(SuspiciousKind kind)
{
    switch (kind) {
    case SuspiciousKind::GitDirectory:
        return u"the repository history is sent with every build; a copied .git can also make go build "
               "fail on VCS stamping (exclude .git or use -buildvcs=false)"_s;
    case SuspiciousKind::EnvFile:
        return u"environment files usually hold secrets that end up in image layers"_s;
    case SuspiciousKind::PrivateKey:
        return u"a private key or certificate bundle is sent to the builder and can end up in the image"_s;
    case SuspiciousKind::Credentials:
        return u"a credentials file (e.g. for private Go modules) is sent to the builder; use a build secret"_s;
    case SuspiciousKind::NodeModules:
        return u"host-installed dependencies are large and platform-specific"_s;
    case SuspiciousKind::BuildOutput:
        return u"host build outputs slow down the transfer and can shadow what the image builds"_s;
    case SuspiciousKind::LargeFile:
        return u"a large file slows down every build that sends the context"_s;
    }
    return {};
}

} // namespace gmd
