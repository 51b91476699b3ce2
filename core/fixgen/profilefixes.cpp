// SPDX-License-Identifier: MIT
// Shell profile edits (issue 5 section 1): a variable that the OS environment sets (ENV-1 beats
// go env -w, GOENV-5) usually comes from a line of a shell startup file. Removing or changing it
// is offered as an explicit edit of that file, never done silently: the lines that assign the
// variable are found in the startup files of sh, bash, zsh and fish under HOME; when every such
// line is one plain assignment, each is replaced (a new value) or disabled; anything more complex
// (a command substitution, a compound line, a continuation) leaves the fix copy-only.
#include "checks/checkutil.h"
#include "fix/textdocument.h"
#include "fixgen/fixgenutil.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd::fixgen {
namespace {

/// The startup files a login or interactive shell reads, relative to HOME (bash(1) INVOCATION,
/// zsh(1) STARTUP/SHUTDOWN FILES, fish's config.fish under XDG_CONFIG_HOME).
QStringList startupFiles(const QString& home, const QString& xdgConfigHome)
{
    QStringList files;
    for (const char* name : { ".profile", ".bash_profile", ".bash_login", ".bashrc", ".zshenv", ".zprofile",
             ".zshrc", ".zlogin" })
        files << QDir(home).filePath(QString::fromLatin1(name));
    const QString config = QDir::isAbsolutePath(xdgConfigHome) ? xdgConfigHome : QDir(home).filePath(u".config"_s);
    files << QDir(config).filePath(u"fish/config.fish"_s);
    return files;
}

bool isFish(const QString& path)
{
    return path.endsWith(u".fish"_s);
}

/// fish quoting: '...' with \\ and \' escaped.
QString fishQuote(const QString& value)
{
    QString q = value;
    q.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u'\'' + q + u'\'';
}

/// One assignment line: indentation, the keyword before NAME (export, declare -x, set -gx ...),
/// the trailing comment. nullopt when the line is not exactly one simple assignment of `name`.
struct AssignmentLine
{
    QString indent;
    QString prefix;
    QString comment;
};

std::optional<AssignmentLine> parseShLine(const QString& line, const QString& name)
{
    // A word of single-quoted, double-quoted (no backquote, no command substitution) and plain
    // characters; a '$' may start a parameter expansion but not $( ).
    static const QString word = u"(?:'[^']*'|\"(?:[^\"\\\\`$]|\\\\.|\\$(?!\\())*\"|[^\\s'\"\\\\;&|<>()`#$]|\\$(?!\\())*"_s;
    const QRegularExpression re(u"^(\\s*)((?:export|declare\\s+-x|typeset\\s+-x)\\s+)?"_s
        + QRegularExpression::escape(name) + u"="_s + word + u"(\\s+#.*)?\\s*$"_s);
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return AssignmentLine { m.captured(1), m.captured(2), m.captured(3) };
}

std::optional<AssignmentLine> parseFishLine(const QString& line, const QString& name)
{
    const QRegularExpression re(u"^(\\s*)(set\\s+(?:-[A-Za-z]+\\s+|--[a-z]+\\s+)*)"_s + QRegularExpression::escape(name)
        + u"(?:\\s+[^;|&()`#]*)?(\\s+#.*)?\\s*$"_s);
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    // Only an exported variable reaches go: -x, -gx, --export.
    static const QRegularExpression exported(u"\\s-[A-Za-z]*x|--export"_s);
    if (!exported.match(u' ' + m.captured(2)).hasMatch())
        return std::nullopt;
    return AssignmentLine { m.captured(1), m.captured(2), m.captured(3) };
}

/// True when a non-comment line seems to assign `name` (so an unparsed one stops the plan).
bool mentionsAssignment(const QString& line, const QString& name, bool fish)
{
    const QString t = line.trimmed();
    if (t.startsWith(u'#'))
        return false;
    const QString n = QRegularExpression::escape(name);
    QString pattern;
    if (fish)
        pattern = u"(^|[\\s;(])set\\s[^;]*\\b"_s + n + u"\\b"_s;
    else
        pattern = u"(^|[\\s;&|(])"_s + n + u"=|\\b(export|declare|typeset|readonly)\\s[^;]*\\b"_s + n + u"="_s;
    const QRegularExpression re(pattern);
    return re.match(t).hasMatch();
}

} // namespace

ProfileEdits profileEdits(
    const QString& home, const QString& xdgConfigHome, const QString& name, const std::optional<QString>& newValue,
    const QString& checkId)
{
    ProfileEdits out;
    if (home.isEmpty() || !QDir::isAbsolutePath(home))
        return out;
    for (const QString& path : startupFiles(home, xdgConfigHome)) {
        if (!QFileInfo(path).isFile())
            continue;
        const std::optional<QByteArray> original = readOriginal(path);
        if (!original) {
            out.blocked = true;
            return out;
        }
        const bool fish = isFish(path);
        TextDocument doc = TextDocument::decode(*original);
        bool changed = false;
        for (int i = 0; i < doc.lineCount(); ++i) {
            const QString line = doc.lineText(i);
            if (!mentionsAssignment(line, name, fish))
                continue;
            // A continuation on the line before makes this line part of another command.
            const bool continued = i > 0 && doc.lineText(i - 1).endsWith(u'\\');
            const std::optional<AssignmentLine> a = continued ? std::nullopt
                                                              : (fish ? parseFishLine(line, name) : parseShLine(line, name));
            if (!a || line.trimmed().endsWith(u'\\')) {
                out.blocked = true; // a line only the user can safely change
                return out;
            }
            QString fixed;
            if (newValue) {
                fixed = fish ? a->indent + a->prefix + name + u' ' + fishQuote(*newValue) + a->comment
                             : a->indent + a->prefix + name + u'=' + shellQuote(*newValue) + a->comment;
            } else if (fish) {
                fixed = a->indent + u"# "_s + line.trimmed() + u"  # disabled by Go Module Doctor (%1)"_s.arg(checkId);
            } else {
                // ':' keeps a command where one is needed (an if/then or a function body).
                fixed = a->indent + u": # disabled by Go Module Doctor (%1): "_s.arg(checkId) + line.trimmed();
            }
            doc.replaceRange(i, 1, QStringList { fixed });
            changed = true;
            QString shown = QDir(home).relativeFilePath(path);
            out.where << u"~/%1:%2"_s.arg(shown).arg(i + 1);
        }
        if (changed)
            out.edits << FileEdit { path, false, *original, doc.encode() };
    }
    return out;
}

} // namespace gmd::fixgen
