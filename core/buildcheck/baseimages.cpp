// SPDX-License-Identifier: MIT
#include "baseimages.h"

#include "imagereference.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

std::optional<QStringList> wellKnownImageEnv(const QString& imageRef)
{
    const QString repo = imageRepository(imageRef);
    const QString path = u"PATH="_s + QStringView(kDefaultImagePath);
    // The official golang images (Debian and Alpine variants alike) set these four; images
    // before Go 1.21 lack GOTOOLCHAIN, which only hides a finding, never invents one.
    if (repo == "golang"_L1) {
        return QStringList { u"PATH=/go/bin:/usr/local/go/bin:"_s + QStringView(kDefaultImagePath),
            u"GOLANG_VERSION="_s, u"GOTOOLCHAIN=local"_s, u"GOPATH=/go"_s };
    }
    if (repo == "alpine"_L1 || repo == "debian"_L1 || repo == "ubuntu"_L1 || repo == "busybox"_L1)
        return QStringList { path };
    if (repo.startsWith("gcr.io/distroless/"_L1))
        return QStringList { path, u"SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"_s };
    return std::nullopt;
}

} // namespace gmd
