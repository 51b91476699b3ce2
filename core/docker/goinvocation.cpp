// SPDX-License-Identifier: MIT
#include "goinvocation.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

constexpr int kMaxNesting = 4;

bool isAssignment(const ShellToken& t)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_]*="_s);
    return re.match(t.raw).hasMatch();
}

QString baseName(const QString& program)
{
    return program.section(u'/', -1);
}

bool isShell(const QString& program)
{
    static const QStringList shells = { u"sh"_s, u"bash"_s, u"ash"_s, u"dash"_s, u"zsh"_s, u"ksh"_s };
    return shells.contains(baseName(program));
}

class Interpreter
{
public:
    Interpreter(const ShellScanOptions& options, QList<GoInvocation>* out)
        : m_options(options)
        , m_out(out)
        , m_env(options.env)
    {
        m_cwd = options.workdir.isEmpty() ? u"/"_s : options.workdir;
    }

    void runScript(const ScriptText& script, int depth, bool heredoc, bool shellC);
    void runWords(QList<ShellToken> words, const QList<ShellHeredoc>& heredocs, const ScriptText& script, int depth,
        bool heredoc, bool shellC);

private:
    void addGo(const QString& program, const QStringList& rest, const EnvPairs& assignments, const SourceLocation& at,
        bool heredoc, bool shellC);
    QString expand(const QString& text, bool* unresolved = nullptr) const
    {
        return expandSimpleVariables(text, m_env, unresolved);
    }

    const ShellScanOptions& m_options;
    QList<GoInvocation>* m_out;
    QMap<QString, QString> m_env; ///< the environment as the script changes it
    EnvPairs m_exports;
    QStringList m_unsets;
    QString m_cwd;
    bool m_cwdKnown = true;
    bool m_execForm = false;

    friend QList<GoInvocation> gmd::scanExecForGo(const QStringList&, const SourceLocation&, const ShellScanOptions&);
};

void Interpreter::runScript(const ScriptText& script, int depth, bool heredoc, bool shellC)
{
    if (depth > kMaxNesting)
        return;
    QList<QPair<QString, bool>> stack;
    for (const ShellCommand& cmd : splitShellCommands(script.text)) {
        if (cmd.kind == ShellCommand::Kind::OpenSubshell) {
            stack.append({ m_cwd, m_cwdKnown });
            continue;
        }
        if (cmd.kind == ShellCommand::Kind::CloseSubshell) {
            if (!stack.isEmpty()) {
                const auto saved = stack.takeLast();
                m_cwd = saved.first;
                m_cwdKnown = saved.second;
            }
            continue;
        }
        // Heredoc bodies of this command live at offsets of the same script.
        runWords(cmd.words, cmd.heredocs, script, depth, heredoc, shellC);
    }
}

