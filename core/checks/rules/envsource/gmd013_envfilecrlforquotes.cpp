// SPDX-License-Identifier: MIT
// GMD013: values in the go env -w file that keep characters a shell would drop: a '\r' from CRLF
// line endings, or literal quotes around the value. cmd/go takes the value raw (ENV-5), so
// patterns never match, keywords and names become invalid. Runs once over the host's user file;
// the per-variable checks (GMD102, GMD111, GMD120, GMD140) report what each broken value does.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "common/secrets.h"

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

bool isQuoted(const QString& value)
{
    return value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front();
}

/// The value as the user meant it: no '\r', no surrounding quotes.
QString cleaned(const QString& raw)
{
    QString v = raw;
    while (v.endsWith(u'\r'))
        v.chop(1);
    if (isQuoted(v))
        v = v.mid(1, v.size() - 2);
    return v;
}

bool isPlainKey(const QString& key)
{
    for (const QChar c : key) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return !key.isEmpty();
}

class EnvFileCrlfOrQuotes final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD013"_s, u"env-file-crlf-or-quotes"_s, u"Environment"_s,
            u"The go env -w file has CRLF line endings or quoted values"_s, Severity::Error };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        if (!facts.userEnvFile)
            return;
        const EnvFile& file = *facts.userEnvFile;
        QList<EnvFileEntry> crlf;
        QList<EnvFileEntry> quoted;
        for (const QString& key : file.keys()) {
            if (!isPlainKey(key))
                continue; // odd keys are GMD012's
            const EnvFileEntry e = *file.lookup(key);
            QString v = e.value;
            const bool cr = v.endsWith(u'\r');
            while (v.endsWith(u'\r'))
                v.chop(1);
            if (cr)
                crlf.append(e);
            else if (isQuoted(v))
                quoted.append(e);
            if (cr && isQuoted(v))
                quoted.append(e);
        }
        if (crlf.isEmpty() && quoted.isEmpty())
            return;

        QStringList parts;
        if (!crlf.isEmpty())
            parts << u"the values of %1 end in a carriage return (the file has CRLF line endings, as written by a "
                     "Windows editor)"_s.arg(keyList(crlf));
        if (!quoted.isEmpty())
            parts << u"the values of %1 are wrapped in literal quotes"_s.arg(keyList(quoted));
        Finding& f = out.report(file.fileName,
            u"In %1, %2. go reads the file raw and keeps these characters as part of the value (ENV-5): patterns in "
            "GOPRIVATE/GONOPROXY/GONOSUMDB/GOINSECURE never match, keywords and names such as GOTOOLCHAIN=auto "
            "or a quoted GOSUMDB become invalid, and quoted URLs fail to parse."_s.arg(
                file.fileName, parts.join(u"; "_s)));
        QList<EnvFileEntry> all = crlf;
        for (const EnvFileEntry& e : quoted) {
            if (!all.contains(e))
                all.append(e);
        }
        std::sort(all.begin(), all.end(), [](const EnvFileEntry& a, const EnvFileEntry& b) { return a.line < b.line; });
        f.location = SourceLocation { file.fileName, all.first().line, 1, 0 };
        QStringList commands;
        bool secret = false;
        for (const EnvFileEntry& e : all) {
            QString shownRaw = maskValue(e.key, e.value);
            shownRaw.replace(u"\r"_s, u"\\r"_s);
            f.evidence.append({ e.key + u" (go env -w file)"_s, shownRaw, u"%1:%2"_s.arg(file.fileName).arg(e.line) });
            const QString value = cleaned(e.value);
            secret = secret || containsSecret(e.key, value);
            const QString shown = containsSecret(e.key, value) ? maskValue(e.key, value) : value;
            const QString command = u"go env -w %1=%2"_s.arg(e.key, shellQuote(shown));
            // GOENV-7: with a broken GOTOOLCHAIN every go command fails except go env -w GOTOOLCHAIN=...
            if (e.key == u"GOTOOLCHAIN"_s)
                commands.prepend(command);
            else
                commands.append(command);
        }
        f.fix = FixHint { u"Rewrite each affected key with go env -w, which replaces the line with a clean one%1. "
                          "Or save the file with LF line endings and without the quotes."_s.arg(
                              secret ? u" (put the real credentials in place of xxxxx)"_s : QString()),
            commands };
        f.rootCauseScore = score::kBreaksSome;
    }

private:
    static QString keyList(const QList<EnvFileEntry>& entries)
    {
        QStringList keys;
        for (const EnvFileEntry& e : entries)
            keys << e.key;
        return keys.join(u", "_s);
    }
};

} // namespace

std::unique_ptr<Check> makeEnvFileCrlfOrQuotes()
{
    return std::make_unique<EnvFileCrlfOrQuotes>();
}

} // namespace gmd::rules
