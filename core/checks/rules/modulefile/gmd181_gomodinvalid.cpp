// SPDX-License-Identifier: MIT
// GMD181: go.mod, go.work or go.sum cannot be read, or has errors the go command rejects. go
// parses these files before any download and refuses to run: "go: errors parsing go.mod:" with
// file:line:col and the modfile message, or "go: malformed go.sum:". One finding per error.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "common/secrets.h"

#include <QFileInfo>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoModInvalid final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD181"_s, u"gomod-invalid"_s, u"Module files"_s, u"A module file is unreadable or invalid"_s,
            Severity::Error };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        const ProjectFacts& p = facts.project;
        if (!p.goModPath.isEmpty() && !p.goMod)
            unreadable(out, p.goModPath, p.goModProblem,
                u"The module's requirements and go line are unknown, so the checks that need them were "
                "skipped."_s);
        if (p.goMod)
            reportErrors(out, p.goMod->diagnostics, u"go: errors parsing go.mod:"_s,
                u"Every go command in this module fails before downloading anything."_s);
        if (!p.goWorkPath.isEmpty() && !p.goWork)
            unreadable(out, p.goWorkPath, {}, u"Every go command in the workspace fails on it."_s);
        if (p.goWork)
            reportErrors(out, p.goWork->diagnostics, u"go: errors parsing go.work:"_s,
                u"Every go command in this workspace fails before downloading anything."_s);
        if (!p.goSumPath.isEmpty() && !p.goSum)
            unreadable(out, p.goSumPath, p.goSumProblem, u"The doctor could not compare it with go.mod."_s);
        if (p.goSum)
            reportErrors(out, p.goSum->diagnostics, u"go: malformed go.sum:"_s,
                u"Every go command that verifies modules (build, test, list, mod download) fails."_s);
    }

private:
    static void unreadable(FindingSink& out, const QString& path, const QString& problem, const QString& consequence)
    {
        const QString name = QFileInfo(path).fileName();
        Finding& f = out.report(name,
            u"%1 could not be read%2. %3"_s.arg(
                path, problem.isEmpty() ? QString() : u": "_s + maskSecrets(problem), consequence));
        f.evidence.append({ name, problem.isEmpty() ? u"unreadable"_s : maskSecrets(problem), path });
        f.rootCauseScore = score::kBlocksAllDownloads;
    }

    static void reportErrors(
        FindingSink& out, const Diagnostics& diagnostics, const QString& prefix, const QString& consequence)
    {
        for (const Diagnostic& d : diagnostics) {
            if (d.level != DiagnosticLevel::Error)
                continue;
            const QString name = QFileInfo(d.location.file).fileName();
            const QString subject = d.location.isValid() ? name + u':' + QString::number(d.location.line) : name;
            const QString where = d.location.toString();
            Finding& f = out.report(subject,
                u"%1 The go command reports: %2 %3: %4"_s.arg(consequence, prefix, where, maskSecrets(d.message)));
            if (d.location.isValid())
                f.location = d.location;
            f.evidence.append({ u"line"_s, maskSecrets(d.sourceLine), where });
            f.rootCauseScore = score::kBlocksAllDownloads;
        }
    }
};

} // namespace

std::unique_ptr<Check> makeGoModInvalid()
{
    return std::make_unique<GoModInvalid>();
}

} // namespace gmd::rules
