// SPDX-License-Identifier: MIT
// GMD010: a go variable is set in the process environment (OS, or what a Dockerfile gives a RUN)
// while the go env -w file holds a different value for it. The environment wins (ENV-1) and
// go env -w only prints a warning (GOENV-5), so "go env -w does nothing" (H14). Owns the
// disagreement itself; whether either value is valid is the business of the per-variable checks.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/envsource/envsourceutil.h"
#include "common/secrets.h"
#include "env/goenvresolver.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class OsShadowsEnvFile final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD010"_s, u"os-shadows-env-file"_s, u"Environment"_s,
            u"An environment variable hides the go env -w setting"_s, Severity::Warning };
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        for (const QString& name : ctx.env.names()) {
            if (!isGoConfigVariable(name))
                continue;
            const EnvValue v = ctx.env.get(name);
            // ENV-2: an empty OS value is not in force, so it hides nothing.
            if (!isProcessEnvironment(v.source) || v.value.isEmpty())
                continue;
            const EnvValue* file = findSource(v, EnvSource::UserEnvFile);
            if (!file || file == &v || file->value == v.value)
                continue;
            report(ctx, v, *file, out);
        }
    }

private:
    static void report(const EnvContext& ctx, const EnvValue& v, const EnvValue& file, FindingSink& out)
    {
        const QString fileValue =
            file.value.isEmpty() ? u"an empty value"_s : u"'%1'"_s.arg(maskValue(v.name, file.value));
        Finding& f = out.report(v.name,
            u"%1 is set in %2 to '%3', which hides %4 written by go env -w in %5. go uses '%3': a non-empty "
            "environment variable beats the go env file (ENV-1), and go env -w %1=... only warns that it does not "
            "override the environment (GOENV-5), so changing it with go env -w seems to do nothing (H14)."_s.arg(v.name,
                whereSet(v), maskValue(v.name, v.value), fileValue,
                file.location.isValid() ? u"%1:%2"_s.arg(file.location.file).arg(file.location.line) : file.origin));
        describeValue(f, v);
        f.evidence.append(fileEvidence(file));
        f.fix = fixUnsetVariable(ctx, v,
            u"Keep one place for the setting. If the go env -w value is the one you want, remove the variable "
            "from the environment (below). If the environment value is the one you want, run 'go env -u %1' "
            "instead, so that the stale file entry no longer disagrees with it."_s.arg(v.name));
        f.rootCauseScore = score::kConfusing;
    }
};

} // namespace

std::unique_ptr<Check> makeOsShadowsEnvFile()
{
    return std::make_unique<OsShadowsEnvFile>();
}

} // namespace gmd::rules
