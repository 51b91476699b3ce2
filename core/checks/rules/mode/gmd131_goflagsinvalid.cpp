// SPDX-License-Identifier: MIT
// GMD131: GOFLAGS cannot be parsed (FLAGS-1): a field that is not a flag, a flag no go command
// knows, or an unterminated quote. Every go command except `go env` and `go bug` fails with it,
// and `go env -w` writes GOFLAGS unchecked (GOENV-4). -insecure is a known flag: GMD132 owns it.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/mode/modeutil.h"
#include "common/secrets.h"
#include "gocmd/goflags.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoflagsInvalid final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD131"_s, u"goflags-invalid"_s, u"Go mode and flags"_s, u"GOFLAGS cannot be parsed"_s,
            Severity::Error };
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOFLAGS"_s);
        const GoFlags flags = parseGoFlags(v.value, ctx.goVersion);
        if (flags.isValid())
            return;
        QString hint;
        if (v.value.contains(u'\r'))
            hint = u" The value ends with a carriage return (an env file with CRLF line endings)."_s;
        else if (v.value.contains(u"-mod "_s) || v.value.contains(u"-tags "_s))
            hint = u" In GOFLAGS a flag and its value must be joined with '=' (-mod=mod), not a blank."_s;
        Finding& f = out.report(u"GOFLAGS"_s,
            u"Every go command except go env and go bug fails with: go: %1 (FLAGS-1). go env -w accepts any "
            "GOFLAGS value, so the mistake shows up only later.%2"_s.arg(maskSecrets(flags.error), hint));
        describeValue(f, v);
        if (flags.errorOffset >= 0)
            f.evidence.append({ u"bad field at position"_s, QString::number(flags.errorOffset + 1), v.name });
        for (const EnvValue& h : v.hidden)
            f.evidence.append(evidenceFor(h));
        const GoFlagsRepair repair = repairGoFlags(v.value, ctx.goVersion);
        if (repair.ok) {
            QString description = u"Keep the flags go accepts"_s;
            if (!repair.dropped.isEmpty())
                description += u" (dropping %1)"_s.arg(maskSecrets(repair.dropped.join(u", "_s)));
            description += u'.';
            f.fix = repair.value.isEmpty() ? fixUnsetVariable(ctx, v, description)
                                           : fixSetVariable(ctx, v, repair.value, description);
        }
        f.rootCauseScore = score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeGoflagsInvalid()
{
    return std::make_unique<GoflagsInvalid>();
}

} // namespace gmd::rules
