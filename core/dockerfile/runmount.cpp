// SPDX-License-Identifier: MIT
#include "runmount.h"

#include "common/go/path.h"
#include "common/go/strconv.h"
#include "common/go/strings.h"
#include "common/go/utf8.h"
#include "goparse.h"
#include "suggest.h"

#include <QByteArray>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QString csvError(qsizetype pos, const char* what)
{
    return u"parse error on line 1, column %1: %2"_s.arg(pos + 1).arg(QLatin1StringView(what));
}

bool typeIs(const RunMount& m, const char* t)
{
    return m.type == QLatin1StringView(t);
}

} // namespace

bool parseCsvFields(const QString& value, QStringList* fields, QString* error)
{
    QByteArray line = value.toUtf8();
    if (line.endsWith('\n'))
        line.chop(line.endsWith("\r\n") ? 2 : 1);
    if (line.isEmpty()) {
        *error = u"EOF"_s;
        return false;
    }
    QList<QByteArray> out;
    qsizetype pos = 0;
    while (true) {
        if (line.isEmpty() || line.at(0) != '"') {
            const qsizetype i = line.indexOf(',');
            const QByteArray field = i >= 0 ? line.left(i) : line;
            const qsizetype j = field.indexOf('"');
            if (j >= 0) {
                *error = csvError(pos + j, "bare \" in non-quoted-field");
                return false;
            }
            out.append(field);
            if (i < 0)
                break;
            line = line.mid(i + 1);
            pos += i + 1;
            continue;
        }
        line = line.mid(1);
        pos += 1;
        bool halfOpen = false;
        bool nextField = false;
        while (true) {
            const qsizetype i = line.indexOf('"');
            if (i < 0) {
                *error = csvError(pos, "extraneous or missing \" in quoted-field");
                return false;
            }
            if (!halfOpen)
                out.append(line.left(i));
            else
                out.last() += line.left(i);
            halfOpen = false;
            line = line.mid(i + 1);
            pos += i + 1;
            if (line.startsWith('"')) {
                out.last() += '"';
                line = line.mid(1);
                pos += 1;
                halfOpen = true;
            } else if (line.startsWith(',')) {
                line = line.mid(1);
                pos += 1;
                nextField = true;
                break;
            } else if (line.isEmpty()) {
                break;
            } else {
                *error = csvError(pos - 1, "extraneous or missing \" in quoted-field");
                return false;
            }
        }
        if (!nextField)
            break;
    }
    fields->clear();
    for (const QByteArray& f : std::as_const(out))
        fields->append(go::fromUtf8(f));
    return true;
}

QString RunMount::effectiveCacheId() const
{
    return id.isEmpty() ? go::pathClean(target) : id;
}

QString RunMount::effectiveSharing() const
{
    return sharing.isEmpty() ? u"shared"_s : sharing;
}

