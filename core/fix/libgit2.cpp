// SPDX-License-Identifier: MIT
#include "libgit2_p.h"

#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace gmd::git {

void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

QString lastError(int code)
{
    const git_error* e = git_error_last();
    if (e && e->message && *e->message)
        return QString::fromUtf8(e->message);
    return u"libgit2 error %1"_s.arg(code);
}

} // namespace gmd::git
