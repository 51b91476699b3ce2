// SPDX-License-Identifier: MIT
// GMD012: lines of the go env -w file that look like settings but that cmd/go skips (ENV-5):
// " GOPROXY=x", "export GOPROXY=x", "goproxy=x", a byte order mark, and "GOPROXY = x", which sets
// a key named "GOPROXY " that nothing reads. Runs once over the host's user file.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "common/secrets.h"

#include <QRegularExpression>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

/// Keys go env -w refuses (GOENV-4), or that are not go settings at all.
bool writableWithGoEnv(const QString& key)
{
    static const QStringList refused = { u"GOENV"_s, u"GODEBUG"_s, u"GOEXE"_s, u"GOGCCFLAGS"_s, u"GOHOSTARCH"_s,
        u"GOHOSTOS"_s, u"GOMOD"_s, u"GOWORK"_s, u"GOTOOLDIR"_s, u"GOVERSION"_s, u"GOTELEMETRY"_s, u"GOTELEMETRYDIR"_s };
    return (key.startsWith(u"GO"_s) || key.startsWith(u"CGO_"_s)) && !refused.contains(key);
}

/// The value the user meant in `text` (the part after the key): the text after the first '='
/// (or after the key and blanks when there is none), trimmed, without a '\r' or one pair of
/// surrounding quotes (a shell would have removed them).
QString intendedValue(const QString& text, const QString& key)
{
    QString rest;
    const qsizetype eq = text.indexOf(u'=');
    if (eq >= 0) {
        rest = text.mid(eq + 1);
    } else {
        const qsizetype at = text.indexOf(key, 0, Qt::CaseInsensitive);
        rest = at < 0 ? QString() : text.mid(at + key.size());
    }
    rest.remove(u'\r');
    rest = rest.trimmed();
    if (rest.size() >= 2 && (rest.front() == u'"' || rest.front() == u'\'') && rest.back() == rest.front())
        rest = rest.mid(1, rest.size() - 2);
    return rest;
}

/// "GOPROXY" for the odd key "GOPROXY " or " GOPROXY".
QString meantKey(const QString& key)
{
    static const QRegularExpression re(u"^\\s*([A-Za-z_][A-Za-z0-9_]*)"_s);
    const QRegularExpressionMatch m = re.match(key);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

/// One line to report: where, its text, the key meant and why go skips it.
struct Line
{
    int line = 0;
    QString text;
    QString key;
    QString why;
};

class EnvFileIgnoredLines final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD012"_s, u"env-file-ignored-lines"_s, u"Environment"_s,
            u"Lines of the go env -w file that go ignores"_s, Severity::Warning };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        if (!facts.userEnvFile)
            return;
        const EnvFile& file = *facts.userEnvFile;
        QList<Line> lines;
        for (const EnvFileIgnoredLine& ig : file.ignoredLines) {
            if (ig.intendedKey.isEmpty())
                continue; // comments and prose
            lines.append(
                { ig.line, ig.text, ig.intendedKey, u"cmd/go skips it because it %1"_s.arg(reasonText(ig.reason)) });
        }
        for (const EnvFileEntry& e : file.oddKeys) {
            const QString key = meantKey(e.key);
            if (key.isEmpty())
                continue;
            lines.append({ e.line, e.key + u'=' + e.value, key,
                u"cmd/go reads it as the key \"%1\" (everything before the first '=', spaces "
                "included), which nothing uses"_s.arg(e.key) });
        }
        std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.line < b.line; });
        for (const Line& l : lines)
            report(file, l.line, l.text, l.key, l.why, out);
    }

private:
    static QString reasonText(const QString& reason)
    {
        if (reason == u"lower-case first letter"_s)
            return u"starts with a lower-case letter (only lines starting with A-Z count)"_s;
        if (reason == u"no '='"_s)
            return u"has no '='"_s;
        if (reason == u"does not start with a letter A-Z"_s)
            return reason + u" (only lines starting with A-Z count)"_s;
        return reason;
    }

    static void report(
        const EnvFile& file, int line, const QString& text, const QString& key, const QString& why, FindingSink& out)
    {
        QString shown = text;
        shown.remove(u'\r');
        shown = maskSecrets(shown);
        Finding& f = out.report(key,
            u"Line %1 of %2, '%4', looks like a setting of %3, but %5, so it does not set %3 "
            "(ENV-5)."_s.arg(QString::number(line), file.fileName, key, shown, why));
        f.location = SourceLocation { file.fileName, line, 1, 0 };
        f.evidence.append({ u"line %1"_s.arg(line), shown, u"%1:%2"_s.arg(file.fileName).arg(line) });
        const QString value = intendedValue(text, key);
        if (writableWithGoEnv(key) && !value.isEmpty()) {
            // Never print a secret, not even in a command: the user puts it back in.
            const bool secret = containsSecret(key, value);
            f.fix = FixHint { u"Delete line %1 of %2 and write the setting the way go reads it%3:"_s.arg(
                                  QString::number(line), file.fileName,
                                  secret ? u" (put the real credentials in place of xxxxx)"_s : QString()),
                { u"go env -w %1=%2"_s.arg(key, shellQuote(secret ? maskValue(key, value) : value)) } };
        } else {
            f.fix = FixHint { u"Delete line %1 of %2; it has no effect."_s.arg(line).arg(file.fileName), {} };
        }
        f.rootCauseScore = score::kConfusing;
    }
};

} // namespace

std::unique_ptr<Check> makeEnvFileIgnoredLines()
{
    return std::make_unique<EnvFileIgnoredLines>();
}

} // namespace gmd::rules
