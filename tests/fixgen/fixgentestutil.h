// SPDX-License-Identifier: MIT
#pragma once

#include "checks/engine.h"
#include "checks/facts.h"
#include "fix/fixplan.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace gmdtest {

/// A small project as files (relative path -> bytes).
using ProjectFiles = QMap<QString, QByteArray>;

/// Every file under `dir` (hidden ones too), by relative path.
ProjectFiles readProject(const QString& dir);
/// Writes the files under `dir`; false on the first failure.
bool writeProject(const QString& dir, const ProjectFiles& files);

/// LF -> CRLF on every line ending of `bytes` (already CRLF lines stay).
QByteArray toCrlf(const QByteArray& bytes);

/// What the fixture sweep does: facts without go, network or the machine's environment, and all checks.
struct ProjectDiagnosis
{
    gmd::Facts facts;
    QList<gmd::Finding> findings; ///< without the go-tool findings (GMD001..004)
};
ProjectDiagnosis diagnoseProject(const QString& dir, const QString& home);

/// Finding counts by id.
QMap<QString, int> idCounts(const QList<gmd::Finding>& findings);

} // namespace gmdtest
