// SPDX-License-Identifier: MIT
// GMD180: the project folder has no go.mod (and no go.work). The checks that need the module's
// requirements and go line are skipped. The go command also looks in parent folders; the
// collector reads only the given folder, so a go.mod further up is not seen.
#include "checks/checkutil.h"
#include "checks/facts.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoModMissing final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD180"_s, u"gomod-missing"_s, u"Module files"_s, u"The project folder has no go.mod"_s,
            Severity::Info };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        const ProjectFacts& p = facts.project;
        if (!p.goModPath.isEmpty() || !p.goWorkPath.isEmpty())
            return;
        Finding& f = out.report(u"go.mod"_s,
            u"%1 has no go.mod or go.work, so the checks that need the module's requirements and its go line were "
            "skipped. The doctor looks only in this folder; the go command also searches the parent folders, and "
            "when it finds no go.mod there either, 'go mod download' fails with: go: go.mod file not found in "
            "current directory or any parent directory; see 'go help modules'."_s.arg(p.dir));
        f.evidence.append({ u"project folder"_s, p.dir, u"the folder being diagnosed"_s });
        f.fix = FixHint { u"Point the doctor at the folder that holds go.mod (the module root), or create a module "
                          "there with 'go mod init <module path>'."_s,
            {} };
        f.rootCauseScore = score::kHygiene;
    }
};

} // namespace

std::unique_ptr<Check> makeGoModMissing()
{
    return std::make_unique<GoModMissing>();
}

} // namespace gmd::rules