RunMountResult parseRunMount(const QString& value, const MountValueExpander& expander)
{
    RunMountResult r;
    RunMount& m = r.mount;
    m.raw = value;
    QStringList fields;
    QString csvErr;
    if (!parseCsvFields(value, &fields, &csvErr)) {
        r.error = u"failed to parse csv mounts: "_s + csvErr;
        return r;
    }
    bool roAuto = true;
    bool typeDeferred = false;
    auto fail = [&r](const QString& message) {
        r.error = message;
        return r;
    };
    for (const QString& field : std::as_const(fields)) {
        const qsizetype eq = field.indexOf(u'=');
        const QString key = go::toLower(eq < 0 ? field : field.left(eq));
        QString val = eq < 0 ? QString() : field.mid(eq + 1);
        if (eq < 0) {
            // B4.1: bare options.
            if (key == "readonly"_L1 || key == "ro"_L1) {
                m.readOnly = true;
                roAuto = false;
                continue;
            }
            if (key == "readwrite"_L1 || key == "rw"_L1) {
                m.readOnly = false;
                roAuto = false;
                continue;
            }
            if (key == "required"_L1) {
                // B4.2: fields apply left to right, so `type=` must come first.
                if (typeDeferred)
                    continue;
                if (typeIs(m, "secret") || typeIs(m, "ssh")) {
                    m.required = true;
                    continue;
                }
                return fail(u"unexpected key '%1' for mount type '%2'"_s.arg(key, m.type));
            }
            return fail(u"invalid field '%1' must be a key=value pair"_s.arg(field));
        }
        if (expander) {
            QString expanded, err;
            if (!expander(val, &expanded, &err))
                return fail(err);
            val = expanded;
        } else if (key == "from"_L1) {
            const qsizetype dollar = val.indexOf(u'$');
            if (dollar >= 0 && dollar != val.size() - 1)
                return fail(u"'%1' doesn't support variable expansion, define alias stage instead"_s.arg(key)); // B4.5
        } else if (val.contains(u'$')) {
            // Left for the stage model to expand (B4.5); string options keep their raw text.
            m.deferredKeys.append(key);
            if (key == "type"_L1)
                typeDeferred = true;
            else if (key == "source"_L1 || key == "src"_L1)
                m.source = val;
            else if (key == "target"_L1 || key == "dst"_L1 || key == "destination"_L1)
                m.target = val;
            else if (key == "id"_L1)
                m.id = val;
            else if (key == "env"_L1)
                m.env = val;
            continue;
        }
        if (key == "type"_L1) {
            const QString t = go::toLower(val);
            static const QStringList types = { u"bind"_s, u"cache"_s, u"secret"_s, u"ssh"_s, u"tmpfs"_s };
            if (!types.contains(t))
                return fail(withSuggestion(u"unsupported mount type %1"_s.arg(go::quote(val)), val, types, true));
            m.type = t;
        } else if (key == "from"_L1) {
            m.from = val;
        } else if (key == "source"_L1 || key == "src"_L1) {
            m.source = val;
        } else if (key == "target"_L1 || key == "dst"_L1 || key == "destination"_L1) {
            m.target = val;
        } else if (key == "readonly"_L1 || key == "ro"_L1 || key == "readwrite"_L1 || key == "rw"_L1) {
            const std::optional<bool> b = go::parseBool(val);
            if (!b)
                return fail(u"invalid value for %1: %2"_s.arg(key, val));
            m.readOnly = (key == "readonly"_L1 || key == "ro"_L1) ? *b : !*b;
            roAuto = false;
        } else if (key == "required"_L1) {
            if (!typeDeferred && !typeIs(m, "secret") && !typeIs(m, "ssh"))
                return fail(u"unexpected key '%1' for mount type '%2'"_s.arg(key, m.type));
            const std::optional<bool> b = go::parseBool(val);
            if (!b)
                return fail(u"invalid value for %1: %2"_s.arg(key, val));
            m.required = *b;
        } else if (key == "size"_L1) {
            if (!typeDeferred && !typeIs(m, "tmpfs"))
                return fail(u"unexpected key '%1' for mount type '%2'"_s.arg(key, m.type));
            const std::optional<qint64> size = goparse::ramInBytes(val);
            if (!size)
                return fail(u"invalid value for %1: %2"_s.arg(key, val));
            m.sizeLimit = *size;
        } else if (key == "id"_L1) {
            m.id = val;
        } else if (key == "sharing"_L1) {
            const QString s = go::toLower(val);
            static const QStringList modes = { u"locked"_s, u"private"_s, u"shared"_s };
            if (!modes.contains(s))
                return fail(
                    withSuggestion(u"unsupported sharing value %1"_s.arg(go::quote(val)), val, modes, true));
            m.sharing = s;
        } else if (key == "mode"_L1 || key == "uid"_L1 || key == "gid"_L1) {
            const go::NumResult<quint64> n = go::parseUint(val, key == "mode"_L1 ? 8 : 10, 32);
            if (!n.ok())
                return fail(u"invalid value %1 for %2"_s.arg(val, key));
            (key == "mode"_L1 ? m.mode : key == "uid"_L1 ? m.uid : m.gid) = n.value;
        } else if (key == "env"_L1) {
            m.env = val;
        } else {
            static const QStringList allKeys = { u"type"_s, u"from"_s, u"source"_s, u"target"_s, u"readonly"_s, u"id"_s,
                u"sharing"_s, u"required"_s, u"size"_s, u"mode"_s, u"uid"_s, u"gid"_s, u"src"_s, u"dst"_s,
                u"destination"_s, u"ro"_s, u"rw"_s, u"readwrite"_s, u"env"_s };
            return fail(withSuggestion(u"unexpected key '%1' in '%2'"_s.arg(key, field), key, allKeys, true));
        }
    }
    if (typeDeferred)
        return r; // the remaining rules depend on the type
    const bool fileInfoAllowed = typeIs(m, "secret") || typeIs(m, "ssh") || typeIs(m, "cache");
    if (!fileInfoAllowed) {
        const QString quotedType = go::quote(m.type);
        if (m.mode)
            return fail(u"mode not allowed for %1 type mounts"_s.arg(quotedType));
        if (m.uid)
            return fail(u"uid not allowed for %1 type mounts"_s.arg(quotedType));
        if (m.gid)
            return fail(u"gid not allowed for %1 type mounts"_s.arg(quotedType));
    }
    // B4.4: bind/secret/ssh read-only, cache/tmpfs read-write unless said otherwise.
    m.readOnlyExplicit = !roAuto;
    if (roAuto)
        m.readOnly = !(typeIs(m, "cache") || typeIs(m, "tmpfs"));
    if (typeIs(m, "secret")) {
        // B4.6
        if (!m.from.isEmpty())
            return fail(u"secret mount should not have a from"_s);
        if (!m.sharing.isEmpty())
            return fail(u"secret mount should not define sharing"_s);
        if (m.source.isEmpty() && m.target.isEmpty() && m.id.isEmpty())
            return fail(u"invalid secret mount. one of source, target required"_s);
        if (!m.source.isEmpty() && !m.id.isEmpty())
            return fail(u"both source and id can't be set"_s);
    }
    if (!m.sharing.isEmpty() && !typeIs(m, "cache"))
        return fail(u"invalid cache sharing set for %1 mount"_s.arg(m.type));
    return r;
}