void Interpreter::runWords(QList<ShellToken> words, const QList<ShellHeredoc>& heredocs, const ScriptText& script,
    int depth, bool heredoc, bool shellC)
{
    // Reserved words that precede a command: `if go mod download; then ...`.
    static const QStringList prefixes = { u"if"_s, u"then"_s, u"else"_s, u"elif"_s, u"do"_s, u"while"_s, u"until"_s,
        u"!"_s, u"{"_s, u"}"_s };
    static const QStringList skipped = { u"fi"_s, u"done"_s, u"esac"_s, u"for"_s, u"case"_s, u"function"_s };
    while (!words.isEmpty() && prefixes.contains(words.constFirst().raw))
        words.removeFirst();
    if (words.isEmpty() || skipped.contains(words.constFirst().raw))
        return;

    EnvPairs assignments;
    while (!words.isEmpty() && isAssignment(words.constFirst())) {
        const QString& t = words.constFirst().text;
        const qsizetype eq = t.indexOf(u'=');
        assignments.append({ t.left(eq), expand(t.mid(eq + 1)) });
        words.removeFirst();
    }
    if (words.isEmpty()) {
        // `NAME=value` alone sets a shell variable; it reaches child processes only when NAME
        // is already exported (every variable of the RUN environment is).
        for (const auto& a : std::as_const(assignments)) {
            if (m_env.contains(a.first)) {
                m_exports.append(a);
                m_env.insert(a.first, a.second);
            }
        }
        return;
    }

    // Wrappers that run the following words as a command.
    for (;;) {
        const QString w = words.constFirst().text;
        if (w == u"env"_s) {
            words.removeFirst();
            while (!words.isEmpty()) {
                const QString& t = words.constFirst().text;
                if (t == u"-u"_s && words.size() > 1) {
                    words.removeFirst();
                } else if (isAssignment(words.constFirst())) {
                    const qsizetype eq = t.indexOf(u'=');
                    assignments.append({ t.left(eq), expand(t.mid(eq + 1)) });
                } else if (!t.startsWith(u'-')) {
                    break;
                }
                words.removeFirst();
            }
        } else if (w == u"exec"_s || w == u"command"_s || w == u"time"_s || w == u"nohup"_s || w == u"sudo"_s
            || w == u"nice"_s) {
            words.removeFirst();
            while (!words.isEmpty() && words.constFirst().text.startsWith(u'-'))
                words.removeFirst();
        } else {
            break;
        }
        if (words.isEmpty())
            return;
    }

    const QString program = words.constFirst().text;
    QStringList rest;
    for (qsizetype i = 1; i < words.size(); ++i)
        rest.append(words.at(i).text);
    const SourceLocation at = script.locate(words.constFirst().offset);

    if (program == u"export"_s) {
        for (const QString& a : std::as_const(rest)) {
            const qsizetype eq = a.indexOf(u'=');
            if (eq > 0) {
                m_exports.append({ a.left(eq), expand(a.mid(eq + 1)) });
                m_env.insert(a.left(eq), m_exports.constLast().second);
            }
        }
    } else if (program == u"unset"_s) {
        for (const QString& a : std::as_const(rest)) {
            if (!a.startsWith(u'-')) {
                m_unsets.append(a);
                m_env.remove(a);
            }
        }
    } else if (program == u"cd"_s || program == u"pushd"_s) {
        QStringList operands = rest;
        while (!operands.isEmpty() && operands.constFirst().startsWith(u'-') && operands.constFirst() != u"-"_s)
            operands.removeFirst();
        if (operands.isEmpty()) {
            m_cwd = m_env.value(u"HOME"_s, m_options.home);
            m_cwdKnown = !m_cwd.isEmpty();
        } else if (operands.constFirst() == u"-"_s) {
            m_cwdKnown = false;
        } else {
            bool unresolved = false;
            const QString target = expand(operands.constFirst(), &unresolved);
            m_cwd = joinImagePath(m_cwd, target);
            m_cwdKnown = m_cwdKnown && !unresolved;
        }
    } else if (isShell(program) && depth < kMaxNesting) {
        // `sh -c 'script'`: the first operand after an option cluster containing `c`.
        bool commandString = false;
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QString& t = words.at(i).text;
            if ((t.startsWith(u'-') || t.startsWith(u'+')) && t.size() > 1) {
                commandString = commandString || t.mid(1).contains(u'c');
                if (t.endsWith(u'o'))
                    ++i; // `-o pipefail`
                continue;
            }
            if (commandString) {
                ScriptText inner = ScriptText::at(t, at.file, at.line, at.column);
                inner.singlePoint = true;
                runScript(inner, depth + 1, heredoc, true);
                return;
            }
            break;
        }
        // `sh <<EOF` reads its script from the heredoc.
        bool stdinScript = true;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            const QString& t = rest.at(i);
            if ((t.startsWith(u'-') || t.startsWith(u'+')) && t.size() > 1) {
                if (t.endsWith(u'o'))
                    ++i;
                continue;
            }
            stdinScript = false; // `sh script.sh`: a file we cannot see
        }
        if (stdinScript) {
            for (const ShellHeredoc& h : heredocs) {
                ScriptText body;
                body.text = h.body;
                body.file = script.file;
                const SourceLocation start = script.locate(h.offset);
                body.anchors.append(ScriptText::Anchor { 0, start.line, start.column });
                runScript(body, depth + 1, true, shellC);
            }
        }
    } else if (baseName(program) == u"go"_s) {
        addGo(program, rest, assignments, at, heredoc, shellC);
    }
}

