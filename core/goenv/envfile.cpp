// SPDX-License-Identifier: MIT
// The go env file (`go env -w`'s user file and $GOROOT/go.env) read with cmd/go's rules
// (cfg.readEnvFile, spec ENV-5), plus the reasons why lines that look like settings do nothing.
#include "envfile.h"

#include "common/go/strconv.h"
#include "common/go/utf8.h"
#include "common/secrets.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// The name a shell or a person would see in "KEY=..." / "KEY = ..." / "KEY value".
QString keyGuess(const QString& text)
{
    static const QRegularExpression re(u"^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(=|\\s|$)"_s);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

bool isEnvName(const QString& key)
{
    static const QRegularExpression re(u"^[A-Z][A-Z0-9_]*$"_s);
    return re.match(key).hasMatch();
}

/// Why cmd/go skips a non-blank line, and the key the user probably meant.
EnvFileIgnoredLine explainIgnored(int lineNo, const QByteArray& raw)
{
    EnvFileIgnoredLine ig;
    ig.line = lineNo;
    ig.text = go::fromUtf8(raw);
    const auto first = static_cast<unsigned char>(raw.at(0));
    QString rest = ig.text;
    if (raw.startsWith("\xEF\xBB\xBF")) {
        ig.reason = u"starts with a UTF-8 byte order mark"_s;
        rest = go::fromUtf8(raw.mid(3));
    } else if (first == '#') {
        ig.reason = u"comment"_s;
        return ig;
    } else if (first == ' ' || first == '\t') {
        ig.reason = first == ' ' ? u"starts with a space"_s : u"starts with a tab"_s;
    } else if (raw.startsWith("export ") || raw.startsWith("export\t")) {
        ig.reason = u"starts with 'export '"_s;
        rest = ig.text.mid(7);
    } else if (first >= 'a' && first <= 'z') {
        ig.reason = u"lower-case first letter"_s;
    } else if (!raw.contains('=')) {
        ig.reason = u"no '='"_s;
    } else {
        ig.reason = u"does not start with a letter A-Z"_s;
    }
    // Only name a key when the line reads like a setting, not for stray prose.
    const QString key = keyGuess(rest);
    if (rest.contains(u'=') || key.startsWith(u"GO"_s) || key.startsWith(u"CGO_"_s))
        ig.intendedKey = key;
    return ig;
}

QString shown(const QByteArray& raw)
{
    QString s = go::fromUtf8(raw);
    if (s.endsWith(u'\r'))
        s.chop(1);
    return maskSecrets(s);
}

} // namespace

std::optional<EnvFileEntry> EnvFile::lookup(const QString& key) const
{
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        if (entries.at(i).key == key)
            return entries.at(i);
    }
    return std::nullopt;
}

QStringList EnvFile::keys() const
{
    QStringList out;
    for (const EnvFileEntry& e : entries) {
        if (!out.contains(e.key))
            out.append(e.key);
    }
    return out;
}

EnvFile parseEnvFile(const QByteArray& content, const QString& fileName)
{
    EnvFile file;
    file.fileName = fileName;
    int lineNo = 0;
    qsizetype pos = 0;
    // ENV-5: split on '\n' only; a '\r' before it stays part of the line (and of the value).
    while (pos < content.size()) {
        const qsizetype nl = content.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? content.size() : nl;
        const QByteArray line = content.mid(pos, end - pos);
        pos = end + 1;
        ++lineNo;

        const qsizetype eq = line.indexOf('=');
        const bool counted = eq >= 0 && line.at(0) >= 'A' && line.at(0) <= 'Z';
        if (!counted) {
            if (go::fromUtf8(line).trimmed().isEmpty())
                continue;
            EnvFileIgnoredLine ig = explainIgnored(lineNo, line);
            if (!ig.intendedKey.isEmpty()) {
                file.diagnostics.append(makeDiagnostic(DiagnosticLevel::Warning, fileName, lineNo, 1,
                    u"line ignored by the go command (%1), so %2 is not set here"_s.arg(ig.reason, ig.intendedKey),
                    shown(line)));
            }
            file.ignoredLines.append(ig);
            continue;
        }

        EnvFileEntry e;
        e.key = go::fromUtf8(line.left(eq));
        e.value = go::fromUtf8(line.mid(eq + 1));
        e.line = lineNo;
        file.entries.append(e);
        if (!isEnvName(e.key)) {
            file.oddKeys.append(e);
            const QString meant = keyGuess(e.key);
            file.diagnostics.append(makeDiagnostic(DiagnosticLevel::Warning, fileName, lineNo, 1,
                u"the key is %1, not %2: nothing reads it"_s.arg(
                    go::quote(e.key), meant.isEmpty() ? e.key : meant),
                shown(line)));
        }
        if (e.value.endsWith(u'\r')) {
            file.diagnostics.append(makeDiagnostic(DiagnosticLevel::Warning, fileName, lineNo, int(eq) + 2,
                u"the value of %1 ends in a carriage return (CRLF line "
                u"endings); the go command keeps it as part of the value"_s.arg(e.key),
                shown(line)));
        }
    }
    return file;
}

} // namespace gmd
