// SPDX-License-Identifier: MIT
// GOVCS as cmd/go's vcs.parseGOVCS/checkGOVCS read it (spec VCS-2).
#include "govcs.h"

#include "common/go/strconv.h"
#include "common/go/strings.h"
#include "prefixpatterns.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// search.IsRelativePath.
bool isRelativePattern(const QString& pattern)
{
    return pattern == u"."_s || pattern == u".."_s || pattern.startsWith(u"./"_s) || pattern.startsWith(u"../"_s);
}

QList<GoVcsRule> defaultRules()
{
    return { GoVcsRule { u"private"_s, { u"all"_s } }, GoVcsRule { u"public"_s, { u"git"_s, u"hg"_s } } };
}

QString parseRules(const QString& govcs, QList<GoVcsRule>* rules)
{
    const QString s = go::trimSpace(govcs);
    if (s.isEmpty())
        return {};
    QHash<QString, QString> have;
    for (const QString& rawItem : s.split(u',')) {
        const QString item = go::trimSpace(rawItem);
        if (item.isEmpty())
            return u"empty entry in GOVCS"_s;
        const qsizetype colon = item.indexOf(u':');
        if (colon < 0)
            return u"malformed entry in GOVCS (missing colon): "_s + go::quote(item);
        const QString pattern = go::trimSpace(item.left(colon));
        const QString list = go::trimSpace(item.mid(colon + 1));
        if (pattern.isEmpty())
            return u"empty pattern in GOVCS: "_s + go::quote(item);
        if (list.isEmpty())
            return u"empty VCS list in GOVCS: "_s + go::quote(item);
        if (isRelativePattern(pattern))
            return u"relative pattern not allowed in GOVCS: "_s + go::quote(pattern);
        if (const QString old = have.value(pattern); !old.isEmpty())
            return u"unreachable pattern in GOVCS: "_s + go::quote(item) + u" after "_s
                + go::quote(old);
        have.insert(pattern, item);
        GoVcsRule rule;
        rule.pattern = pattern;
        for (const QString& name : list.split(u'|')) {
            const QString vcs = go::trimSpace(name);
            if (vcs.isEmpty())
                return u"empty VCS name in GOVCS: "_s + go::quote(item);
            rule.allowed.append(vcs);
        }
        rules->append(rule);
    }
    return {};
}

} // namespace

GoVcsConfig parseGoVcs(const QString& govcs)
{
    GoVcsConfig config;
    QList<GoVcsRule> user;
    config.error = parseRules(govcs, &user);
    if (config.error.isEmpty())
        config.userRuleCount = int(user.size());
    else
        user.clear();
    config.rules = user + defaultRules(); // the default comes after the user's rules
    return config;
}

bool GoVcsConfig::allows(const QString& vcs, const QString& repoRoot, bool isPrivate) const
{
    if (vcs == u"mod"_s)
        return true; // proxy-protocol fetches involve no VCS
    if (!isValid())
        return false;
    // The first matching rule decides; "off" (or any name that is not the VCS) refuses.
    for (const GoVcsRule& rule : rules) {
        bool match = false;
        if (rule.pattern == u"private"_s)
            match = isPrivate;
        else if (rule.pattern == u"public"_s)
            match = !isPrivate;
        else
            match = matchPrefixPatterns(rule.pattern, repoRoot);
        if (!match)
            continue;
        return rule.allowed.contains(vcs) || rule.allowed.contains(u"all"_s);
    }
    return false;
}

QString GoVcsConfig::checkError(const QString& vcs, const QString& repoRoot, bool isPrivate) const
{
    if (vcs == u"mod"_s)
        return {};
    if (!isValid())
        return error;
    if (allows(vcs, repoRoot, isPrivate))
        return {};
    return u"GOVCS disallows using "_s + vcs + u" for "_s + (isPrivate ? u"private "_s : u"public "_s) + repoRoot
        + u"; see 'go help vcs'"_s;
}

} // namespace gmd
