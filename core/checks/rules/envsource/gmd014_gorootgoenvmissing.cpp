// SPDX-License-Identifier: MIT
// GMD014: Go >= 1.21 reads the defaults of GOPROXY, GOSUMDB and GOTOOLCHAIN from $GOROOT/go.env
// (ENV-6). A distribution or custom build without that file leaves all three empty: downloads
// fail with "GOPROXY list is not the empty string, but contains no entries" and "missing GOSUMDB",
// and toolchain switching is off (golang/go#61928). Host only: images have their own go.env.
// Owns the cause; GMD100 and GMD111 report the resulting errors.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "env/goenvresolver.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

struct Default
{
    QString name;
    QString value;
    QString effect;
};

class GoRootGoEnvMissing final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD014"_s, u"goroot-go-env-missing"_s, u"Environment"_s, u"$GOROOT/go.env is missing"_s,
            Severity::Warning };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        const GoEnvInputs& in = facts.hostInputs;
        if (!facts.go.found || in.goRootEnvPath.isEmpty() || in.goRootEnv || in.goVersion.isEmpty()
            || !goAtLeast(in.goVersion, 1, 21))
            return;
        const EffectiveEnv& env = facts.host().env;
        const QList<Default> defaults = {
            { u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s,
                u"every module lookup fails with 'GOPROXY list is not the empty string, but contains no entries'"_s },
            { u"GOSUMDB"_s, u"sum.golang.org"_s,
                u"every module missing from go.sum fails with 'verifying module: missing GOSUMDB'"_s },
            { u"GOTOOLCHAIN"_s, u"auto"_s,
                u"toolchain switching is off (a go.mod that needs a newer Go fails instead of downloading it)"_s },
        };
        QStringList effects;
        QStringList assignments;
        bool downloadsBroken = false;
        for (const Default& d : defaults) {
            if (!env.value(d.name).isEmpty())
                continue;
            effects << u"%1 is empty, so %2"_s.arg(d.name, d.effect);
            assignments << u"%1=%2"_s.arg(d.name, shellQuote(d.value));
            downloadsBroken = downloadsBroken || d.name != u"GOTOOLCHAIN"_s;
        }
        QString message = u"go %1 reads the defaults of GOPROXY, GOSUMDB and GOTOOLCHAIN from %2, which does not "
                          "exist (ENV-6, golang/go#61928)."_s.arg(in.goVersion, in.goRootEnvPath);
        if (effects.isEmpty())
            message += u" Every one of them is set elsewhere here, so nothing breaks now, but a shell, CI job or "
                       "IDE without those settings gets empty values."_s;
        else
            message += u' ' + effects.join(u"; "_s) + u'.';
        Finding& f = out.report(in.goRootEnvPath, message);
        if (downloadsBroken)
            f.severity = Severity::Error;
        f.evidence.append({ u"$GOROOT/go.env"_s, u"missing"_s, in.goRootEnvPath });
        f.evidence.append({ u"go version"_s, in.goVersion, facts.go.path });
        for (const Default& d : defaults)
            f.evidence.append(evidenceFor(env.get(d.name)));
        FixHint fix;
        fix.description =
            u"Restore go.env: reinstall the Go package, or write the file of the official release "
            "(GOPROXY=https://proxy.golang.org,direct, GOSUMDB=sum.golang.org, GOTOOLCHAIN=auto) to %1."_s.arg(
                in.goRootEnvPath);
        if (!assignments.isEmpty()) {
            fix.description += u" Without root, set the missing values in the go env -w file:"_s;
            fix.commands << u"go env -w "_s + assignments.join(u' ');
        }
        f.fix = fix;
        f.rootCauseScore = downloadsBroken ? score::kBlocksAllDownloads : score::kHygiene;
    }
};

} // namespace

std::unique_ptr<Check> makeGoRootGoEnvMissing()
{
    return std::make_unique<GoRootGoEnvMissing>();
}

} // namespace gmd::rules
