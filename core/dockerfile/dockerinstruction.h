// SPDX-License-Identifier: MIT
#pragma once

// Typed instructions (spec B; BuildKit instructions/commands.go). Fields that BuildKit expands
// later (section C) keep their raw text here; the stage model expands them.

#include "dockerfile/dockerfileast.h"
#include "dockerfile/runmount.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>

namespace gmd {

enum class InstructionKind {
    Unknown,
    Add,
    Arg,
    Cmd,
    Copy,
    Entrypoint,
    Env,
    Expose,
    From,
    Healthcheck,
    Label,
    Maintainer,
    Onbuild,
    Run,
    Shell,
    Stopsignal,
    User,
    Volume,
    Workdir,
};

/// ENV / LABEL pair; `legacy` marks the `KEY value` form (A6.4, lint LegacyKeyValueFormat).
struct KeyValuePair
{
    QString key;
    QString value;
    bool legacy = false;
};

/// One name declared by ARG (B3.2).
struct ArgDefinition
{
    QString name;
    std::optional<QString> defaultValue;
    QString comment; ///< attached comment "NAME description" (A3.3), description part
};

/// A COPY/ADD source given as a heredoc (A8.9): an inline file.
struct InlineFile
{
    QString path; ///< the heredoc name
    QString data; ///< body, chomped for <<-
    bool expand = true; ///< expand variables in the body (C6)
};

/// A heredoc attached to RUN/CMD/ENTRYPOINT (A8.10).
struct ShellInlineFile
{
    QString name;
    QString data; ///< body, not chomped
    bool chomp = false;
};

/// RUN / CMD / ENTRYPOINT command (ShellDependantCmdLine).
struct CommandLine
{
    QStringList args; ///< exec form elements, or one string in shell form
    bool prependShell = true; ///< shell form
    QList<ShellInlineFile> files;
};

struct FromInstruction
{
    QString image; ///< base name as written (expanded later against global ARGs)
    QString stageName; ///< lower-cased `AS` name, empty when unnamed
    QString stageNameAsWritten;
    QString asKeyword; ///< the `AS` word as written
    QString platform; ///< --platform value as written
    SourceLocation nameLocation; ///< where the stage name is written (invalid when unnamed)
    QString comment; ///< attached comment "name description", description part
};

struct RunInstruction
{
    CommandLine command;
    QList<RunMount> mounts;
    QString network = QStringLiteral("default");
    QString security = QStringLiteral("sandbox");
    QList<RunDevice> devices;
    QStringList flagsUsed;
};

struct CopyInstruction
{
    QStringList sources;
    QList<InlineFile> inlineSources;
    QString dest;
    QString from;
    QString chown;
    QString chmod;
    bool link = false;
    bool parents = false;
    QStringList exclude;
};

struct AddInstruction
{
    QStringList sources;
    QList<InlineFile> inlineSources;
    QString dest;
    QString chown;
    QString chmod;
    bool link = false;
    bool keepGitDir = false;
    QString checksum;
    std::optional<bool> unpack;
    QStringList exclude;
};

struct EnvInstruction
{
    QList<KeyValuePair> pairs;
};
struct LabelInstruction
{
    QList<KeyValuePair> pairs;
};
struct ArgInstruction
{
    QList<ArgDefinition> args;
};
struct WorkdirInstruction
{
    QString path;
};
struct UserInstruction
{
    QString user;
};
struct ShellInstruction
{
    QStringList shell;
};
struct CmdInstruction
{
    CommandLine command;
};
struct EntrypointInstruction
{
    CommandLine command;
};
struct ExposeInstruction
{
    QStringList ports;
}; ///< sorted like BuildKit
struct VolumeInstruction
{
    QStringList volumes;
};
struct MaintainerInstruction
{
    QString maintainer;
};
struct StopsignalInstruction
{
    QString signal;
};

struct HealthcheckInstruction
{
    QStringList test; ///< {"NONE"}, {"CMD", args...} or {"CMD-SHELL", command}
    qint64 intervalNs = 0; ///< 0 = unset
    qint64 timeoutNs = 0;
    qint64 startPeriodNs = 0;
    qint64 startIntervalNs = 0;
    int retries = 0;
};

struct DockerInstruction;

struct OnbuildInstruction
{
    QString expression; ///< the trigger text as stored in the image (A8.11)
    std::shared_ptr<DockerInstruction> trigger; ///< the wrapped instruction, when it parses
    QString triggerError; ///< why it does not (reported when triggered)
};

using InstructionPayload = std::variant<std::monostate, FromInstruction, RunInstruction, CopyInstruction,
    AddInstruction, EnvInstruction, LabelInstruction, ArgInstruction, WorkdirInstruction, UserInstruction,
    ShellInstruction, CmdInstruction, EntrypointInstruction, ExposeInstruction, VolumeInstruction,
    HealthcheckInstruction, OnbuildInstruction, MaintainerInstruction, StopsignalInstruction>;

/// A typed instruction with the node it came from (keyword casing, flags, lines, columns).
struct DockerInstruction
{
    InstructionKind kind = InstructionKind::Unknown;
    DockerNode node;
    InstructionPayload payload;

    template <class T> const T* as() const { return std::get_if<T>(&payload); }
};

/// Converts one node (spec B2/B3/B4). On failure returns false with BuildKit's message.
bool parseDockerInstruction(const DockerNode& node, DockerInstruction* out, QString* error);

/// The kind for a lower-case keyword (Unknown for anything else).
InstructionKind instructionKindFromKeyword(const QString& lowerKeyword);

} // namespace gmd
