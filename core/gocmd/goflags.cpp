// SPDX-License-Identifier: MIT
// GOFLAGS splitting and validation (FLAGS-1, cmd/go/internal/base/goflags.go InitGOFLAGS).
#include "gocmd/goflags.h"

#include "common/go/strconv.h"
#include "common/go/strings.h"
#include "gocmd/goversion.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

// quoted.Split's separators (isSpaceByte); strings.Fields, used by go1.19, splits on any Unicode
// white space, which differs only for exotic characters.
bool isSpaceByte(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// strings.Fields with the offset of every field.
void fieldsSplit(const QString& s, QStringList* fields, QList<int>* offsets)
{
    for (const go::Span& f : go::fieldSpans(s)) {
        fields->append(f.text);
        if (offsets)
            offsets->append(int(f.offset));
    }
}

} // namespace

bool goQuotedSplit(const QString& s, QStringList* fields, QList<int>* offsets, QString* error)
{
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpaceByte(s[i]))
            ++i;
        if (i == s.size())
            break;
        const qsizetype start = i;
        if (s[i] == u'"' || s[i] == u'\'') {
            // A quote only counts at the start of a field; the field ends at the matching quote,
            // and whatever follows it starts the next field.
            const QChar quote = s[i];
            const qsizetype end = s.indexOf(quote, i + 1);
            if (end < 0) {
                if (error)
                    *error = u"unterminated %1 string"_s.arg(quote);
                return false;
            }
            fields->append(s.mid(i + 1, end - i - 1));
            if (offsets)
                offsets->append(int(start));
            i = end + 1;
            continue;
        }
        while (i < s.size() && !isSpaceByte(s[i]))
            ++i;
        fields->append(s.mid(start, i - start));
        if (offsets)
            offsets->append(int(start));
    }
    return true;
}

GoFlags parseGoFlags(const QString& goflags, const QString& goVersion)
{
    GoFlags result;
    QStringList fields;
    QList<int> offsets;
    // go1.19 split GOFLAGS with strings.Fields; quoting support came with go1.20.
    const bool fieldsOnly = !goVersion.isEmpty() && parseGoVersion(goVersion).isValid()
        && compareGoVersions(goLanguageVersion(goVersion), u"1.20"_s) < 0;
    if (fieldsOnly) {
        fieldsSplit(goflags, &fields, &offsets);
    } else {
        QString splitError;
        if (!goQuotedSplit(goflags, &fields, &offsets, &splitError)) {
            result.error = u"parsing $GOFLAGS: "_s + splitError;
            return result;
        }
    }
    auto fail = [&result](const QString& error, int offset) {
        if (result.error.isEmpty()) {
            result.error = error;
            result.errorOffset = offset;
        }
    };
    for (qsizetype k = 0; k < fields.size(); ++k) {
        const QString& f = fields[k];
        // Every field must look like -x, --x, -x=value or --x=value.
        if (!f.startsWith(u'-') || f == u"-"_s || f == u"--"_s || f.startsWith(u"---"_s) || f.startsWith(u"-="_s)
            || f.startsWith(u"--="_s)) {
            fail(u"parsing $GOFLAGS: non-flag "_s + go::quote(f), offsets[k]);
            continue;
        }
        GoFlag flag;
        flag.field = f;
        flag.offset = offsets[k];
        QString name = f.mid(f.startsWith(u"--"_s) ? 2 : 1);
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            flag.value = name.mid(eq + 1);
            flag.hasValue = true;
            name.truncate(eq);
        }
        flag.name = name;
        if (!isKnownGoFlag(name, goVersion))
            fail(u"parsing $GOFLAGS: unknown flag -"_s + name, offsets[k]);
        result.flags.append(flag);
    }
    return result;
}

QString GoFlags::value(const QString& name, const QString& fallback) const
{
    for (auto it = flags.crbegin(); it != flags.crend(); ++it) {
        if (it->name == name)
            return it->hasValue ? it->value : u"true"_s;
    }
    return fallback;
}

bool GoFlags::has(const QString& name) const
{
    for (const GoFlag& f : flags) {
        if (f.name == name)
            return true;
    }
    return false;
}

} // namespace gmd
