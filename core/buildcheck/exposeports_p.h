// SPDX-License-Identifier: MIT
#pragma once

// Internal: EXPOSE port parsing as BuildKit's dispatch does it (BK:d2llb/convert_expose.go),
// reduced to the findings it emits (ExposeProtoCasing, ExposeInvalidFormat, D2).

#include <QList>
#include <QString>
#include <QStringList>

namespace gmd::buildcheck_detail {

struct PortFinding
{
    QString rule;
    QString message;
};

/// Parses the expanded EXPOSE words in order (`[ip:]hostPort:containerPort[/proto]`) and returns
/// the findings; parsing stops at the first invalid port as the build would (`error` gets
/// BuildKit's message).
QList<PortFinding> checkExposedPorts(const QStringList& ports, QString* error = nullptr);

} // namespace gmd::buildcheck_detail
