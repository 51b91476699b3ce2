// SPDX-License-Identifier: MIT
// GMD313: inline suppressions (`# gomoddoctor ignore=<ID>[,<ID>] -- reason`) that need attention:
// no `-- reason` (the suppression still applies; nobody will know why later), not directly above
// an instruction (it applies to nothing), an id no check has (a typo silences nothing), or a
// comment that does not parse at all. Located at the comment line, so it cannot suppress itself.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/registry.h"
#include "checks/rules/docker/dockerutil.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

bool knownId(const QString& id)
{
    for (const Check* c : allChecks()) {
        if (c->info().id.compare(id, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

class SuppressionWithoutReason final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD313"_s, u"suppression-without-reason"_s, u"Dockerfile"_s,
            u"An inline suppression lacks a reason or applies to nothing"_s, Severity::Warning };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        for (const DockerfileFacts& df : facts.dockerfiles) {
            for (const Suppression& s : df.analysis.suppressions)
                check(df, s, out);
            for (const Diagnostic& d : df.analysis.diagnostics) {
                if (!d.message.startsWith(u"malformed suppression"_s))
                    continue;
                Finding& f = out.report(lineSubject(d.location),
                    u"The comment at line %1 starts like a suppression but does not parse (%2), so it silences "
                    "nothing."_s.arg(QString::number(d.location.line), d.message));
                f.location = d.location;
                f.evidence.append({ u"comment"_s, d.sourceLine.trimmed(), d.location.toString() });
                f.fix = FixHint { u"Write it as:"_s, { u"# gomoddoctor ignore=GMD303 -- <why this is fine here>"_s } };
                f.rootCauseScore = score::kHygiene;
            }
        }
    }

private:
    static void check(const DockerfileFacts& df, const Suppression& s, FindingSink& out)
    {
        QStringList unknown;
        for (const QString& id : s.ids) {
            if (!knownId(id))
                unknown << id;
        }
        QStringList problems;
        if (s.instructionLine == 0)
            problems << u"no instruction follows it directly (a blank line or the end of the file comes first), "
                        "so it applies to nothing"_s;
        if (!unknown.isEmpty())
            problems << u"no check has the id%1 %2, so %3 nothing"_s.arg(unknown.size() == 1 ? QString() : u"s"_s,
                unknown.join(u", "_s), unknown.size() == 1 ? u"it silences"_s : u"they silence"_s);
        if (s.reason.isEmpty())
            problems << u"it gives no reason after '--' (it still applies, but the next reader cannot tell why "
                        "the finding is acceptable)"_s;
        if (problems.isEmpty())
            return;
        const SourceLocation at { s.file.isEmpty() ? df.displayPath : s.file, s.line, 1, 0 };
        Finding& f = out.report(lineSubject(at),
            u"The suppression of %1 at line %2: %3."_s.arg(s.ids.join(u", "_s), QString::number(s.line),
                problems.join(u"; "_s)));
        f.location = at;
        f.evidence.append({ u"comment"_s, df.ast.lines.value(s.line - 1).trimmed(), at.toString() });
        if (s.instructionLine > 0)
            f.evidence.append({ u"applies to"_s, df.ast.lines.value(s.instructionLine - 1).trimmed(),
                u"%1:%2"_s.arg(at.file).arg(s.instructionLine) });
        FixHint fix;
        fix.description = u"Put the comment directly above the instruction the finding points at, name existing "
                          "check ids, and say why:"_s;
        QStringList ids;
        for (const QString& id : s.ids) {
            if (!unknown.contains(id))
                ids << id;
        }
        fix.commands << u"# gomoddoctor ignore=%1 -- <why this is fine here>"_s.arg(
            ids.isEmpty() ? u"<ID>"_s : ids.join(u','));
        f.fix = fix;
        f.rootCauseScore = score::kHygiene;
    }
};

} // namespace

std::unique_ptr<Check> makeSuppressionWithoutReason()
{
    return std::make_unique<SuppressionWithoutReason>();
}

} // namespace gmd::rules
