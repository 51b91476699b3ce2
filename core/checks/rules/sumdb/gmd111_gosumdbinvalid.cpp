// SPDX-License-Identifier: MIT
// GMD111: GOSUMDB does not parse (SUMDB-2): "missing GOSUMDB", "invalid GOSUMDB: too many fields",
// "invalid GOSUMDB: malformed verifier id" (a URL, "Off", quotes), a bad name or URL. go env -w
// accepts any of these (GOENV-4); every module missing from go.sum and every toolchain download
// then fails with "verifying module: <error>". GMD011/GMD014 own the causes of an empty value; this
// check still reports the exact error.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "common/secrets.h"
#include "goenv/gosumdb.h"

#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GosumdbInvalid final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD111"_s, u"gosumdb-invalid"_s, u"Checksum database"_s, u"GOSUMDB cannot be parsed"_s,
            Severity::Error };
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOSUMDB"_s);
        const SumDbConfig db = parseGoSumDb(v.value);
        if (db.isValid())
            return;
        Finding& f = out.report(u"GOSUMDB"_s,
            u"Every module whose lines are missing from go.sum, and every toolchain download, "
            "fails with: verifying module: %1.%2"_s.arg(maskSecrets(db.error), hint(ctx, v)));
        describeValue(f, v);
        for (const EnvValue& h : v.hidden)
            f.evidence.append(evidenceFor(h));
        if (v.value.trimmed().isEmpty() && v.source == EnvSource::UserEnvFile) {
            f.fix = fixUnsetVariable(ctx, v, u"Remove the empty key so that the default applies again."_s);
        } else {
            const Suggestion s = suggest(v.value);
            if (containsSecret(v.name, s.value)) // a mirror URL with credentials: never print them
                f.fix = FixHint { s.description, {} };
            else
                f.fix = fixSetVariable(ctx, v, s.value, s.description);
        }
        f.rootCauseScore = score::kBreaksSome;
    }

private:
    struct Suggestion
    {
        QString value;
        QString description;
    };

    static QString hint(const EnvContext& ctx, const EnvValue& v)
    {
        const QString t = v.value.trimmed();
        if (t.isEmpty() && v.source == EnvSource::UserEnvFile)
            return u" The go env -w file sets GOSUMDB to an empty value, which hides the default from "
                   "$GOROOT/go.env (ENV-3)."_s;
        if (t.isEmpty() && v.source == EnvSource::Unset && !ctx.container)
            return u" Nothing sets GOSUMDB: this Go reads its default from $GOROOT/go.env, which is missing or "
                   "lacks GOSUMDB (ENV-6)."_s;
        if (t.isEmpty())
            return u" GOSUMDB is empty."_s;
        if (v.value.contains(u'"') || v.value.contains(u'\''))
            return u" The value contains literal quotes, which go keeps (go env -w and docker-compose list "
                   "syntax write them)."_s;
        if (t.compare(u"off"_s, Qt::CaseInsensitive) == 0)
            return u" Keywords are case-sensitive: only lower-case 'off' disables the database."_s;
        if (t.contains(u"://"_s) && !t.contains(u' '))
            return u" GOSUMDB takes a database name, optionally followed by a URL ('sum.golang.org "
                   "https://mirror.example'), not a URL alone."_s;
        if (t.contains(u','))
            return u" GOSUMDB is not a list: the name and an optional URL are separated by a space."_s;
        return {};
    }

    /// The value the user most likely meant, with why.
    static Suggestion suggest(const QString& raw)
    {
        QString t = raw;
        t.remove(u'"');
        t.remove(u'\'');
        t.remove(u'\r');
        t = t.simplified();
        const SumDbConfig cleaned = parseGoSumDb(t);
        if (!t.isEmpty() && cleaned.isValid() && !cleaned.off)
            return { t, u"Write the value without the stray characters."_s };
        if (t.contains(u"://"_s) && !t.contains(u' ') && !t.contains(u',')) {
            const QString host = QUrl(t).host();
            if (host == u"sum.golang.org"_s || host == u"sum.golang.google.cn"_s)
                return { host, u"Use the database name."_s };
            const QString mirror = u"sum.golang.org "_s + t;
            if (parseGoSumDb(mirror).isValid())
                return { mirror,
                    u"If %1 mirrors sum.golang.org, name the database and give the URL second."_s.arg(redactUrl(t)) };
        }
        if (t.compare(u"off"_s, Qt::CaseInsensitive) == 0)
            return { u"sum.golang.org"_s,
                u"Use the default checksum database (lower-case 'off' would disable it, at "
                "the cost GMD110 describes)."_s };
        return { u"sum.golang.org"_s, u"Use the default checksum database."_s };
    }
};

} // namespace

std::unique_ptr<Check> makeGosumdbInvalid()
{
    return std::make_unique<GosumdbInvalid>();
}

} // namespace gmd::rules
