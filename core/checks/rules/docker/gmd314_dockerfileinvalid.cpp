// SPDX-License-Identifier: MIT
// GMD314: a Dockerfile the build cannot use: it cannot be read (missing, binary, too large), the
// parser rejects it, or the instruction layer does (unknown instruction, bad flag, a FROM that
// expands to nothing, an unknown --target). The message is BuildKit's, at its file:line:col; the
// first error is the one BuildKit stops at, later ones go to the evidence. Every other Dockerfile
// rule works on what could be parsed; this one makes sure the failure itself is reported.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/buildkit/buildkitreport.h"
#include "checks/rules/docker/dockerutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class DockerfileInvalid final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD314"_s, u"dockerfile-invalid"_s, u"Dockerfile"_s, u"The Dockerfile is rejected by BuildKit"_s,
            Severity::Error };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        for (const DockerfileFacts& df : facts.dockerfiles) {
            if (!df.problem.isEmpty()) {
                Finding& f = out.report(df.displayPath,
                    u"%1 cannot be read: %2. docker build stops before anything runs."_s.arg(df.displayPath, df.problem));
                f.evidence.append({ u"Dockerfile"_s, df.path, df.displayPath });
                f.fix = FixHint { u"Point the build at a readable text Dockerfile (docker build -f <file>)."_s, {} };
                f.rootCauseScore = score::kBlocksAllDownloads;
                continue;
            }
            Diagnostics errors;
            if (df.ast.error)
                errors.append(*df.ast.error);
            for (const Diagnostic& d : df.model.diagnostics) {
                if (d.level == DiagnosticLevel::Error && !errors.contains(d))
                    errors.append(d);
            }
            for (const Diagnostic& d : df.analysis.diagnostics) {
                if (d.level == DiagnosticLevel::Error && !errors.contains(d))
                    errors.append(d);
            }
            // A `# check=` directive or BUILDKIT_DOCKERFILE_CHECK that does not parse fails the build (D1.1).
            const BuildCheckReport checks = buildKitReport(df);
            if (!checks.config.ok()) {
                const int line = df.ast.directives.check ? df.ast.directives.check->line : 0;
                errors.append(makeDiagnostic(DiagnosticLevel::Error, df.displayPath, line, line > 0 ? 1 : 0,
                    checks.config.parseError));
            }
            if (!errors.isEmpty())
                report(df, errors, out);
        }
    }

private:
    static void report(const DockerfileFacts& df, const Diagnostics& errors, FindingSink& out)
    {
        const Diagnostic& first = errors.constFirst();
        SourceLocation at = first.location;
        if (at.file.isEmpty())
            at.file = df.displayPath;
        const QString where = at.line > 0 ? at.toString() : df.displayPath;
        QString message = u"BuildKit rejects %1: %2: %3"_s.arg(df.displayPath, where, first.message);
        if (errors.size() > 1)
            message += u" (and %1 more error%2)"_s.arg(errors.size() - 1).arg(errors.size() > 2 ? u"s"_s : QString());
        message += u". The build fails before any RUN, so no module is downloaded."_s;
        Finding& f = out.report(at.line > 0 ? lineSubject(at) : df.displayPath, message);
        if (at.line > 0)
            f.location = at;
        for (const Diagnostic& d : errors)
            f.evidence.append({ u"error"_s, d.message, d.location.line > 0 ? d.location.toString() : df.displayPath });
        f.fix = FixHint { u"Fix the instruction at %1 (docker build --check reports the same error)."_s.arg(where), {} };
        f.rootCauseScore = score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeDockerfileInvalid()
{
    return std::make_unique<DockerfileInvalid>();
}

} // namespace gmd::rules
