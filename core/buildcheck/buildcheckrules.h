// SPDX-License-Identifier: MIT
#pragma once

// The catalogue of BuildKit's build checks (spec dockerfile.md D2; BK:linter/ruleset.go):
// names, descriptions and links exactly as BuildKit prints them, for documentation and reports.

#include <QList>
#include <QString>
#include <QStringView>

namespace gmd {

struct BuildCheckRule
{
    QString name; ///< PascalCase, as in `# check=skip=<name>`
    QString description; ///< BuildKit's rule description
    QString url; ///< documentation link (empty for InvalidBaseImagePlatform, which has no page)
    bool experimental = false; ///< runs only when enabled with `experimental=` (D1.4)
    bool offline = true; ///< decided here without pulling images
    QString since; ///< Dockerfile frontend version that introduced it
    QString offlineNote; ///< what an offline run cannot know (empty when nothing)
};

/// Every rule BuildKit knows (22, D2), in ruleset.go order.
const QList<BuildCheckRule>& buildCheckRules();

/// The rule named `name` (case-sensitive, D1.2), or null.
const BuildCheckRule* findBuildCheckRule(QStringView name);

} // namespace gmd
