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
    int userRuleCount = 0;  ///< how many of `rules` come from the GOVCS value
    /// cmd/go's parse error, verbatim (e.g. `unreachable pattern in GOVCS: "x:z" after "x:y"`);
    /// empty when valid.
    QString error;
    bool isValid() const { return error.isEmpty(); }
    /// Whether `vcs` may be used for `repoRoot`; `isPrivate` per GOPRIVATE. The "mod" scheme is
    /// always allowed; with a parse error nothing else is.
    bool allows(const QString& vcs, const QString& repoRoot, bool isPrivate) const;
    /// cmd/go's checkGOVCS error for a direct fetch: the parse error, or
    /// "GOVCS disallows using <vcs> for <public|private> <root>; see 'go help vcs'"; empty when allowed.
    QString checkError(const QString& vcs, const QString& repoRoot, bool isPrivate) const;
};

/// Parses GOVCS (VCS-2): trimmed, ','-separated `pattern:vcs1|vcs2` rules. Pure; never throws.
GoVcsConfig parseGoVcs(const QString& govcs);

} // namespace gmd
