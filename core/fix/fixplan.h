// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace gmd {

/// How much a fix may be trusted (issue 5 section 1).
enum class FixSafety {
    Automatic, ///< provably safe: may be applied without asking
    Confirm, ///< changes behaviour: the user must confirm after seeing the diff
    Manual, ///< copy-only: the tool never applies it (no edits, no go env changes)
};

/// "automatic", "confirm", "manual".
QString fixSafetyKey(FixSafety safety);
/// Parses fixSafetyKey() output; nullopt otherwise.
std::optional<FixSafety> parseFixSafety(const QString& text);

/// One file a plan writes. `original` is the exact content the plan was computed from: apply
/// refuses when the file no longer has these bytes ("changed since the preview").
struct FileEdit
{
    QString path; ///< absolute path
    bool create = false; ///< the file must not exist yet (then `original` is empty)
    QByteArray original; ///< exact bytes the plan was computed from
    QByteArray replacement; ///< the new content

    bool operator==(const FileEdit&) const = default;
};

/// One `go env -w KEY=VALUE` (value set) or `go env -u KEY` (nullopt).
struct GoEnvChange
{
    QString key;
    std::optional<QString> value;

    bool operator==(const GoEnvChange&) const = default;
};

/// Something only the user can do (copy-only): what and the exact commands.
struct ManualStep
{
    QString description;
    QStringList commands;

    bool operator==(const ManualStep&) const = default;
};

/// An applicable fix for one finding (issue 5 section 1). A value type: generators build it,
/// the GUI previews it (diffPlan()), applyPlan() applies it, the journal records it.
struct FixPlan
{
    QString id; ///< stable: "<checkId>:<subject>:<n>" (makeFixPlanId)
    QString findingId; ///< the finding it fixes ("GMD100" or "GMD100:GOPROXY")
    QString title;
    QString description; ///< why: what changes and what it changes in behaviour
    FixSafety safety = FixSafety::Confirm;
    QList<FileEdit> edits;
    QList<GoEnvChange> goEnv;
    QList<ManualStep> manual;
    /// How the OS environment of shells started after the plan differs (a shell profile edit):
    /// nothing applyPlan() does, but what verification diagnoses with (withShellEnvironment()).
    QList<GoEnvChange> shellEnvironment;
    QStringList touchesChecks; ///< check ids to re-run after apply

    bool operator==(const FixPlan&) const = default;
    /// True when applyPlan() has something to do (file edits or go env changes).
    bool isApplicable() const { return safety != FixSafety::Manual && (!edits.isEmpty() || !goEnv.isEmpty()); }
};

/// `environment` as shells started after `plans` will have it (FixPlan::shellEnvironment).
QProcessEnvironment withShellEnvironment(QProcessEnvironment environment, const QList<FixPlan>& plans);

/// "<checkId>:<subject>:<n>" with ':' in the subject kept (ids are compared, never parsed).
QString makeFixPlanId(const QString& checkId, const QString& subject, int n);

/// Problems that make a plan unusable for apply (relative or duplicate paths, create with a
/// non-empty original, invalid go env keys, Manual plans with edits); empty when valid.
QStringList validateFixPlan(const FixPlan& plan);

/// The plan as JSON. File contents are stored as text when they are valid UTF-8 (and decode
/// back to the same bytes), otherwise base64. With `maskForDisplay` (CLI/report output)
/// secrets in go env values and in file texts are masked and the object says "masked": true;
/// such JSON can no longer be applied (fixPlanFromJson refuses it).
QJsonObject fixPlanToJson(const FixPlan& plan, bool maskForDisplay = false);

/// Reads fixPlanToJson() output; nullopt with `error` set on malformed or masked input.
std::optional<FixPlan> fixPlanFromJson(const QJsonObject& json, QString* error = nullptr);

/// Bytes as a JSON value pair: {"<name>": text} or {"<name>": base64, "<name>Encoding": "base64"}.
void putBytes(QJsonObject& object, const QString& name, const QByteArray& bytes);
/// Reads putBytes() output; false when the field is missing or not decodable.
bool getBytes(const QJsonObject& object, const QString& name, QByteArray* bytes);

} // namespace gmd