bool parseRunDevice(const QString& value, RunDevice* device, QString* error)
{
    QStringList fields;
    QString csvErr;
    if (!parseCsvFields(value, &fields, &csvErr)) {
        *error = u"failed to parse csv devices: "_s + csvErr;
        return false;
    }
    RunDevice d;
    for (const QString& field : std::as_const(fields)) {
        const qsizetype eq = field.indexOf(u'=');
        const QString key = go::toLower(eq < 0 ? field : field.left(eq));
        const QString val = eq < 0 ? QString() : field.mid(eq + 1);
        if (eq < 0) {
            if (key == "required"_L1) {
                d.required = true;
                continue;
            }
            if (d.name.isEmpty()) {
                d.name = field;
                continue;
            }
            *error = u"invalid field '%1' must be a key=value pair"_s.arg(field);
            return false;
        }
        if (key == "name"_L1) {
            if (!d.name.isEmpty()) {
                *error = u"device name already set to %1"_s.arg(d.name);
                return false;
            }
            d.name = val;
        } else if (key == "required"_L1) {
            const std::optional<bool> b = go::parseBool(val);
            if (!b) {
                *error = u"invalid value for %1: %2"_s.arg(key, val);
                return false;
            }
            d.required = *b;
        } else if (d.name.isEmpty()) {
            d.name = field;
        } else {
            *error = withSuggestion(
                u"unexpected key '%1' in '%2'"_s.arg(key, field), key, { u"name"_s, u"required"_s }, true);
            return false;
        }
    }
    *device = d;
    return true;
}

} // namespace gmd
