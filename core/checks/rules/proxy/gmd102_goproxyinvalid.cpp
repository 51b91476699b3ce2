// SPDX-License-Identifier: MIT
// GMD102: an entry of GOPROXY cannot be used (PROXY-2..4): a keyword in the wrong case
// (DIRECT), a bare word, an unsupported scheme, literal quotes, ';' or a space inside an entry.
// go env -w accepts all of these (GOENV-4); the error shows up only at the first lookup (PROXY-6).
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/proxy/proxyutil.h"
#include "common/secrets.h"
#include "goenv/goproxy.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoproxyInvalid final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD102"_s, u"goproxy-invalid-entry"_s, u"Proxy"_s, u"GOPROXY has an entry go cannot use"_s,
                Severity::Error};
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOPROXY"_s);
        const ProxyList list = parseGoProxy(v.value);
        if (list.isValid()) {
            reportGluedEntries(ctx, v, list, out);
            return;
        }
        if (list.error.startsWith(u"GOPROXY list is not the empty string"_s))
            return;
        QString hint;
        if (v.value.contains(u'"') || v.value.contains(u'\''))
            hint = u" The value contains literal quotes (go env -w and docker-compose keep them)."_s;
        else if (v.value.contains(u'\r'))
            hint = u" The value ends with a carriage return (an env file with CRLF line endings)."_s;
        else if (v.value.contains(u';'))
            hint = u" ';' is not a separator: only ',' and '|' separate entries."_s;
        Finding& f = out.report(u"GOPROXY"_s,
                                u"Every module lookup fails with: %1.%2"_s.arg(maskSecrets(list.error), hint));
        describeValue(f, v);
        if (list.errorOffset >= 0)
            f.evidence.append({u"bad entry at position"_s, QString::number(list.errorOffset + 1), v.name});
        const QString suggestion = suggestGoProxy(v.value);
        if (!suggestion.isEmpty())
            f.fix = fixSetVariable(ctx, v, suggestion, u"Use the value go can parse:"_s);
        f.rootCauseScore = score::kBlocksAllDownloads;
    }

private:
    /// PROXY-1: ';' is not a separator, so "https://a;direct" is one URL whose host cannot resolve.
    static void reportGluedEntries(const EnvContext& ctx, const EnvValue& v, const ProxyList& list, FindingSink& out)
    {
        for (const ProxyEntry& e : list.entries) {
            if (e.kind != ProxyEntryKind::Url || !e.raw.contains(u';'))
                continue;
            Finding& f = out.report(u"GOPROXY"_s,
                                    u"';' is not a GOPROXY separator: '%1' is read as one URL, whose host cannot be "
                                    "resolved, so every request to it fails. Only ',' and '|' separate entries."_s
                                        .arg(maskSecrets(e.raw)));
            describeValue(f, v);
            const QString suggestion = suggestGoProxy(v.value);
            if (!suggestion.isEmpty())
                f.fix = fixSetVariable(ctx, v, suggestion, u"Separate the entries with ',':"_s);
            f.rootCauseScore = score::kBlocksAllDownloads;
        }
    }
};

} // namespace

std::unique_ptr<Check> makeGoproxyInvalid()
{
    return std::make_unique<GoproxyInvalid>();
}

} // namespace gmd::rules
