// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

/// Semantic versions as golang.org/x/mod/semver reads them: a leading "v", and
/// "vMAJOR[.MINOR[.PATCH[-PRERELEASE][+BUILD]]]" where the short forms stand for ".0".
namespace gmd::semver {

/// semver.IsValid.
bool isValid(QStringView v);

/// semver.Canonical: "v1.2" -> "v1.2.0", "v1.2.3+meta" -> "v1.2.3"; "" when invalid.
QString canonical(QStringView v);

/// semver.Major: "v2.1.0" -> "v2"; "" when invalid.
QString major(QStringView v);

/// semver.Prerelease: "v1.2.3-pre+b" -> "-pre"; "" when none or invalid.
QString prerelease(QStringView v);

/// semver.Build: "v2.0.0+incompatible" -> "+incompatible"; "" when none or invalid.
QString build(QStringView v);

/// semver.Compare: -1, 0, +1. An invalid version is less than every valid one.
int compare(QStringView v, QStringView w);

/// module.IsPseudoVersion: "v0.0.0-20191109021931-daa7c04131f5" and its v1.2.4-0. / -pre.0. forms.
bool isPseudoVersion(QStringView v);

} // namespace gmd::semver
