// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gmd {

struct GoVcsRule
{
    QString pattern;     ///< a path glob, or "public"/"private"
    QStringList allowed; ///< vcs names, or {"all"} / {"off"}
};

/// GOVCS parsed per spec VCS-2. The default `private:all,public:git|hg` is appended.
struct GoVcsConfig
{
    QList<GoVcsRule> rules; ///< user rules followed by the default rules
    QString error;          ///< cmd/go's parse error, verbatim; empty when valid
    bool isValid() const { return error.isEmpty(); }
    /// Whether `vcs` may be used for `repoRoot`; `isPrivate` per GOPRIVATE. The "mod" scheme is always allowed.
    bool allows(const QString& vcs, const QString& repoRoot, bool isPrivate) const;
};

GoVcsConfig parseGoVcs(const QString& govcs);

} // namespace gmd
