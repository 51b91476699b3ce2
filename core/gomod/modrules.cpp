// SPDX-License-Identifier: MIT
#include "modrules.h"

#include "common/go/strconv.h"
#include "modversion.h"
#include "semver.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd::modrules {

void LineContext::error(const QString& message) const
{
    m_sink.add(DiagnosticLevel::Error, m_line.start, message);
}

void LineContext::warning(const QString& message) const
{
    m_sink.add(DiagnosticLevel::Warning, m_line.start, message);
}

SourceLocation LineContext::location() const
{
    return SourceLocation { m_sink.fileName(), m_line.start.line, m_line.start.column, 0 };
}

QString directivePrefix(const QString& verb, const QString& modPath)
{
    if (!modPath.isEmpty())
        return verb + u' ' + modPath + u": "_s;
    if (!verb.isEmpty())
        return verb + u": "_s;
    return {};
}

bool parseString(const QString& token, QString* out, QString* error)
{
    if (token.startsWith(u'"')) {
        if (!go::unquote(token, out)) {
            *error = u"invalid syntax"_s;
            return false;
        }
        return true;
    }
    // Other quotes are reserved: 'x' must be an error, not a path with quote marks in it.
    if (token.contains(u'"') || token.contains(u'\'') || token.contains(u'`')) {
        *error = u"unquoted string cannot contain quote"_s;
        return false;
    }
    *out = token;
    return true;
}

VersionResult parseVersion(const QString& verb, const QString& path, const QString& token)
{
    VersionResult r;
    const QString prefix = directivePrefix(verb, path);
    QString text;
    QString err;
    if (!parseString(token, &text, &err)) {
        r.error = prefix + u"version "_s + go::quote(token) + u" invalid: "_s + err;
        return r;
    }
    const QString cv = modversion::canonicalModuleVersion(text);
    if (cv.isEmpty()) {
        r.error = prefix + u"version "_s + go::quote(text) + u" invalid: must be of the form v1.2.3"_s;
        return r;
    }
    if (cv != text) {
        // modfile.Parse without a fixer silently canonicalises; the go command's fixer instead
        // runs a module query (GOPROXY, network) for every non-canonical version, then needs to
        // rewrite the file, which fails under -mod=readonly.
        r.notCanonical = prefix + u"version "_s + go::quote(text) + u" is not canonical ("_s + cv
            + u"): the go command resolves it with a module query over the network and must rewrite the file"_s;
    }
    r.version = cv;
    return r;
}

bool reportVersion(const LineContext& ctx, const VersionResult& v)
{
    if (!v.ok()) {
        ctx.error(v.error);
        return false;
    }
    if (!v.notCanonical.isEmpty())
        ctx.warning(v.notCanonical);
    return true;
}

QString parseGoLine(const LineContext& ctx, const QStringList& args, bool alreadySeen, bool lax)
{
    if (alreadySeen) {
        ctx.error(u"repeated go statement"_s);
        return {};
    }
    if (args.size() != 1) {
        ctx.error(u"go directive expects exactly one argument"_s);
        return {};
    }
    if (modversion::isValidGoLineVersion(args.first()))
        return args.first();
    if (lax) {
        const QString fixed = modversion::laxGoLineVersion(args.first());
        if (!fixed.isEmpty())
            return fixed;
    }
    // Go before 1.21 printed "must match format 1.23" and rejected three-part versions.
    ctx.error(u"invalid go version '%1': must match format 1.23.0"_s.arg(args.first()));
    return {};
}

QString parseToolchainLine(const LineContext& ctx, const QStringList& args, bool alreadySeen)
{
    if (alreadySeen) {
        ctx.error(u"repeated toolchain statement"_s);
        return {};
    }
    if (args.size() != 1) {
        ctx.error(u"toolchain directive expects exactly one argument"_s);
        return {};
    }
    if (!modversion::isValidToolchainName(args.first())) {
        ctx.error(u"invalid toolchain version '%1': must match format go1.23.0 or default"_s.arg(args.first()));
        return {};
    }
    return args.first();
}

std::optional<ModGodebug> parseGodebugLine(const LineContext& ctx, const QStringList& args)
{
    static const QString kUsage = u"usage: godebug key=value"_s;
    if (args.size() != 1) {
        ctx.error(kUsage);
        return std::nullopt;
    }
    const QString& arg = args.first();
    const qsizetype eq = arg.indexOf(u'=');
    if (arg.contains(u'"') || arg.contains(u'`') || arg.contains(u'\'') || arg.contains(u',') || eq < 0) {
        ctx.error(kUsage);
        return std::nullopt;
    }
    return ModGodebug { arg.left(eq), arg.mid(eq + 1), ctx.location() };
}

