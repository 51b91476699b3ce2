// SPDX-License-Identifier: MIT
// GMD113: GONOSUMCHECK or GONOVERIFY is set. No released go command reads either: they are
// pre-release names from the Go 1.13 development cycle, which shipped GONOSUMDB instead (old blog
// posts still show them). The checksum database is consulted as if they were not there.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/private/privateutil.h"
#include "common/secrets.h"
#include "goenv/prefixpatterns.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

bool looksLikeSwitch(const QString& value)
{
    static const QStringList words = { u"1"_s, u"0"_s, u"true"_s, u"false"_s, u"on"_s, u"off"_s, u"yes"_s, u"no"_s };
    return words.contains(value.trimmed().toLower());
}

class GonosumcheckNotAGoVariable final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD113"_s, u"gonosumcheck-not-a-go-variable"_s, u"Checksum database"_s,
            u"GONOSUMCHECK and GONOVERIFY are not read by go"_s, Severity::Warning };
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        for (const QString& name : { u"GONOSUMCHECK"_s, u"GONOVERIFY"_s }) {
            EnvValue v = ctx.env.get(name);
            if (!v.isSet() && isHostContext(ctx, facts) && !facts.hostInputs.os.value(name).isEmpty()) {
                // Not every name is in the resolved environment; the host's OS environment has them all.
                v.value = facts.hostInputs.os.value(name);
                v.source = EnvSource::OsEnvironment;
            }
            if (v.value.isEmpty())
                continue;
            report(ctx, v, out);
        }
    }

private:
    static void report(const EnvContext& ctx, const EnvValue& v, FindingSink& out)
    {
        const EnvValue nosumdb = ctx.env.get(u"GONOSUMDB"_s);
        QString message =
            u"%1 is set to '%2', but no released go command reads it: the exemption from the checksum "
            "database shipped in Go 1.13 as GONOSUMDB (%1 is a pre-release name that old posts still "
            "show). The checksum database is consulted as if it were not set; the effective GONOSUMDB "
            "is %3."_s.arg(v.name, maskValue(v.name, v.value),
                nosumdb.value.isEmpty() ? u"empty"_s : u"'%1'"_s.arg(maskValue(nosumdb.name, nosumdb.value)));
        const bool isSwitch = looksLikeSwitch(v.value);
        if (isSwitch)
            message += u" GONOSUMDB is not a switch either: it takes module path patterns such as "
                       "git.corp.example,github.com/acme (PRIV-1)."_s;
        Finding& f = out.report(v.name, message);
        describeValue(f, v);
        f.evidence.append(evidenceFor(nosumdb));

        FixHint fix = fixUnsetVariable(ctx, v,
            u"Remove it, and list private module paths in GOPRIVATE (or GONOSUMDB, to "
            "skip only the database)."_s);
        if (!isSwitch && !containsSecret(v.name, v.value)) {
            // The value is a pattern list: carry it over to the variable go reads, keeping what applies
            // now, but not globs that would exempt public modules (GMD112).
            QStringList carried;
            QStringList dropped;
            for (const QString& glob : correctedPatternList(v.value).split(u',', Qt::SkipEmptyParts))
                (publicSampleMatches(glob).isEmpty() ? carried : dropped) << glob;
            const QString merged = mergePatterns(nosumdb.value, carried);
            if (!carried.isEmpty() && merged != nosumdb.value) {
                EnvValue target = nosumdb;
                if (target.source == EnvSource::Derived || target.source == EnvSource::Unset)
                    target.source = EnvSource::UserEnvFile; // go env -w on the host, ENV in a Dockerfile
                fix.commands += fixSetVariable(ctx, target, merged, QString()).commands;
                appendFixSentence(fix, u"Its patterns go to GONOSUMDB, the variable go reads:"_s);
            }
            if (!dropped.isEmpty())
                appendFixSentence(fix,
                    u"'%1' is not carried over: it would exempt public modules from "
                    "verification too."_s.arg(dropped.join(u',')));
        }
        f.fix = fix;
        f.rootCauseScore = score::kConfusing;
    }
};

} // namespace

std::unique_ptr<Check> makeGonosumcheckNotAGoVariable()
{
    return std::make_unique<GonosumcheckNotAGoVariable>();
}

} // namespace gmd::rules
