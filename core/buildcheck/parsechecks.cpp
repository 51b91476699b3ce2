// SPDX-License-Identifier: MIT
// Rules BuildKit runs while parsing (BK:instr/parse.go) and on the parsed stages before any
// stage is converted (BK:d2llb/validations.go validateStageNames, validateCommandCasing).
#include "checkrun_p.h"
#include "common/go/strconv.h"
#include "common/go/strings.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace gmd::buildcheck_detail {

namespace {

bool isLower(const QString& s)
{
    return s == go::toLower(s);
}

bool isUpper(const QString& s)
{
    return s == go::toUpper(s);
}

/// The line BuildKit's parser warning names for an empty continuation: the last physical line of
/// the continuation (before any heredoc body). Taken from the parser's own warning.
QList<int> emptyContinuationLines(const DockerfileAst& ast)
{
    QList<int> lines;
    for (const Diagnostic& d : ast.diagnostics) {
        if (d.level == DiagnosticLevel::Warning && d.message.startsWith("Empty continuation line found in: "_L1))
            lines.append(d.location.line);
    }
    return lines;
}

/// D2 InvalidDefinitionDescription (experimental, BK:instr/parse.go validateDefinitionDescription):
/// the last attached comment must start with one of the defined names followed by a space.
void checkDescription(Emitter& emitter, const DockerNode& node, const QString& instruction, const QStringList& keys)
{
    if (node.prevComments.isEmpty() || keys.isEmpty())
        return;
    const QString first = node.prevComments.last().section(u' ', 0, 0);
    if (keys.contains(first))
        return;
    const QString example = keys.size() > 1 ? u"<arg_key>"_s : keys.first();
    emitter.report(u"InvalidDefinitionDescription"_s, node,
        u"Comment for "_s + instruction + u" should follow the format: `# "_s + example + u" <description>`"_s,
        &node.prevComments);
}

/// D2 StageNameCasing, FromAsCasing (BK:instr/parse.go isLowerCaseStageName, doesFromCaseMatchAsCase).
void checkFromCasing(Emitter& emitter, const DockerNode& node)
{
    const QStringList& args = node.args;
    if (args.size() == 3 && !isLower(args.at(2)))
        emitter.report(u"StageNameCasing"_s, node, u"Stage name '"_s + args.at(2) + u"' should be lowercase"_s,
            &node.prevComments);
    if (args.size() < 3)
        return;
    // A mixed-case FROM is ConsistentInstructionCasing's business, not this rule's.
    const bool lower = isLower(node.keyword);
    const bool upper = isUpper(node.keyword);
    if (!lower && !upper)
        return;
    if (lower ? isLower(args.at(1)) : isUpper(args.at(1)))
        return;
    emitter.report(u"FromAsCasing"_s, node,
        u"'"_s + args.at(1) + u"' and '"_s + node.keyword + u"' keywords' casing do not match"_s, &node.prevComments);
}

void checkStageNames(Emitter& emitter, const DockerfileModel& model)
{
    // D2 ReservedStageName, DuplicateStageName (validateStageNames); file-level, no comments.
    QStringList seen;
    for (const DockerStage& stage : model.stages) {
        if (stage.name.isEmpty())
            continue;
        if (stage.name == "context"_L1 || stage.name == "scratch"_L1) {
            emitter.report(u"ReservedStageName"_s, stage.from.node,
                u"Stage name should not use the same name as reserved stage "_s + go::quote(stage.name), nullptr);
        }
        if (seen.contains(stage.name)) {
            emitter.report(u"DuplicateStageName"_s, stage.from.node,
                u"Duplicate stage name "_s + go::quote(stage.name) + u", stage names should be unique"_s, nullptr);
        }
        seen.append(stage.name);
    }
}

void checkInstructionCasing(Emitter& emitter, const DockerfileModel& model)
{
    // D2 ConsistentInstructionCasing (validateCommandCasing): FROM keywords and the keywords of
    // stage instructions vote; global ARGs and ONBUILD's inner instruction do not.
    int lowerCount = 0;
    int upperCount = 0;
    const auto vote = [&](const QString& keyword) {
        if (isLower(keyword))
            ++lowerCount;
        else if (isUpper(keyword))
            ++upperCount;
    };
    for (const DockerStage& stage : model.stages) {
        vote(stage.from.node.keyword);
        for (const DockerInstruction& inst : stage.commands)
            vote(inst.node.keyword);
    }
    const bool majorityLower = lowerCount > upperCount; // a tie means upper case
    const auto check = [&](const DockerNode& node) {
        if (majorityLower ? isLower(node.keyword) : isUpper(node.keyword))
            return;
        emitter.report(u"ConsistentInstructionCasing"_s, node,
            u"Command '"_s + node.keyword + u"' should match the case of the command majority ("_s
                + (majorityLower ? u"lowercase"_s : u"uppercase"_s) + u')',
            nullptr);
    };
    for (const DockerStage& stage : model.stages) {
        check(stage.from.node);
        for (const DockerInstruction& inst : stage.commands)
            check(inst.node);
    }
}

} // namespace

void runParseChecks(const DockerfileAst& ast, const DockerfileModel& model, Emitter& emitter)
{
    // D2 NoEmptyContinuation: reported from the parser's warnings, with the file's configuration.
    const QList<int> warningLines = emptyContinuationLines(ast);
    int warning = 0;
    for (const DockerNode& node : ast.nodes) {
        if (!node.emptyContinuation)
            continue;
        SourceLocation loc;
        loc.file = emitter.fileName();
        loc.line = warning < warningLines.size() ? warningLines.at(warning) : node.segments.last().line;
        ++warning;
        emitter.reportAt(u"NoEmptyContinuation"_s, loc, u"Empty continuation line"_s, nullptr);
    }

    // Instructions that parsed, by first line, for the rules that need the parsed form.
    QHash<int, const DockerInstruction*> parsed;
    for (const DockerInstruction& inst : model.globalArgs)
        parsed.insert(inst.node.startLine, &inst);
    for (const DockerStage& stage : model.stages) {
        if (stage.valid)
            parsed.insert(stage.from.node.startLine, &stage.from);
        for (const DockerInstruction& inst : stage.commands)
            parsed.insert(inst.node.startLine, &inst);
    }
    for (const DockerNode& node : ast.nodes) {
        const DockerInstruction* inst = parsed.value(node.startLine);
        if (node.lowerKeyword == "maintainer"_L1) {
            emitter.report(u"MaintainerDeprecated"_s, node,
                u"Maintainer instruction is deprecated in favor of using label"_s, &node.prevComments);
        } else if (node.lowerKeyword == "from"_L1) {
            checkFromCasing(emitter, node);
            const FromInstruction* from = inst ? inst->as<FromInstruction>() : nullptr;
            if (from && !from->stageName.isEmpty())
                checkDescription(emitter, node, u"FROM"_s, { from->stageName });
        } else if (node.lowerKeyword == "arg"_L1) {
            if (const ArgInstruction* arg = inst ? inst->as<ArgInstruction>() : nullptr) {
                QStringList keys;
                for (const ArgDefinition& def : arg->args)
                    keys.append(def.name);
                checkDescription(emitter, node, u"ARG"_s, keys);
            }
        }
    }
    checkStageNames(emitter, model);
    checkInstructionCasing(emitter, model);
}

} // namespace gmd::buildcheck_detail
