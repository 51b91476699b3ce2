// SPDX-License-Identifier: MIT
// BuildKit's own build checks (spec dockerfile.md D2), one registered check per rule that can be
// decided without pulling images, with BuildKit's rule name as id so that users recognise them
// from `docker build --check`. Findings carry BuildKit's message and line. Severity: warning, as
// BuildKit reports them (info for experimental rules); error when the Dockerfile sets
// `# check=error=true`, which makes these findings fail the build (D1.3). The rules themselves live
// in core/buildcheck; every wrapper reads the same cached report (buildKitReport()).
#include "buildcheck/buildcheckrules.h"
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/buildkit/buildkitreport.h"
#include "checks/rules/rules.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class BuildKitRule final : public Check
{
public:
    explicit BuildKitRule(const BuildCheckRule& rule)
        : m_rule(rule)
    { }

    CheckInfo info() const override
    {
        return { m_rule.name, m_rule.url.section(u'/', -2, -2), u"BuildKit build checks"_s, m_rule.description,
            m_rule.experimental ? Severity::Info : Severity::Warning };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        for (const DockerfileFacts& df : facts.dockerfiles) {
            if (!df.problem.isEmpty())
                continue;
            const BuildCheckReport report = buildKitReport(df);
            for (const BuildCheckResult& r : report.results) {
                if (r.rule != m_rule.name)
                    continue;
                SourceLocation at = r.location;
                if (at.file.isEmpty())
                    at.file = df.displayPath;
                Finding& f = out.report(at.line > 0 ? at.file + u':' + QString::number(at.line) : at.file,
                    r.message);
                if (at.line > 0)
                    f.location = at;
                if (report.config.error) {
                    f.severity = Severity::Error;
                    f.message += u" (the Dockerfile sets check=error=true: %1)"_s.arg(report.failure);
                }
                f.evidence.append({ u"BuildKit rule"_s, r.description, r.url });
                f.fix = FixHint { u"See %1. To accept it, skip the rule for this line with a '# check=skip=%2' "
                                  "comment above the instruction."_s.arg(r.url, r.rule),
                    {} };
                f.rootCauseScore = score::kHygiene;
            }
        }
    }

private:
    BuildCheckRule m_rule;
};

} // namespace

void addBuildKitChecks(CheckList& out)
{
    for (const BuildCheckRule& rule : buildCheckRules()) {
        if (rule.offline)
            out.push_back(std::make_unique<BuildKitRule>(rule));
    }
}

} // namespace gmd::rules
