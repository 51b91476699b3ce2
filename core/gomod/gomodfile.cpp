// SPDX-License-Identifier: MIT
// go.mod interpretation: modfile/rule.go's parseToFile and (*File).add, statement by statement.
#include "gomodfile.h"

#include "common/go/strconv.h"
#include "modrules.h"
#include "modversion.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

using modsyntax::Block;
using modsyntax::Line;

bool isBlockVerb(const QString& verb)
{
    static const QStringList verbs { u"module"_s, u"godebug"_s, u"require"_s, u"exclude"_s, u"replace"_s, u"retract"_s,
        u"tool"_s, u"ignore"_s };
    return verbs.contains(verb);
}

bool isKnownVerb(const QString& verb)
{
    return isBlockVerb(verb) || verb == "go"_L1 || verb == "toolchain"_L1;
}

class GoModBuilder final : public modsyntax::Handler
{
public:
    GoModBuilder(GoModFile& file, modsyntax::DiagnosticSink& sink, ModParseMode mode)
        : m_file(file)
        , m_sink(sink)
        , m_strict(mode == ModParseMode::Strict)
    { }

    void blockStarted(const Block& block) override;
    void line(const Line& line, const Block* block) override;
    /// Checks that need the whole file (the module path for retract versions).
    void finish();

private:
    void addRequireOrExclude(const modrules::LineContext& ctx, const QString& verb, const QStringList& args);
    void addRetract(const modrules::LineContext& ctx, const Line& line, const Block* block, QStringList args);
    void addPathArgument(
        const modrules::LineContext& ctx, const QString& verb, const QStringList& args, QStringList* into);
    bool report(const modsyntax::Pos& pos, const modrules::VersionResult& v);

    struct PendingRetract
    {
        qsizetype index;
        modsyntax::Pos pos;
    };

    GoModFile& m_file;
    modsyntax::DiagnosticSink& m_sink;
    bool m_strict;
    bool m_skipBlock = false;
    bool m_moduleSeen = false;
    QList<PendingRetract> m_retractPositions;
};

void GoModBuilder::blockStarted(const Block& block)
{
    m_skipBlock = block.tokens.size() > 1 || !isBlockVerb(block.tokens.value(0));
    if (!m_skipBlock)
        return;
    // ParseLax ignores unknown blocks silently; they are still worth a warning.
    m_sink.add(m_strict ? DiagnosticLevel::Error : DiagnosticLevel::Warning, block.start,
        u"unknown block type: "_s + block.tokens.join(u' '));
}

void GoModBuilder::line(const Line& line, const Block* block)
{
    if (block && m_skipBlock)
        return;
    const QString verb = modrules::lineVerb(line, block);
    const QStringList args = modrules::lineArgs(line);
    const modrules::LineContext ctx(m_sink, line);

    if (!m_strict && verb != "go"_L1 && verb != "module"_L1 && verb != "retract"_L1 && verb != "require"_L1) {
        // A dependency's go.mod: main-module-only directives have no effect and are skipped
        // unchecked; unknown ones are what newer Go versions may add.
        if (!isKnownVerb(verb))
            ctx.warning(u"unknown directive: "_s + verb);
        return;
    }

    if (verb == "go"_L1) {
        const QString v = modrules::parseGoLine(ctx, args, !m_file.goVersion.isEmpty(), !m_strict);
        if (!v.isEmpty()) {
            m_file.goVersion = v;
            m_file.goLocation = ctx.location();
        }
    } else if (verb == "toolchain"_L1) {
        const QString name = modrules::parseToolchainLine(ctx, args, !m_file.toolchain.isEmpty());
        if (!name.isEmpty()) {
            m_file.toolchain = name;
            m_file.toolchainLocation = ctx.location();
        }
    } else if (verb == "module"_L1) {
        if (m_moduleSeen) {
            ctx.error(u"repeated module statement"_s);
            return;
        }
        m_moduleSeen = true;
        m_file.moduleLocation = ctx.location();
        if (const auto deprecation = modrules::parseDeprecation(modrules::directiveComment(line, block))) {
            m_file.moduleDeprecated = true;
            m_file.deprecation = *deprecation;
        }
        if (args.size() != 1) {
            ctx.error(u"usage: module module/path"_s);
            return;
        }
        QString err;
        if (!modrules::parseString(args.first(), &m_file.modulePath, &err))
            ctx.error(u"invalid quoted string: "_s + err);
    } else if (verb == "godebug"_L1) {
        if (const auto g = modrules::parseGodebugLine(ctx, args))
            m_file.godebug.append(*g);
    } else if (verb == "require"_L1 || verb == "exclude"_L1) {
        addRequireOrExclude(ctx, verb, args);
    } else if (verb == "replace"_L1) {
        if (const auto r = modrules::parseReplaceLine(ctx, verb, args)) {
            modrules::checkConflictingReplace(ctx, m_file.replaces, *r);
            m_file.replaces.append(*r);
        }
    } else if (verb == "retract"_L1) {
        addRetract(ctx, line, block, args);
    } else if (verb == "tool"_L1) {
        addPathArgument(ctx, verb, args, &m_file.toolLines);
    } else if (verb == "ignore"_L1) {
        addPathArgument(ctx, verb, args, &m_file.ignoreLines);
    } else {
        ctx.error(u"unknown directive: "_s + verb);
    }
}