std::optional<ModReplace> parseReplaceLine(const LineContext& ctx, const QString& verb, const QStringList& args)
{
    const qsizetype arrow = (args.size() >= 2 && args[1] == u"=>"_s) ? 1 : 2;
    if (args.size() < arrow + 2 || args.size() > arrow + 3 || args[arrow] != u"=>"_s) {
        ctx.error(
            u"usage: %1 module/path [v1.2.3] => other/module v1.4\n\t or %1 module/path [v1.2.3] => ../local/directory"_s
                .arg(verb));
        return std::nullopt;
    }
    ModReplace r;
    r.location = ctx.location();
    QString err;
    if (!parseString(args[0], &r.oldPath, &err)) {
        ctx.error(u"invalid quoted string: "_s + err);
        return std::nullopt;
    }
    const modversion::PathVersion pv = modversion::splitPathVersion(r.oldPath);
    if (!pv.ok) {
        ctx.error(directivePrefix(verb, r.oldPath) + u"invalid module path"_s);
        return std::nullopt;
    }
    if (arrow == 2) {
        const VersionResult v = parseVersion(verb, r.oldPath, args[1]);
        if (!reportVersion(ctx, v))
            return std::nullopt;
        const QString majorErr = modversion::checkPathMajor(v.version, pv.pathMajor);
        if (!majorErr.isEmpty()) {
            ctx.error(directivePrefix(verb, r.oldPath) + majorErr);
            return std::nullopt;
        }
        r.oldVersion = v.version;
    }
    if (!parseString(args[arrow + 1], &r.newPath, &err)) {
        ctx.error(u"invalid quoted string: "_s + err);
        return std::nullopt;
    }
    if (args.size() == arrow + 2) {
        if (!modversion::isDirectoryPath(r.newPath)) {
            if (r.newPath.contains(u'@'))
                ctx.error(u"replacement module must match format 'path version', not 'path@version'"_s);
            else
                ctx.error(
                    u"replacement module without version must be directory path (rooted or starting with . or ..)"_s);
            return std::nullopt;
        }
        // The go command checks this on the host it runs on; builds (Docker) run on Linux.
        if (r.newPath.contains(u'\\')) {
            ctx.error(u"replacement directory appears to be Windows path (on a non-windows system)"_s);
            return std::nullopt;
        }
        r.localPath = true;
    } else {
        const VersionResult v = parseVersion(verb, r.newPath, args[arrow + 2]);
        if (!reportVersion(ctx, v))
            return std::nullopt;
        if (modversion::isDirectoryPath(r.newPath)) {
            ctx.error(u"replacement module directory path %1 cannot have version"_s.arg(go::quote(r.newPath)));
            return std::nullopt;
        }
        r.newVersion = v.version;
    }
    return r;
}

void checkConflictingReplace(const LineContext& ctx, const QList<ModReplace>& earlier, const ModReplace& added)
{
    for (const ModReplace& prev : earlier) {
        if (prev.oldPath != added.oldPath || prev.oldVersion != added.oldVersion)
            continue;
        if (prev.newPath == added.newPath && prev.newVersion == added.newVersion)
            continue;
        ctx.error(u"conflicting replacements for %1:\n\t%2\n\t%3"_s.arg(
            modversion::moduleVersionString(added.oldPath, added.oldVersion),
            modversion::moduleVersionString(prev.newPath, prev.newVersion),
            modversion::moduleVersionString(added.newPath, added.newVersion)));
        return;
    }
}

QString directiveComment(const modsyntax::Line& line, const modsyntax::Block* block)
{
    const bool own = !line.before.isEmpty() || !line.suffix.isEmpty();
    const QList<modsyntax::Comment> empty;
    const QList<modsyntax::Comment>& before = own || !block ? line.before : block->before;
    const QList<modsyntax::Comment>& suffix = own || !block ? line.suffix : empty;
    QStringList lines;
    for (const QList<modsyntax::Comment>* group : { &before, &suffix }) {
        for (const modsyntax::Comment& c : *group) {
            if (!c.text.startsWith(u"//"_s))
                continue; // a blank-line marker
            lines.append(c.text.mid(2).trimmed());
        }
    }
    return lines.join(u'\n');
}

bool isIndirect(const modsyntax::Line& line)
{
    if (line.suffix.isEmpty())
        return false;
    QString text = line.suffix.first().text;
    if (text.startsWith(u"//"_s))
        text = text.mid(2);
    const QStringList f = text.simplified().split(u' ', Qt::SkipEmptyParts);
    return (f.size() == 1 && f[0] == u"indirect"_s) || (f.size() > 1 && f[0] == u"indirect;"_s);
}

std::optional<QString> parseDeprecation(const QString& comment)
{
    // modfile: (?s)(?:^|\n\n)Deprecated: *(.*?)(?:$|\n\n); Go's $ is the end of the text (\z).
    static const QRegularExpression re(u"(?s)(?:^|\\n\\n)Deprecated: *(.*?)(?:\\z|\\n\\n)"_s);
    const QRegularExpressionMatch m = re.match(comment);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1);
}

QStringList lineArgs(const modsyntax::Line& line)
{
    return line.inBlock ? line.tokens : line.tokens.mid(1);
}

QString lineVerb(const modsyntax::Line& line, const modsyntax::Block* block)
{
    if (block)
        return block->tokens.value(0);
    return line.tokens.value(0);
}

} // namespace gmd::modrules
