// SPDX-License-Identifier: MIT
// GMD001: the go command is missing. Everything that needs `go` is skipped, the rest of the
// diagnosis still runs from the environment and the files.
#include "checks/checkutil.h"
#include "checks/facts.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoNotFound final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"GMD001"_s, u"go-not-found"_s, u"Go command"_s, u"The go command cannot be found"_s, Severity::Error};
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        if (facts.go.found)
            return;
        Finding& f = out.report(u"go"_s,
                                u"%1. The doctor could not compare its reading of the environment with the go "
                                "command's own, and go mod download cannot run here."_s.arg(facts.go.problem));
        f.evidence.append({u"requested"_s, facts.go.requested, u"--go or PATH"_s});
        f.evidence.append({u"PATH"_s, facts.hostInputs.os.value(u"PATH"_s), u"OS environment"_s});
        f.fix = FixHint{u"Install Go (Debian: apt-get install golang-go) or pass the go binary with --go PATH."_s,
                        {u"apt-get install golang-go"_s}};
        f.rootCauseScore = score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeGoNotFound()
{
    return std::make_unique<GoNotFound>();
}

} // namespace gmd::rules
