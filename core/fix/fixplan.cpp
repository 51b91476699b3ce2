// SPDX-License-Identifier: MIT
#include "fixplan.h"

#include "common/secrets.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QString fixSafetyKey(FixSafety safety)
{
    switch (safety) {
    case FixSafety::Automatic:
        return u"automatic"_s;
    case FixSafety::Confirm:
        return u"confirm"_s;
    case FixSafety::Manual:
        return u"manual"_s;
    }
    return u"confirm"_s;
}

std::optional<FixSafety> parseFixSafety(const QString& text)
{
    for (FixSafety s : { FixSafety::Automatic, FixSafety::Confirm, FixSafety::Manual }) {
        if (fixSafetyKey(s) == text)
            return s;
    }
    return std::nullopt;
}

QString makeFixPlanId(const QString& checkId, const QString& subject, int n)
{
    return checkId + u':' + subject + u':' + QString::number(n);
}

QProcessEnvironment withShellEnvironment(QProcessEnvironment environment, const QList<FixPlan>& plans)
{
    for (const FixPlan& p : plans) {
        for (const GoEnvChange& c : p.shellEnvironment) {
            if (c.value)
                environment.insert(c.key, *c.value);
            else
                environment.remove(c.key);
        }
    }
    return environment;
}

QStringList validateFixPlan(const FixPlan& plan)
{
    QStringList problems;
    if (plan.id.isEmpty())
        problems.append(u"The plan has no id."_s);
    if (plan.safety == FixSafety::Manual && (!plan.edits.isEmpty() || !plan.goEnv.isEmpty()))
        problems.append(u"Plan '%1' is manual (copy-only) but has edits or go env changes."_s.arg(plan.id));
    QSet<QString> seen;
    for (const FileEdit& e : plan.edits) {
        if (e.path.isEmpty() || !QDir::isAbsolutePath(e.path))
            problems.append(u"Plan '%1' edits '%2', which is not an absolute path."_s.arg(plan.id, e.path));
        const QString clean = QDir::cleanPath(e.path);
        if (seen.contains(clean))
            problems.append(u"Plan '%1' edits '%2' twice."_s.arg(plan.id, e.path));
        seen.insert(clean);
        if (e.create && !e.original.isEmpty())
            problems.append(u"Plan '%1' creates '%2' but records original content."_s.arg(plan.id, e.path));
    }
    // go env -w takes NAME=VALUE: a name is letters, digits and '_' (cmd/go/internal/envcmd);
    // a value may not span lines (the env file is line based).
    static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    QSet<QString> keys;
    for (const GoEnvChange& c : plan.goEnv) {
        if (!name.match(c.key).hasMatch())
            problems.append(
                u"Plan '%1' changes go env variable '%2', which is not a valid name."_s.arg(plan.id, c.key));
        if (keys.contains(c.key))
            problems.append(u"Plan '%1' changes go env variable %2 twice."_s.arg(plan.id, c.key));
        keys.insert(c.key);
        if (c.value && (c.value->contains(u'\n') || c.value->contains(u'\r')))
            problems.append(u"Plan '%1' sets %2 to a value with a line break."_s.arg(plan.id, c.key));
    }
    return problems;
}

void putBytes(QJsonObject& object, const QString& name, const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() == bytes) {
        object.insert(name, text);
    } else {
        object.insert(name, QString::fromLatin1(bytes.toBase64()));
        object.insert(name + u"Encoding"_s, u"base64"_s);
    }
}

bool getBytes(const QJsonObject& object, const QString& name, QByteArray* bytes)
{
    const QJsonValue v = object.value(name);
    if (!v.isString())
        return false;
    const QString encoding = object.value(name + u"Encoding"_s).toString();
    if (encoding.isEmpty()) {
        *bytes = v.toString().toUtf8();
        return true;
    }
    if (encoding != "base64"_L1)
        return false;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *bytes = decoded.decoded;
    return true;
}

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array)
        out.append(v.toString());
    return out;
}

QByteArray maskedBytes(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    return text.toUtf8() == bytes ? maskSecrets(text).toUtf8() : bytes;
}

/// [{"key": K, "value": V} or {"key": K, "unset": true}, ...]
QJsonArray changesToJson(const QList<GoEnvChange>& changes, bool maskForDisplay)
{
    QJsonArray env;
    for (const GoEnvChange& c : changes) {
        QJsonObject co;
        co.insert(u"key"_s, c.key);
        if (c.value)
            co.insert(u"value"_s, maskForDisplay ? maskValue(c.key, *c.value) : *c.value);
        else
            co.insert(u"unset"_s, true);
        env.append(co);
    }
    return env;
}

