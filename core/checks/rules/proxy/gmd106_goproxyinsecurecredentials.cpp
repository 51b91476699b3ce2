// SPDX-License-Identifier: MIT
// GMD106: an http:// proxy URL with user info always fails: cmd/go refuses to pass credentials
// to an insecure URL (NET-4) and prints "# get <url>: insecure credentials" under -x.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "common/secrets.h"
#include "goenv/goproxy.h"

#include <QUrl>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoproxyInsecureCredentials final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD106"_s, u"goproxy-insecure-credentials"_s, u"Proxy"_s,
                u"GOPROXY passes credentials over plain http"_s, Severity::Error};
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOPROXY"_s);
        const ProxyList list = parseGoProxy(v.value);
        if (!list.isValid())
            return;
        for (const ProxyEntry& e : list.entries) {
            if (e.kind != ProxyEntryKind::Url)
                continue;
            const QUrl u(e.url);
            if (u.scheme() != u"http"_s || (u.userName().isEmpty() && u.password().isEmpty()))
                continue;
            Finding& f = out.report(
                u"GOPROXY"_s,
                u"%1 carries credentials over plain http. The go command refuses to send them (\"refusing to pass "
                "credentials to insecure URL\"), so every request to this proxy fails%2."_s.arg(
                    redactUrl(e.url),
                    e.fallback == FallbackMode::OnAnyError ? u" and go moves on to the next entry ('|')"_s
                                                           : u" and, with ',', the command stops there"_s));
            describeValue(f, v);
            // Rebuild the whole list with this entry served over https and without credentials.
            QString rebuilt;
            for (qsizetype i = 0; i < list.entries.size(); ++i) {
                const ProxyEntry& other = list.entries[i];
                QString text;
                if (other.kind == ProxyEntryKind::Direct)
                    text = u"direct"_s;
                else if (other.kind == ProxyEntryKind::Off)
                    text = u"off"_s;
                else if (other.offset == e.offset) {
                    QUrl https = u;
                    https.setScheme(u"https"_s);
                    https.setUserInfo(QString());
                    text = https.toString();
                } else
                    text = other.url;
                rebuilt += text;
                if (i + 1 < list.entries.size())
                    rebuilt += other.fallback == FallbackMode::OnAnyError ? u'|' : u',';
            }
            f.fix = fixSetVariable(ctx, v, rebuilt,
                                   u"Serve the proxy over https and put the credentials in ~/.netrc (or GOAUTH on Go "
                                   "1.24+), which go sends over https only (AUTH-1); or drop them if the proxy does "
                                   "not need any."_s);
            f.rootCauseScore = score::kBlocksAllDownloads - 5;
        }
    }
};

} // namespace

std::unique_ptr<Check> makeGoproxyInsecureCredentials()
{
    return std::make_unique<GoproxyInsecureCredentials>();
}

} // namespace gmd::rules
