// SPDX-License-Identifier: MIT
// GMD120: globs of GOPRIVATE, GONOPROXY, GONOSUMDB or GOINSECURE that can never match what the
// user meant (PRIV-1..3, H6): a space after a comma, a URL scheme, a ".git" suffix, quotes, a
// '\r', ';' lists, an upper-case host, a malformed glob. cmd/go splits on ',' only, trims nothing
// and drops malformed globs without a word, so the setting silently does nothing for that path.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "common/secrets.h"
#include "goenv/prefixpatterns.h"

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class PrivatePatternNeverMatches final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD120"_s, u"private-pattern-never-matches"_s, u"Private modules"_s,
            u"A private-module pattern can never match"_s, Severity::Error };
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        for (const QString& name : { u"GOPRIVATE"_s, u"GONOPROXY"_s, u"GONOSUMDB"_s, u"GOINSECURE"_s }) {
            const EnvValue v = ctx.env.get(name);
            if (v.source == EnvSource::Derived)
                continue; // GOPRIVATE's value: reported once, under GOPRIVATE
            QList<PatternProblem> problems = lintPatternList(v.value);
            problems.removeIf([](const PatternProblem& p) { return p.kind == PatternProblem::Empty; });
            if (!problems.isEmpty())
                report(ctx, v, problems, out);
        }
    }

private:
    static QString shown(const QString& name, const QString& glob)
    {
        QString s = maskValue(name, glob);
        s.replace(u"\r"_s, u"\\r"_s);
        s.replace(u"\t"_s, u"\\t"_s);
        return s;
    }

    static void report(
        const EnvContext& ctx, const EnvValue& v, const QList<PatternProblem>& problems, FindingSink& out)
    {
        QStringList lines;
        for (qsizetype i = 0; i < problems.size(); ++i) {
            const PatternProblem& p = problems[i];
            const bool sameGlob = i > 0 && problems[i - 1].offset == p.offset;
            lines << (sameGlob ? u"it also %1"_s.arg(p.message) : u"'%1' %2"_s.arg(shown(v.name, p.glob), p.message));
        }
        const bool upperOnly = std::all_of(problems.cbegin(), problems.cend(),
            [](const PatternProblem& p) { return p.kind == PatternProblem::UpperCase; });
        Finding& f = out.report(v.name,
            u"%1 has patterns that never match a module path: %2. cmd/go splits the list on ',' only, trims "
            "nothing, compares case-sensitively and drops malformed globs silently (PRIV-1..3), so the "
            "paths they were meant for are treated as if %1 did not name them (H6)."_s.arg(
                v.name, lines.join(u"; "_s)));
        if (upperOnly)
            f.severity = Severity::Warning;
        describeValue(f, v);
        const QString corrected = correctedPatternList(v.value);
        if (corrected != v.value && !containsSecret(v.name, v.value)) {
            if (corrected.isEmpty())
                f.fix = fixUnsetVariable(ctx, v, u"No usable pattern is left."_s);
            else
                f.fix = fixSetVariable(ctx, v, corrected,
                    u"Write the list as comma-separated globs without blanks, "
                    "schemes, quotes or .git."_s);
        }
        f.rootCauseScore = v.name == u"GOINSECURE"_s || upperOnly ? score::kConfusing : score::kBreaksSome;
    }
};

} // namespace

std::unique_ptr<Check> makePrivatePatternNeverMatches()
{
    return std::make_unique<PrivatePatternNeverMatches>();
}

} // namespace gmd::rules
