// SPDX-License-Identifier: MIT
// GMD004: `go env -json` itself fails: a broken go.work or go.mod, Go 1.24 without any cache
// location, an unreadable GOROOT... An invalid GOTOOLCHAIN (GOENV-7) also makes it fail, but
// that case is GMD140's, which names the value.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "gocmd/gotoolchain.h"

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
        // An invalid GOTOOLCHAIN is GMD140's finding; it names the value and the way out.
        if (!parseGoToolchain(facts.host().env.value(u"GOTOOLCHAIN"_s)).isValid())
            return;
        Finding& f = out.report(u"go"_s, u"'go env -json' failed: %1. When go env fails, go mod download fails "
                                         "the same way before it downloads anything."_s.arg(facts.go.envJsonError));
        f.evidence.append({u"go env -json (stderr)"_s, facts.go.envJsonError, facts.go.path});
        f.evidence.append({u"working directory"_s, facts.project.dir, u"the project folder"_s});
        f.rootCauseScore = score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeGoEnvFails()
{
    return std::make_unique<GoEnvFails>();
}

} // namespace gmd::rules
