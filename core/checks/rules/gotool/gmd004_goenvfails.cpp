// SPDX-License-Identifier: MIT
// GMD004: `go env -json` itself fails. With an invalid GOTOOLCHAIN in the env file every go
// command fails, even `go env -u GOTOOLCHAIN` (GOENV-7); a broken go.mod or go.work can do the same.
#include "checks/checkutil.h"
#include "checks/facts.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoEnvFails final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"GMD004"_s, u"go-env-fails"_s, u"Go command"_s, u"go env fails"_s, Severity::Error};
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        if (!facts.go.found || facts.go.hung || facts.go.envJsonOk || facts.go.envJsonError.isEmpty())
            return;
        Finding& f = out.report(u"go"_s, u"'go env -json' failed: %1"_s.arg(facts.go.envJsonError));
        f.evidence.append({u"go env -json (stderr)"_s, facts.go.envJsonError, facts.go.path});
        const EnvValue tc = facts.host().env.get(u"GOTOOLCHAIN"_s);
        if (facts.go.envJsonError.contains(u"GOTOOLCHAIN"_s)) {
            f.evidence.append(evidenceFor(tc));
            f.fix = FixHint{u"An invalid GOTOOLCHAIN breaks every go command, including 'go env -u' (GOENV-7); "
                            "these two forms still work:"_s,
                            {u"go env -w GOTOOLCHAIN=auto"_s, u"GOTOOLCHAIN=local go env -u GOTOOLCHAIN"_s}};
        }
        f.rootCauseScore = score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeGoEnvFails()
{
    return std::make_unique<GoEnvFails>();
}

} // namespace gmd::rules
