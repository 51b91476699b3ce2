// SPDX-License-Identifier: MIT
// GMD130: GO111MODULE turns module mode off or holds a value go rejects (FLAGS-3). `off` is
// GOPATH mode: go.mod, GOTOOLCHAIN and GOPROXY routing no longer apply, and `go mod download`
// refuses to run. Anything but "", on, auto and off is fatal for every command that loads
// modules. `auto` without a go.mod in the project folder is reported as information only.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "common/secrets.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

bool isValidGo111Module(const QString& value)
{
    return value.isEmpty() || value == u"on"_s || value == u"off"_s || value == u"auto"_s;
}

class Go111Module final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD130"_s, u"go111module"_s, u"Go mode and flags"_s,
            u"GO111MODULE disables module mode or is invalid"_s, Severity::Error };
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GO111MODULE"_s);
        const bool hasModFile = !facts.project.goModPath.isEmpty();
        if (v.value == u"off"_s) {
            Finding& f = out.report(u"GO111MODULE"_s,
                u"GO111MODULE=off puts the go command in GOPATH mode (FLAGS-3): go.mod and go.sum are ignored, "
                "imports are looked up under $GOPATH/src without versions or checksums, GOTOOLCHAIN and the "
                "toolchain line are ignored, and every 'go mod' command, go mod download included, fails with: "
                "go: modules disabled by GO111MODULE=off; see 'go help modules'."_s);
            describeValue(f, v);
            addHidden(f, v);
            f.fix = fixUnsetVariable(ctx, v, u"Remove the setting: module mode is the default since Go 1.16."_s);
            alsoRemoveHidden(ctx, v, *f.fix);
            f.rootCauseScore = score::kBlocksAllDownloads;
            return;
        }
        if (!isValidGo111Module(v.value)) {
            QString hint;
            const QString lower = v.value.trimmed().toLower();
            const QString unquoted = QString(lower).remove(u'"').remove(u'\'');
            if (isValidGo111Module(unquoted) && unquoted != v.value)
                hint = u" The value is case-sensitive and must not contain quotes or blanks."_s;
            Finding& f = out.report(u"GO111MODULE"_s,
                u"GO111MODULE=%1 is not one of on, off, auto or empty. Every command that loads packages or "
                "modules (build, test, list, get, mod download ...) fails with: go: unknown environment setting "
                "GO111MODULE=%1 (FLAGS-3).%2"_s.arg(maskValue(v.name, v.value), hint));
            describeValue(f, v);
            addHidden(f, v);
            if (unquoted == u"off"_s) {
                f.fix = fixUnsetVariable(ctx, v, u"Remove the setting (module mode is the default)."_s);
                alsoRemoveHidden(ctx, v, *f.fix);
            } else {
                f.fix = fixSetVariable(ctx, v, isValidGo111Module(unquoted) && !unquoted.isEmpty() ? unquoted : u"on"_s,
                    u"Use a value go accepts:"_s);
            }
            f.rootCauseScore = score::kBlocksAllDownloads;
            return;
        }
        if (v.value == u"auto"_s && !hasModFile && !facts.project.goWork) {
            Finding& f = out.report(u"GO111MODULE"_s,
                u"GO111MODULE=auto uses module mode only inside a module, and %1 has no go.mod. Unless a parent "
                "folder has one (the doctor looks only in this folder), go build, go test and go get run in GOPATH "
                "mode here and ignore GOPROXY, GOSUMDB and GOTOOLCHAIN; only the 'go mod' commands force module "
                "mode (FLAGS-3)."_s.arg(facts.project.dir));
            describeValue(f, v);
            f.severity = Severity::Info;
            f.fix = fixUnsetVariable(ctx, v, u"Remove the setting so that module mode is always on:"_s);
            f.rootCauseScore = score::kHygiene;
        }
    }

private:
    /// Unsetting a value brings back what it hides: remove hidden values that are just as bad.
    static void alsoRemoveHidden(const EnvContext& ctx, const EnvValue& v, FixHint& fix)
    {
        for (const EnvValue& h : v.hidden) {
            if (h.value == u"off"_s || !isValidGo111Module(h.value)) {
                fix.description +=
                    u" The lower-precedence value at %1 would take over; remove it too."_s.arg(evidenceFor(h).source);
                fix.commands << fixUnsetVariable(ctx, h, {}).commands;
            }
        }
    }

    /// The values an OS setting hides matter too: unsetting the OS value brings them back.
    static void addHidden(Finding& f, const EnvValue& v)
    {
        for (const EnvValue& h : v.hidden)
            f.evidence.append(evidenceFor(h));
    }
};

} // namespace

std::unique_ptr<Check> makeGo111Module()
{
    return std::make_unique<Go111Module>();
}

} // namespace gmd::rules
