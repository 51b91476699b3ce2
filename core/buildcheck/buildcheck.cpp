// SPDX-License-Identifier: MIT
#include "buildcheck.h"

#include "buildcheckrules.h"
#include "checkrun_p.h"
#include "globalscope_p.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QString BuildCheckResult::formatShort() const
{
    // BK:linter/linter.go LintFormatShort.
    QString out = rule + u": "_s + message;
    if (location.line > 0)
        out += u" (line "_s + QString::number(location.line) + u')';
    return out;
}

BuildCheckReport runBuildChecks(
    const DockerfileAst& ast, const DockerfileModel& model, const BuildCheckOptions& options)
{
    BuildCheckReport report;
    report.config = options.config ? *options.config : resolveBuildCheckConfig(ast.directives, options.buildArgs);
    for (const BuildCheckRule& rule : buildCheckRules()) {
        if (!rule.offline)
            report.notRun.append(rule.name + u": "_s + rule.offlineNote);
    }
    if (!report.config.ok()) {
        // BuildKit fails before converting anything, so no check runs.
        report.error = report.config.parseError;
        return report;
    }
    buildcheck_detail::Emitter emitter(ast.fileName, report.config);
    // The order BuildKit emits findings in: parser warnings, instruction parsing, stage names
    // and casing, FROM lines, then each stage's instructions (D1.7).
    buildcheck_detail::runParseChecks(ast, model, emitter);
    const GlobalScope scope = computeGlobalScope(model, options);
    buildcheck_detail::runFromChecks(model, scope, emitter);
    report.error = buildcheck_detail::runStageChecks(model, scope, options, emitter);
    report.results = emitter.takeResults();
    QStringList fired;
    for (const BuildCheckResult& r : std::as_const(report.results))
        fired.append(r.rule);
    report.failure = buildCheckFailure(report.config, fired);
    return report;
}

} // namespace gmd
