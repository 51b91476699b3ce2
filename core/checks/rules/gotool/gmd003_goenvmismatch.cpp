// SPDX-License-Identifier: MIT
// GMD003: the doctor's own computation of the environment (ENV-1..8) differs from what
// `go env -json` reports. Either the doctor misreads this setup or something unusual (a patched
// go, a GOENV pointing elsewhere) is in play; both deserve a look before trusting other findings.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "common/secrets.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoEnvMismatch final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"GMD003"_s, u"go-env-mismatch"_s, u"Go command"_s,
                u"go env disagrees with the doctor's reading of the environment"_s, Severity::Warning};
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        if (!facts.go.found || !facts.go.envJsonOk) {
            out.skip(u"go env -json is not available"_s);
            return;
        }
        const EffectiveEnv& env = facts.host().env;
        for (const QString& name : reportedVariables()) {
            if (!facts.go.envJson.contains(name))
                continue; // not a go env variable for this go version
            QString goValue = facts.go.envJson.value(name);
            if (name == u"GOTOOLCHAIN"_s) {
                // go env -json ran with GOTOOLCHAIN=local; the real value comes from `go env GOTOOLCHAIN`.
                if (!facts.go.gotoolchainOk)
                    continue;
                goValue = facts.go.gotoolchain;
            }
            const EnvValue mine = env.get(name);
            if (mine.value == goValue)
                continue;
            Finding& f = out.report(name,
                                    u"go env reports %1=%2 but the doctor computed %3 from %4."_s.arg(
                                        name, maskValue(name, goValue), maskValue(name, mine.value),
                                        envSourceName(mine.source)));
            f.evidence.append({u"%1 (go env -json)"_s.arg(name), maskValue(name, goValue), facts.go.path});
            f.evidence.append(evidenceFor(mine));
            f.rootCauseScore = score::kConfusing;
        }
    }
};

} // namespace

std::unique_ptr<Check> makeGoEnvMismatch()
{
    return std::make_unique<GoEnvMismatch>();
}

} // namespace gmd::rules
