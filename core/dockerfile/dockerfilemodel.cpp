// SPDX-License-Identifier: MIT
#include "dockerfilemodel.h"

#include "common/go/strconv.h"
#include "common/go/strings.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

Diagnostic errorAt(const DockerfileAst& ast, const DockerNode& node, const QString& message,
    DiagnosticLevel level = DiagnosticLevel::Error)
{
    Diagnostic d =
        makeDiagnostic(level, ast.fileName, node.startLine, node.column, message, ast.lines.value(node.startLine - 1));
    d.location.endLine = node.endLine > node.startLine ? node.endLine : 0;
    return d;
}

class ModelBuilder
{
public:
    explicit ModelBuilder(const DockerfileAst& ast)
        : m_ast(ast)
    {
        m_model.fileName = ast.fileName;
        m_model.escapeToken = ast.directives.escapeToken;
    }

    DockerfileModel run();

private:
    void addStage(const DockerInstruction& from, bool valid);
    void checkCopyFrom(const DockerInstruction& copy, int stage);

    const DockerfileAst& m_ast;
    DockerfileModel m_model;
};

void ModelBuilder::addStage(const DockerInstruction& from, bool valid)
{
    DockerStage stage;
    stage.index = int(m_model.stages.size());
    stage.from = from;
    stage.valid = valid;
    if (const FromInstruction* f = from.as<FromInstruction>()) {
        stage.name = f->stageName;
        stage.baseName = f->image;
        stage.platform = f->platform;
        stage.comment = f->comment;
    } else {
        stage.baseName = from.node.args.value(0);
    }
    // B1.3: FROM looks up earlier stages by exact comparison with their lower-cased names.
    if (!stage.baseName.contains(u'$')) {
        for (const DockerStage& s : std::as_const(m_model.stages)) {
            if (!s.name.isEmpty() && s.name == stage.baseName)
                stage.baseStageIndex = s.index;
        }
    }
    m_model.stages.append(stage);
}

void ModelBuilder::checkCopyFrom(const DockerInstruction& copy, int stage)
{
    const CopyInstruction* c = copy.as<CopyInstruction>();
    if (!c || c->from.isEmpty() || c->from.contains(u'$'))
        return; // variables are resolved by the stage model
    QString error;
    m_model.resolveStageReference(c->from, stage, &error);
    if (!error.isEmpty())
        m_model.diagnostics.append(errorAt(m_ast, copy.node, error));
}

DockerfileModel ModelBuilder::run()
{
    if (m_ast.error)
        m_model.diagnostics.append(*m_ast.error);
    m_model.diagnostics += m_ast.diagnostics;
    for (const DockerNode& node : m_ast.nodes) {
        DockerInstruction inst;
        QString error;
        const bool ok = parseDockerInstruction(node, &inst, &error);
        if (!ok) {
            m_model.diagnostics.append(errorAt(m_ast, node, error));
            // A failed FROM still opens a stage so that what follows is not misreported.
            if (inst.kind == InstructionKind::From)
                addStage(inst, false);
            continue;
        }
        if (inst.kind == InstructionKind::From) {
            if (auto* from = std::get_if<FromInstruction>(&inst.payload); from && from->nameLocation.isValid())
                from->nameLocation.file = m_ast.fileName;
            addStage(inst, true);
            continue;
        }
        if (m_model.stages.isEmpty()) {
            // B1.1: only ARG before the first FROM.
            if (inst.kind == InstructionKind::Arg)
                m_model.globalArgs.append(inst);
            else
                m_model.diagnostics.append(errorAt(m_ast, node, u"no build stage in current context"_s));
            continue;
        }
        if (const OnbuildInstruction* ob = inst.as<OnbuildInstruction>(); ob && !ob->triggerError.isEmpty()) {
            // Upstream only parses a trigger when it fires, so this is a warning here.
            m_model.diagnostics.append(
                errorAt(m_ast, node, u"ONBUILD trigger: "_s + ob->triggerError, DiagnosticLevel::Warning));
        }
        m_model.stages.last().commands.append(inst);
    }
    // B1.3: stage references are resolved once all stages are known, as BuildKit's dispatcher does.
    for (const DockerStage& stage : std::as_const(m_model.stages)) {
        for (const DockerInstruction& inst : stage.commands)
            checkCopyFrom(inst, stage.index);
    }
    return m_model;
}

} // namespace

QString DockerStage::displayName() const
{
    return name.isEmpty() ? u"stage-%1"_s.arg(index) : name;
}

int DockerfileModel::findStage(const QString& name) const
{
    const QString lower = go::toLower(name);
    for (const DockerStage& s : stages) {
        if (!s.name.isEmpty() && s.name == lower)
            return s.index;
    }
    return -1;
}

int DockerfileModel::resolveStageReference(const QString& ref, int current, QString* error) const
{
    error->clear();
    int index = -1;
    if (const go::NumResult<qint64> n = go::atoi(ref); n.ok()) {
        if (n.value < 0 || n.value >= stages.size()) {
            *error = u"invalid stage index %1"_s.arg(n.value);
            return -1;
        }
        index = int(n.value);
    } else {
        index = findStage(ref);
        if (index < 0)
            return -1; // an image reference
    }
    if (index >= current) {
        const QString currentName =
            current >= 0 && current < stages.size() ? stages.at(current).displayName() : QString();
        *error = u"cannot copy from stage %1, it needs to be defined before current stage %2"_s.arg(
            go::quote(ref), go::quote(currentName));
        return -1;
    }
    return index;
}

DockerfileModel buildDockerfileModel(const DockerfileAst& ast)
{
    ModelBuilder builder(ast);
    return builder.run();
}

} // namespace gmd
