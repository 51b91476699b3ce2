// SPDX-License-Identifier: MIT
#include "checkrun_p.h"

#include "buildcheckrules.h"
#include "dockerfile/suggest.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd::buildcheck_detail {

Emitter::Emitter(const QString& fileName, const BuildCheckConfig& config)
    : m_file(fileName)
    , m_config(config)
{ }

void Emitter::report(const QString& rule, const DockerNode& node, const QString& message, const QStringList* comments)
{
    reportAt(rule, nodeLocation(m_file, node), message, comments);
}

void Emitter::reportAt(
    const QString& rule, const SourceLocation& location, const QString& message, const QStringList* comments)
{
    const BuildCheckRule* info = findBuildCheckRule(rule);
    Q_ASSERT(info);
    if (!info)
        return;
    const std::optional<BuildCheckConfig> local =
        comments ? checkConfigFromComments(*comments) : std::optional<BuildCheckConfig>();
    if (!isBuildCheckEnabled(rule, info->experimental, m_config, local ? &*local : nullptr))
        return;
    m_results.append(BuildCheckResult { rule, info->description, info->url, message, location, info->experimental });
}

SourceLocation nodeLocation(const QString& file, const DockerNode& node)
{
    SourceLocation loc;
    loc.file = file;
    loc.line = node.startLine;
    loc.column = node.column;
    loc.endLine = node.endLine > node.startLine ? node.endLine : 0;
    return loc;
}

QString closestName(const QString& value, const QStringList& options)
{
    QString match;
    int best = 3;
    for (const QString& option : options) {
        if (option == value)
            return {};
        const int d = editDistance(value, option);
        if (d < best) {
            best = d;
            match = option;
        }
    }
    return match;
}

} // namespace gmd::buildcheck_detail
