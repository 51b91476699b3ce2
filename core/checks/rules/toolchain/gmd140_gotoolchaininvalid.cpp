// SPDX-License-Identifier: MIT
// GMD140: GOTOOLCHAIN does not parse (TC-1). Toolchain selection runs before every command, so
// every go command fails, `go env -u GOTOOLCHAIN` included (GOENV-7); only `go env GOTOOLCHAIN`
// and `go env -w GOTOOLCHAIN=...` still work. This check owns the value; GMD004 reports an
// observed `go env` failure, whatever its cause.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "common/secrets.h"
#include "gocmd/gotoolchain.h"
#include "gocmd/goversion.h"
#include "goenv/goproxy.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

/// The value the user most likely meant: quotes and blanks removed, lower case, a missing "go"
/// prefix added, ".0" added to a language version (TC-2); "auto" when nothing fits.
QString suggestToolchain(const QString& raw)
{
    QString base = raw.trimmed();
    base.remove(u'"').remove(u'\'').remove(u'\r');
    const QStringList candidates = { base, base.toLower(), u"go"_s + base, u"go"_s + base.toLower() };
    for (QString c : candidates) {
        const ToolchainSetting s = parseGoToolchain(c);
        if (c == raw || s.empty || !s.isValid())
            continue;
        if (s.minimum != u"local"_s && parseGoVersion(goVersionFromToolchain(s.minimum)).isLanguageVersion())
            c.replace(s.minimum, s.minimum + u".0"_s);
        return c;
    }
    return u"auto"_s;
}

class GotoolchainInvalid final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD140"_s, u"gotoolchain-invalid"_s, u"Toolchain"_s, u"GOTOOLCHAIN is invalid"_s, Severity::Error };
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOTOOLCHAIN"_s);
        if (!v.isSet())
            return;
        // Go before 1.21 ignores GOTOOLCHAIN; in GOPATH mode Select() returns before reading it (TC-2).
        if ((!ctx.goVersion.isEmpty() && compareGoVersions(ctx.goVersion, u"1.21"_s) < 0)
            || ctx.env.value(u"GO111MODULE"_s) == u"off"_s)
            return;
        ToolchainSetting setting = parseGoToolchain(v.value);
        // Select()'s last sanity check: a name that parses but is no Go 1 toolchain ("go2.0.0").
        if (setting.isValid() && setting.minimum != u"local"_s && !setting.minimum.startsWith(u"go1"_s)
            && !setting.minimum.contains(u"-go1"_s))
            setting.error = u"invalid GOTOOLCHAIN %1"_s.arg(goQuote(setting.minimum));
        if (setting.isValid())
            return;
        QString hint;
        if (v.value.contains(u'"') || v.value.contains(u'\''))
            hint = u" The value contains literal quotes (go env -w and docker-compose keep them)."_s;
        else if (v.value.contains(u'\r'))
            hint = u" The value ends with a carriage return (an env file with CRLF line endings)."_s;
        else if (v.value == u"default"_s)
            hint = u" 'default' is valid only in the toolchain line of go.mod, not in GOTOOLCHAIN."_s;
        Finding& f = out.report(u"GOTOOLCHAIN"_s,
            u"Every go command fails before it starts with: go: %1. That includes go env -u GOTOOLCHAIN "
            "(GOENV-7); only 'go env GOTOOLCHAIN' and 'go env -w GOTOOLCHAIN=...' still work. Valid forms are "
            "local, auto, path, goX.Y.Z, goX.Y.Z+auto and goX.Y.Z+path (TC-1).%2"_s.arg(
                maskSecrets(setting.error), hint));
        describeValue(f, v);
        for (const EnvValue& h : v.hidden)
            f.evidence.append(evidenceFor(h));
        const QString suggestion = suggestToolchain(v.value);
        if (v.source == EnvSource::UserEnvFile && !ctx.container) {
            if (suggestion == u"auto"_s)
                f.fix = FixHint { u"Remove the key from the go env -w file (the default from $GOROOT/go.env applies "
                                  "again); the GOTOOLCHAIN=local prefix lets the command itself run. "
                                  "'go env -w GOTOOLCHAIN=auto' works as well."_s,
                    { u"GOTOOLCHAIN=local go env -u GOTOOLCHAIN"_s } };
            else
                f.fix = FixHint { u"Write the value go understands (go env -w GOTOOLCHAIN=... skips the selection "
                                  "and still works):"_s,
                    { u"go env -w GOTOOLCHAIN="_s + shellQuote(suggestion) } };
        } else {
            f.fix = fixSetVariable(ctx, v, suggestion, u"Use a value go understands."_s);
        }
        f.rootCauseScore = score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeGotoolchainInvalid()
{
    return std::make_unique<GotoolchainInvalid>();
}

} // namespace gmd::rules
