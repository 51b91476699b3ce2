// SPDX-License-Identifier: MIT
#include "reportmeta.h"

namespace gmd {

QString doctorVersion()
{
    return QStringLiteral(GMD_VERSION);
}

} // namespace gmd
