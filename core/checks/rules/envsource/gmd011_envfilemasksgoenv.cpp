// SPDX-License-Identifier: MIT
// GMD011: the go env -w file has KEY= with an empty value, and $GOROOT/go.env sets KEY. A key in
// the user file, even an empty one, hides go.env (ENV-3): go sees "" (or a built-in default)
// instead of the distribution's value. GOPROXY is GMD100's (it owns every empty GOPROXY).
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/envsource/envsourceutil.h"
#include "common/secrets.h"
#include "env/goenvresolver.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class EnvFileMasksGoEnv final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD011"_s, u"env-file-masks-go-env"_s, u"Environment"_s,
            u"An empty key in the go env -w file hides $GOROOT/go.env"_s, Severity::Warning };
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        for (const QString& name : ctx.env.names()) {
            if (!isGoConfigVariable(name) || name == u"GOPROXY"_s)
                continue;
            const EnvValue v = ctx.env.get(name);
            if (isProcessEnvironment(v.source))
                continue; // a non-empty environment value beats both files: the mask changes nothing
            const EnvValue* file = findSource(v, EnvSource::UserEnvFile);
            const EnvValue* goenv = findSource(v, EnvSource::GoRootEnvFile);
            if (!file || !goenv || !file->value.isEmpty() || goenv->value.isEmpty())
                continue;
            report(ctx, v, *file, *goenv, out);
        }
    }

private:
    static QString fileLine(const EnvValue& file)
    {
        if (file.location.isValid())
            return u"Line %1 of %2"_s.arg(QString::number(file.location.line), file.location.file);
        return u"The go env -w file %1"_s.arg(file.origin);
    }

    static QString consequence(const QString& name, const EnvValue& v)
    {
        if (!v.value.isEmpty())
            return u"go uses '%1' (%2) instead."_s.arg(maskValue(name, v.value), whereSet(v));
        if (name == u"GOSUMDB"_s)
            return u"GOSUMDB is empty, so every module whose lines are missing from go.sum, and every toolchain "
                   "download, fails with 'verifying module: missing GOSUMDB'."_s;
        if (name == u"GOTOOLCHAIN"_s)
            return u"GOTOOLCHAIN is empty, which turns toolchain switching off: a go.mod that needs a newer Go "
                   "fails instead of downloading it (TC-1)."_s;
        return u"%1 is empty."_s.arg(name);
    }

    static void report(
        const EnvContext& ctx, const EnvValue& v, const EnvValue& file, const EnvValue& goenv, FindingSink& out)
    {
        const QString name = v.name;
        Finding& f = out.report(name,
            u"%2 sets %1= with an empty value, which hides '%3' from $GOROOT/go.env: a key in the go env -w "
            "file counts even when it is empty (ENV-3). %4"_s.arg(
                name, fileLine(file), maskValue(name, goenv.value), consequence(name, v)));
        if (name == u"GOSUMDB"_s)
            f.severity = Severity::Error;
        f.subject = name;
        f.location = locationOf(file);
        f.evidence.append(fileEvidence(file));
        f.evidence.append(fileEvidence(goenv));
        if (&file != &v)
            f.evidence.append(evidenceFor(v));
        f.fix =
            fixUnsetVariable(ctx, file, u"Remove the empty key so that the value from $GOROOT/go.env applies again."_s);
        f.rootCauseScore = name == u"GOSUMDB"_s ? score::kBreaksSome : score::kConfusing;
    }
};

} // namespace

std::unique_ptr<Check> makeEnvFileMasksGoEnv()
{
    return std::make_unique<EnvFileMasksGoEnv>();
}

} // namespace gmd::rules
