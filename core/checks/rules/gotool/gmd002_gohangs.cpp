// SPDX-License-Identifier: MIT
// GMD002: the go command did not answer `go version` / `go env` within the timeout. The doctor runs
// them with GOTOOLCHAIN=local, so no toolchain switch is involved: a hang here points at the
// machine (a blocked or network file system under GOROOT/GOCACHE, CACHE-3) or a wrapper script.
#include "checks/checkutil.h"
#include "checks/facts.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoHangs final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"GMD002"_s, u"go-hangs"_s, u"Go command"_s, u"The go command does not answer"_s, Severity::Error};
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        if (!facts.go.hung)
            return;
        Finding& f = out.report(u"go"_s,
                                u"%1. A go command that hangs even for 'go env' blocks every build; the doctor "
                                "killed it and continued without its answers."_s
                                    .arg(facts.go.problem.isEmpty() ? facts.go.envJsonError : facts.go.problem));
        f.evidence.append({u"go binary"_s, facts.go.path, u"PATH"_s});
        if (!facts.go.versionOutput.isEmpty())
            f.evidence.append({u"go version"_s, facts.go.versionOutput, u"go version"_s});
        f.fix = FixHint{u"Run the command by hand with a watchdog and look at what it waits for (strace -f, or "
                        "GODEBUG=toolchaintrace=1 on Go 1.24+); check for stale locks under GOMODCACHE."_s,
                        {u"timeout 30 go env -json"_s}};
        f.rootCauseScore = score::kBlocksAllDownloads + 5;
    }
};

} // namespace

std::unique_ptr<Check> makeGoHangs()
{
    return std::make_unique<GoHangs>();
}

} // namespace gmd::rules
