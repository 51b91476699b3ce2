// SPDX-License-Identifier: MIT
#include "buildcheckconfig.h"

#include "common/go/strconv.h"
#include "common/go/strings.h"
#include "dockerfile/directiveparser.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// strings.Split(v, ",") with every name trimmed (D1.1).
QStringList ruleList(const QString& v)
{
    QStringList out;
    for (const QString& name : v.split(u','))
        out.append(go::trimSpace(name));
    return out;
}

/// The text before the first space (A2.8, D1.6).
QString firstWord(const QString& value)
{
    const qsizetype space = value.indexOf(u' ');
    return space < 0 ? value : value.left(space);
}

} // namespace

BuildCheckConfig parseCheckOptions(const QString& options)
{
    BuildCheckConfig config;
    const QString text = go::trimSpace(options);
    if (text.isEmpty())
        return config;
    // D1.1: strings.SplitN(s, ";", 3), so a third part keeps any further ';'.
    QStringList parts;
    qsizetype start = 0;
    while (parts.size() < 2) {
        const qsizetype semi = text.indexOf(u';', start);
        if (semi < 0)
            break;
        parts.append(text.mid(start, semi - start));
        start = semi + 1;
    }
    parts.append(text.mid(start));
    for (const QString& part : std::as_const(parts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0) {
            config.parseError = u"invalid check option "_s + go::quote(part);
            return config;
        }
        const QString key = go::trimSpace(part.left(eq));
        const QString value = go::trimSpace(part.mid(eq + 1));
        if (key == "skip"_L1) {
            if (value == "all"_L1)
                config.skipAll = true;
            else
                config.skip = ruleList(value);
        } else if (key == "experimental"_L1) {
            if (value == "all"_L1)
                config.experimentalAll = true;
            else
                config.experimental = ruleList(value);
        } else if (key == "error"_L1) {
            const std::optional<bool> b = go::parseBool(value);
            if (!b) {
                config.parseError = u"failed to parse check option "_s + go::quote(part)
                    + u": strconv.ParseBool: parsing "_s + go::quote(value) + u": invalid syntax"_s;
                return config;
            }
            config.error = *b;
        } else {
            config.parseError = u"invalid check option "_s + go::quote(key);
            return config;
        }
    }
    return config;
}

BuildCheckConfig parseCheckDirective(const QString& value)
{
    BuildCheckConfig config = parseCheckOptions(firstWord(value));
    if (!config.ok())
        config.parseError = u"failed to parse check options: "_s + config.parseError;
    return config;
}

BuildCheckConfig resolveBuildCheckConfig(
    const DockerfileDirectives& directives, const QHash<QString, QString>& buildArgs)
{
    // D1.5: the build arg replaces the directive; it is not merged with it.
    const auto arg = buildArgs.constFind(u"BUILDKIT_DOCKERFILE_CHECK"_s);
    if (arg != buildArgs.constEnd()) {
        BuildCheckConfig config = parseCheckOptions(*arg);
        if (!config.ok())
            config.parseError = u"failed to parse build-arg:BUILDKIT_DOCKERFILE_CHECK: "_s + config.parseError;
        return config;
    }
    if (directives.check)
        return parseCheckDirective(directives.checkOptions);
    return {};
}

std::optional<BuildCheckConfig> checkConfigFromComments(const QStringList& comments)
{
    for (const QString& comment : comments) {
        QByteArray key;
        QByteArray value;
        if (!matchDirective(comment.toUtf8(), &key, &value) || key.toLower() != "check")
            continue;
        // D1.6: only the first `check=` comment counts, even when it does not parse.
        BuildCheckConfig config = parseCheckOptions(firstWord(QString::fromUtf8(value)));
        if (!config.ok())
            return std::nullopt;
        return config;
    }
    return std::nullopt;
}

bool isBuildCheckEnabled(
    const QString& rule, bool experimental, const BuildCheckConfig& file, const BuildCheckConfig* instruction)
{
    if (experimental) {
        // D1.4: skip does not apply; only an explicit opt-in runs the rule.
        return file.experimentalAll || file.experimental.contains(rule)
            || (instruction && (instruction->experimentalAll || instruction->experimental.contains(rule)));
    }
    return !(file.skipAll || file.skip.contains(rule)
        || (instruction && (instruction->skipAll || instruction->skip.contains(rule))));
}

QString buildCheckFailure(const BuildCheckConfig& config, const QStringList& firedRules)
{
    if (!config.error || firedRules.isEmpty())
        return {};
    QStringList unique;
    for (const QString& rule : firedRules) {
        if (!unique.contains(rule))
            unique.append(rule);
    }
    return u"lint violation found for rules: "_s + unique.join(u", "_s);
}

} // namespace gmd
