// SPDX-License-Identifier: MIT
#include "modeutil.h"

#include "gocmd/goflags.h"
#include "gocmd/goversion.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

/// Flags whose value people write after a blank ("-mod mod"), which GOFLAGS does not allow.
bool takesValue(const QString& name)
{
    static const QStringList names = { u"mod"_s, u"modfile"_s, u"tags"_s, u"ldflags"_s, u"gcflags"_s, u"asmflags"_s,
        u"gccgoflags"_s, u"buildmode"_s, u"compiler"_s, u"overlay"_s, u"pkgdir"_s, u"p"_s, u"toolexec"_s, u"exec"_s,
        u"C"_s, u"pgo"_s, u"timeout"_s, u"count"_s, u"covermode"_s, u"coverpkg"_s };
    return names.contains(name);
}

bool isFlagShaped(const QString& f)
{
    return f.startsWith(u'-') && f != u"-"_s && f != u"--"_s && !f.startsWith(u"---"_s) && !f.startsWith(u"-="_s)
        && !f.startsWith(u"--="_s);
}

QString flagName(const QString& field)
{
    QString name = field.mid(field.startsWith(u"--"_s) ? 2 : 1);
    const qsizetype eq = name.indexOf(u'=');
    return eq >= 0 ? name.left(eq) : name;
}

QString quoteField(const QString& field)
{
    static const QRegularExpression blank(u"[ \\t\\n\\r]"_s);
    if (!field.contains(blank))
        return field;
    return field.contains(u'\'') ? u'"' + field + u'"' : u'\'' + field + u'\'';
}

} // namespace

GoFlagsRepair repairGoFlags(const QString& goflags, const QString& goVersion)
{
    GoFlagsRepair r;
    QString text = goflags;
    text.remove(u'\r');
    const bool quoting = goVersion.isEmpty() || compareGoVersions(goLanguageVersion(goVersion), u"1.20"_s) >= 0;
    QStringList fields;
    if (quoting) {
        QString error;
        if (!goQuotedSplit(text, &fields, nullptr, &error)) {
            text.remove(u'"').remove(u'\'');
            fields.clear();
            goQuotedSplit(text, &fields, nullptr, &error);
        }
    } else {
        static const QRegularExpression ws(u"\\s+"_s);
        fields = text.split(ws, Qt::SkipEmptyParts);
    }
    QStringList kept;
    for (const QString& f : std::as_const(fields)) {
        if (!isFlagShaped(f)) {
            if (!kept.isEmpty() && !kept.last().contains(u'=') && takesValue(flagName(kept.last()))) {
                kept.last() += u'=' + f;
                continue;
            }
            r.dropped << f;
            continue;
        }
        const QString name = flagName(f);
        if (name == u"insecure"_s || !isKnownGoFlag(name, goVersion)) {
            r.dropped << f;
            continue;
        }
        kept << f;
    }
    QStringList quoted;
    for (const QString& f : std::as_const(kept))
        quoted << (quoting ? quoteField(f) : f);
    r.value = quoted.join(u' ');
    const GoFlags check = parseGoFlags(r.value, goVersion);
    r.ok = check.isValid() && !check.has(u"insecure"_s);
    return r;
}

} // namespace gmd::rules
