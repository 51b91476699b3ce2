// SPDX-License-Identifier: MIT
// go.work interpretation: modfile/work.go's ParseWork and (*WorkFile).add.
#include "goworkfile.h"

#include "modrules.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

using modsyntax::Block;
using modsyntax::Line;

class GoWorkBuilder final : public modsyntax::Handler
{
public:
    GoWorkBuilder(GoWorkFile& file, modsyntax::DiagnosticSink& sink)
        : m_file(file)
        , m_sink(sink)
    { }

    void blockStarted(const Block& block) override
    {
        const QString verb = block.tokens.value(0);
        m_skipBlock = block.tokens.size() > 1 || (verb != "godebug"_L1 && verb != "use"_L1 && verb != "replace"_L1);
        if (m_skipBlock)
            m_sink.add(DiagnosticLevel::Error, block.start, u"unknown block type: "_s + block.tokens.join(u' '));
    }

    void line(const Line& line, const Block* block) override;

private:
    GoWorkFile& m_file;
    modsyntax::DiagnosticSink& m_sink;
    bool m_skipBlock = false;
};

void GoWorkBuilder::line(const Line& line, const Block* block)
{
    if (block && m_skipBlock)
        return;
    const QString verb = modrules::lineVerb(line, block);
    const QStringList args = modrules::lineArgs(line);
    const modrules::LineContext ctx(m_sink, line);

    if (verb == "go"_L1) {
        const QString v = modrules::parseGoLine(ctx, args, !m_file.goVersion.isEmpty(), false);
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
    } else if (verb == "godebug"_L1) {
        if (const auto g = modrules::parseGodebugLine(ctx, args))
            m_file.godebug.append(*g);
    } else if (verb == "use"_L1) {
        if (args.size() != 1) {
            ctx.error(u"usage: use local/dir"_s);
            return;
        }
        QString dir;
        QString err;
        if (!modrules::parseString(args.first(), &dir, &err)) {
            ctx.error(u"invalid quoted string: "_s + err);
            return;
        }
        m_file.uses.append(WorkUse { dir, ctx.location() });
    } else if (verb == "replace"_L1) {
        if (const auto r = modrules::parseReplaceLine(ctx, verb, args)) {
            modrules::checkConflictingReplace(ctx, m_file.replaces, *r);
            m_file.replaces.append(*r);
        }
    } else {
        ctx.error(u"unknown directive: "_s + verb);
    }
}

} // namespace

GoWorkFile parseGoWork(const QByteArray& content, const QString& fileName)
{
    GoWorkFile file;
    file.fileName = fileName;
    const qsizetype offset = modsyntax::bodyOffset(content);
    modsyntax::DiagnosticSink sink(content, offset, fileName, &file.diagnostics);
    GoWorkBuilder builder(file, sink);
    modsyntax::parse(content, offset, builder, sink);
    sink.finish();
    return file;
}

} // namespace gmd