void GoModBuilder::addRequireOrExclude(const modrules::LineContext& ctx, const QString& verb, const QStringList& args)
{
    if (args.size() != 2) {
        ctx.error(u"usage: %1 module/path v1.2.3"_s.arg(verb));
        return;
    }
    QString path;
    QString err;
    if (!modrules::parseString(args[0], &path, &err)) {
        ctx.error(u"invalid quoted string: "_s + err);
        return;
    }
    const modrules::VersionResult v = modrules::parseVersion(verb, path, args[1]);
    if (!modrules::reportVersion(ctx, v))
        return;
    const modversion::PathVersion pv = modversion::splitPathVersion(path);
    if (!pv.ok) {
        ctx.error(u"invalid module path"_s);
        return;
    }
    const QString majorErr = modversion::checkPathMajor(v.version, pv.pathMajor);
    if (!majorErr.isEmpty()) {
        ctx.error(modrules::directivePrefix(verb, path) + majorErr);
        return;
    }
    if (verb == "require"_L1)
        m_file.requirements.append(ModRequire { path, v.version, modrules::isIndirect(ctx.line()), ctx.location() });
    else
        m_file.excludes.append(ModExclude { path, v.version, ctx.location() });
}

// modfile parseVersionInterval, first pass: versions are only unquoted here; they are checked
// against the module path once the whole file is read (finish()). Consumes the interval's
// tokens from `args`; returns the error text or "".
QString parseInterval(QStringList& args, ModRetract* r)
{
    auto take = [&args](QString* out, QString* error) {
        QString err;
        const QString token = args.takeFirst();
        if (modrules::parseString(token, out, &err))
            return true;
        *error = modrules::directivePrefix(u"retract"_s, QString()) + u"version "_s + go::quote(token)
            + u" invalid: "_s + err;
        return false;
    };
    QString error;
    if (args.isEmpty() || args.first() == u"("_s)
        return u"expected '[' or version"_s;
    if (args.first() != u"["_s) {
        if (take(&r->low, &error))
            r->high = r->low;
        return error;
    }
    args.removeFirst();
    if (args.isEmpty())
        return u"expected version after '['"_s;
    if (!take(&r->low, &error))
        return error;
    if (args.isEmpty() || args.first() != u","_s)
        return u"expected ',' after version"_s;
    args.removeFirst();
    if (args.isEmpty())
        return u"expected version after ','"_s;
    if (!take(&r->high, &error))
        return error;
    if (args.isEmpty() || args.first() != u"]"_s)
        return u"expected ']' after version"_s;
    args.removeFirst();
    return {};
}

void GoModBuilder::addRetract(const modrules::LineContext& ctx, const Line& line, const Block* block, QStringList args)
{
    ModRetract r;
    r.rationale = modrules::directiveComment(line, block);
    r.location = ctx.location();
    const QString error = parseInterval(args, &r);
    if (!error.isEmpty()) {
        // Only the main module reports these: future syntax must not break dependencies.
        if (m_strict)
            ctx.error(error);
        return;
    }
    if (!args.isEmpty() && m_strict) {
        ctx.error(u"unexpected token after version: "_s + go::quote(args.first()));
        return;
    }
    m_retractPositions.append({ m_file.retracts.size(), line.start });
    m_file.retracts.append(r);
}

void GoModBuilder::addPathArgument(
    const modrules::LineContext& ctx, const QString& verb, const QStringList& args, QStringList* into)
{
    if (args.size() != 1) {
        ctx.error(verb + u" directive expects exactly one argument"_s);
        return;
    }
    QString path;
    QString err;
    if (!modrules::parseString(args.first(), &path, &err)) {
        ctx.error(u"invalid quoted string: "_s + err);
        return;
    }
    into->append(path);
}

void GoModBuilder::finish()
{
    // modfile fixRetract: the go command checks retracted versions against the module path.
    // (ParseLax's callers pass no fixer, so dependencies skip this.)
    if (!m_strict)
        return;
    for (const PendingRetract& p : std::as_const(m_retractPositions)) {
        ModRetract& r = m_file.retracts[p.index];
        if (m_file.modulePath.isEmpty()) {
            m_sink.add(DiagnosticLevel::Error, p.pos, u"no module directive found, so retract cannot be used"_s);
            return; // only the first, like modfile
        }
        const bool single = r.low == r.high;
        const modrules::VersionResult low = modrules::parseVersion(u"retract"_s, m_file.modulePath, r.low);
        if (!report(p.pos, low))
            continue;
        r.low = low.version;
        if (single) {
            r.high = r.low;
            continue;
        }
        const modrules::VersionResult high = modrules::parseVersion(u"retract"_s, m_file.modulePath, r.high);
        if (report(p.pos, high))
            r.high = high.version;
    }
}

bool GoModBuilder::report(const modsyntax::Pos& pos, const modrules::VersionResult& v)
{
    if (!v.ok()) {
        m_sink.add(DiagnosticLevel::Error, pos, v.error);
        return false;
    }
    if (!v.notCanonical.isEmpty())
        m_sink.add(DiagnosticLevel::Warning, pos, v.notCanonical);
    return true;
}

} // namespace

const ModReplace* GoModFile::replacementFor(const QString& path, const QString& version) const
{
    const ModReplace* exact = nullptr;
    const ModReplace* any = nullptr;
    for (const ModReplace& r : replaces) {
        if (r.oldPath != path)
            continue;
        if (r.oldVersion.isEmpty())
            any = &r;
        else if (r.oldVersion == version)
            exact = &r;
    }
    return exact ? exact : any;
}

GoModFile parseGoMod(const QByteArray& content, const QString& fileName, ModParseMode mode)
{
    GoModFile file;
    file.fileName = fileName;
    const qsizetype offset = modsyntax::bodyOffset(content);
    modsyntax::DiagnosticSink sink(content, offset, fileName, &file.diagnostics);
    GoModBuilder builder(file, sink, mode);
    modsyntax::parse(content, offset, builder, sink);
    builder.finish();
    sink.finish();
    return file;
}

} // namespace gmd
