// SPDX-License-Identifier: MIT
#pragma once

#include "common/diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gmd {

enum class Severity { Info = 0, Warning = 1, Error = 2 };

/// "info", "warning", "error".
QString severityKey(Severity severity);
/// Parses severityKey() output; nullopt otherwise.
std::optional<Severity> parseSeverity(const QString& text);

/// One fact that proves a finding: a value and where it came from. Values are masked.
struct Evidence
{
    QString label;  ///< "GOPROXY (OS environment)"
    QString value;  ///< the value, secrets masked
    QString source; ///< "OS environment", "/root/.config/go/env:3", "Dockerfile:12"
};

/// A fix as text: what to do and the exact commands (issue 5 turns these into applicable plans).
struct FixHint
{
    QString description;
    QStringList commands; ///< e.g. "go env -w GOPROXY=https://proxy.golang.org,direct", "unset GOPROXY"
};

/// What a check reports.
struct Finding
{
    QString id;        ///< the check's id ("GMD100")
    Severity severity = Severity::Warning;
    QString category;  ///< the check's category
    QString title;     ///< the check's title
    QString message;   ///< what is wrong here, in one or two sentences (masked)
    QString subject;   ///< the variable ("GOPROXY") or "path:line"
    std::optional<SourceLocation> location;
    QList<Evidence> evidence;
    std::optional<FixHint> fix;
    QString environment;     ///< id of the environment it was found in ("host", "Dockerfile:builder:12")
    QString environmentLabel; ///< human label of that environment
    /// How likely this is the root cause of a failing/hanging download, 0..100. Set by the
    /// check; the engine ranks by it (then severity, then check order).
    int rootCauseScore = 0;
    QString docPath;   ///< "docs/checks/GMD100.md"
};

} // namespace gmd