void Interpreter::addGo(const QString& program, const QStringList& rest, const EnvPairs& assignments,
    const SourceLocation& at, bool heredoc, bool shellC)
{
    GoInvocation g;
    g.program = program;
    g.assignments = assignments;
    g.exports = m_exports;
    g.unsets = m_unsets;
    g.directory = m_cwd;
    g.directoryKnown = m_cwdKnown;
    g.inHeredoc = heredoc;
    g.viaShellC = shellC;
    g.execForm = m_execForm;
    g.location = at;
    QStringList words = rest;
    // `go -C dir cmd` (Go 1.20): must come first.
    while (!words.isEmpty() && words.constFirst().startsWith(u"-C"_s)) {
        QString dir = words.takeFirst().mid(2);
        if (dir.startsWith(u'='))
            dir = dir.mid(1);
        else if (dir.isEmpty() && !words.isEmpty())
            dir = words.takeFirst();
        bool unresolved = false;
        g.directory = joinImagePath(g.directory, m_execForm ? dir : expand(dir, &unresolved));
        g.directoryKnown = g.directoryKnown && !unresolved;
    }
    if (!words.isEmpty()) {
        g.subcommand = words.takeFirst();
        static const QStringList grouped = { u"mod"_s, u"work"_s };
        if (grouped.contains(g.subcommand) && !words.isEmpty() && !words.constFirst().startsWith(u'-'))
            g.subcommand += u' ' + words.takeFirst();
    }
    g.args = words;
    if (g.subcommand == u"env"_s) {
        enum { None, Write, Unset } mode = None;
        for (const QString& a : std::as_const(g.args)) {
            if (a == u"-w"_s) {
                mode = Write;
            } else if (a == u"-u"_s) {
                mode = Unset;
            } else if (a.startsWith(u'-')) {
                mode = None;
            } else if (mode == Write && a.contains(u'=')) {
                const QString value = m_execForm ? a : expand(a);
                const qsizetype eq = value.indexOf(u'=');
                g.envWrites.append({ value.left(eq), value.mid(eq + 1) });
            } else if (mode == Unset) {
                g.envUnsets.append(a);
            }
        }
    }
    m_out->append(g);
}

} // namespace

bool GoInvocation::mayDownloadModules() const
{
    static const QStringList subcommands = { u"mod download"_s, u"mod tidy"_s, u"mod vendor"_s, u"mod graph"_s,
        u"mod why"_s, u"build"_s, u"install"_s, u"get"_s, u"list"_s, u"test"_s, u"run"_s, u"vet"_s, u"work sync"_s,
        u"work vendor"_s };
    return subcommands.contains(subcommand);
}

QString joinImagePath(const QString& dir, const QString& path)
{
    if (path.startsWith(u'/'))
        return QDir::cleanPath(path);
    if (path.isEmpty())
        return dir.isEmpty() ? u"/"_s : QDir::cleanPath(dir);
    const QString base = dir.isEmpty() ? u"/"_s : dir;
    QString joined = QDir::cleanPath(base + u'/' + path);
    // path.Join never climbs above the root.
    while (joined.startsWith(u"/.."_s))
        joined = joined.size() == 3 ? u"/"_s : joined.mid(3);
    return joined;
}

QString expandSimpleVariables(const QString& text, const QMap<QString, QString>& env, bool* unresolved)
{
    static const QRegularExpression re(u"\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))"_s);
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        if (env.contains(name)) {
            out += env.value(name);
        } else {
            out += m.captured(0);
            if (unresolved)
                *unresolved = true;
        }
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    if (unresolved && out.contains(u"$("_s))
        *unresolved = true;
    return out;
}

QList<GoInvocation> scanShellForGo(const ScriptText& script, const ShellScanOptions& options)
{
    QList<GoInvocation> out;
    Interpreter interpreter(options, &out);
    interpreter.runScript(script, 0, false, false);
    return out;
}

QList<GoInvocation> scanExecForGo(const QStringList& args, const SourceLocation& at, const ShellScanOptions& options)
{
    QList<GoInvocation> out;
    if (args.isEmpty())
        return out;
    Interpreter interpreter(options, &out);
    // Exec form: no shell, so no variables are expanded; `["sh","-c","..."]` starts one.
    interpreter.m_execForm = true;
    QList<ShellToken> words;
    for (const QString& a : args)
        words.append(ShellToken { a, a, 0 });
    if (baseName(args.constFirst()) == u"go"_s) {
        QStringList rest = args.mid(1);
        interpreter.addGo(args.constFirst(), rest, {}, at, false, false);
        return out;
    }
    interpreter.m_execForm = false;
    interpreter.runWords(words, {}, ScriptText::at(QString(), at.file, at.line, at.column), 0, false, false);
    return out;
}

} // namespace gmd
