// SPDX-License-Identifier: MIT
// GMD015: an environment variable set to "" for a go setting while a non-empty value applies from
// elsewhere. An empty environment value is the same as an unset one (ENV-2), so it does not clear
// the go env -w or go.env value. Worth a warning for GONOPROXY/GONOSUMDB: "GONOPROXY=" does not
// undo GOPRIVATE; the conventional "match nothing" value is `none` (PRIV-4).
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/envsource/envsourceutil.h"
#include "common/secrets.h"
#include "env/goenvresolver.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class EmptyOsVariableIgnored final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD015"_s, u"empty-os-variable-ignored"_s, u"Environment"_s,
            u"An empty environment variable does not clear a go setting"_s, Severity::Info };
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        for (const QString& name : ctx.env.names()) {
            if (!isGoConfigVariable(name))
                continue;
            const EnvValue v = ctx.env.get(name);
            if (!v.osSetButEmpty || v.value.isEmpty())
                continue;
            const bool undoesPrivate = (name == u"GONOPROXY"_s || name == u"GONOSUMDB"_s)
                && v.source == EnvSource::Derived && v.derivedFrom == u"GOPRIVATE"_s;
            if (undoesPrivate)
                reportPrivate(ctx, v, out);
            else
                reportPlain(ctx, v, out);
        }
    }

private:
    static EnvValue emptyOsValue(const EnvValue& v)
    {
        EnvValue os;
        os.name = v.name;
        os.source = EnvSource::OsEnvironment;
        os.origin = u"set to an empty value"_s;
        return os;
    }

    static void reportPrivate(const EnvContext& ctx, const EnvValue& v, FindingSink& out)
    {
        const QString role = v.name == u"GONOPROXY"_s ? u"fetched directly instead of through GOPROXY"_s
                                                      : u"not checked against the checksum database"_s;
        Finding& f = out.report(v.name,
            u"%1 is set to an empty value, which go treats as unset (ENV-2), so it still defaults to "
            "GOPRIVATE='%2': modules matching it are %3. An empty value cannot undo GOPRIVATE; use a pattern "
            "that matches nothing, conventionally 'none' (PRIV-4)."_s.arg(v.name, maskValue(v.name, v.value), role));
        f.severity = Severity::Warning;
        f.subject = v.name;
        f.evidence.append(evidenceFor(emptyOsValue(v)));
        f.evidence.append(evidenceFor(v));
        f.fix = fixSetVariable(ctx, emptyOsValue(v), u"none"_s, u"Set %1 to 'none' where it is set now."_s.arg(v.name));
        f.rootCauseScore = score::kConfusing;
    }

    static void reportPlain(const EnvContext& ctx, const EnvValue& v, FindingSink& out)
    {
        Finding& f = out.report(v.name,
            u"%1 is set to an empty value in the environment, which go treats as unset (ENV-2): the "
            "value '%2' from %3 applies."_s.arg(v.name, maskValue(v.name, v.value), whereSet(v)));
        f.evidence.append(evidenceFor(emptyOsValue(v)));
        f.evidence.append(evidenceFor(v));
        if (v.source == EnvSource::UserEnvFile)
            f.fix = fixUnsetVariable(ctx, v,
                u"If the empty value was meant to clear the setting, remove it from the "
                "go env -w file instead:"_s);
        f.rootCauseScore = score::kHygiene;
    }
};

} // namespace

std::unique_ptr<Check> makeEmptyOsVariableIgnored()
{
    return std::make_unique<EmptyOsVariableIgnored>();
}

} // namespace gmd::rules