QList<GoEnvChange> changesFromJson(const QJsonArray& array)
{
    QList<GoEnvChange> out;
    for (const QJsonValue& v : array) {
        const QJsonObject co = v.toObject();
        GoEnvChange c;
        c.key = co.value(u"key"_s).toString();
        if (!co.value(u"unset"_s).toBool())
            c.value = co.value(u"value"_s).toString();
        out.append(c);
    }
    return out;
}

} // namespace

QJsonObject fixPlanToJson(const FixPlan& plan, bool maskForDisplay)
{
    QJsonObject o;
    o.insert(u"id"_s, plan.id);
    o.insert(u"findingId"_s, plan.findingId);
    o.insert(u"title"_s, maskForDisplay ? maskSecrets(plan.title) : plan.title);
    o.insert(u"description"_s, maskForDisplay ? maskSecrets(plan.description) : plan.description);
    o.insert(u"safety"_s, fixSafetyKey(plan.safety));
    if (maskForDisplay)
        o.insert(u"masked"_s, true);
    QJsonArray edits;
    for (const FileEdit& e : plan.edits) {
        QJsonObject eo;
        eo.insert(u"path"_s, e.path);
        eo.insert(u"create"_s, e.create);
        putBytes(eo, u"original"_s, maskForDisplay ? maskedBytes(e.original) : e.original);
        putBytes(eo, u"replacement"_s, maskForDisplay ? maskedBytes(e.replacement) : e.replacement);
        edits.append(eo);
    }
    o.insert(u"edits"_s, edits);
    o.insert(u"goEnv"_s, changesToJson(plan.goEnv, maskForDisplay));
    if (!plan.shellEnvironment.isEmpty())
        o.insert(u"shellEnvironment"_s, changesToJson(plan.shellEnvironment, maskForDisplay));
    QJsonArray manual;
    for (const ManualStep& m : plan.manual) {
        QJsonObject mo;
        mo.insert(u"description"_s, maskForDisplay ? maskSecrets(m.description) : m.description);
        QStringList commands = m.commands;
        if (maskForDisplay) {
            for (QString& c : commands)
                c = maskSecrets(c);
        }
        mo.insert(u"commands"_s, toArray(commands));
        manual.append(mo);
    }
    o.insert(u"manual"_s, manual);
    o.insert(u"touchesChecks"_s, toArray(plan.touchesChecks));
    return o;
}

std::optional<FixPlan> fixPlanFromJson(const QJsonObject& json, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<FixPlan> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.value(u"masked"_s).toBool())
        return fail(u"The fix plan was written for display (secrets masked); it cannot be applied."_s);
    FixPlan plan;
    plan.id = json.value(u"id"_s).toString();
    if (plan.id.isEmpty())
        return fail(u"The fix plan has no id."_s);
    plan.findingId = json.value(u"findingId"_s).toString();
    plan.title = json.value(u"title"_s).toString();
    plan.description = json.value(u"description"_s).toString();
    const auto safety = parseFixSafety(json.value(u"safety"_s).toString());
    if (!safety)
        return fail(u"Fix plan '%1' has an unknown safety '%2'."_s.arg(plan.id, json.value(u"safety"_s).toString()));
    plan.safety = *safety;
    const QJsonArray edits = json.value(u"edits"_s).toArray();
    for (const QJsonValue& v : edits) {
        const QJsonObject eo = v.toObject();
        FileEdit e;
        e.path = eo.value(u"path"_s).toString();
        e.create = eo.value(u"create"_s).toBool();
        if (!getBytes(eo, u"original"_s, &e.original) || !getBytes(eo, u"replacement"_s, &e.replacement))
            return fail(u"Fix plan '%1': the content of '%2' is missing or not decodable."_s.arg(plan.id, e.path));
        plan.edits.append(e);
    }
    plan.goEnv = changesFromJson(json.value(u"goEnv"_s).toArray());
    plan.shellEnvironment = changesFromJson(json.value(u"shellEnvironment"_s).toArray());
    const QJsonArray manual = json.value(u"manual"_s).toArray();
    for (const QJsonValue& v : manual) {
        const QJsonObject mo = v.toObject();
        plan.manual.append(ManualStep { mo.value(u"description"_s).toString(), toStringList(mo.value(u"commands"_s)) });
    }
    plan.touchesChecks = toStringList(json.value(u"touchesChecks"_s));
    return plan;
}

} // namespace gmd
