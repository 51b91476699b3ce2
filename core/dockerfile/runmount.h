// SPDX-License-Identifier: MIT
#pragma once

// `RUN --mount=` and `RUN --device=` values (spec B4; BuildKit commands_runmount.go,
// commands_rundevice.go).

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gmd {

/// One parsed --mount value. Values are as written unless an expander was given.
struct RunMount
{
    QString raw; ///< the flag value as written
    QString type = QStringLiteral("bind");
    QString from;
    QString source;
    QString target;
    QString id; ///< cache id or secret id
    QString sharing; ///< empty when not given (cache default: shared)
    std::optional<QString> env; ///< secret: environment variable name
    bool readOnly = true; ///< after defaults (B4.4)
    bool readOnlyExplicit = false;
    bool required = false;
    qint64 sizeLimit = 0; ///< tmpfs size in bytes
    std::optional<quint64> mode;
    std::optional<quint64> uid;
    std::optional<quint64> gid;
    QStringList deferredKeys; ///< keys whose value uses a variable: kept as written, checked after expansion

    /// Cache id a build uses: `id`, else the target (B4.4; the target is cleaned by BuildKit).
    QString effectiveCacheId() const;
    /// Cache sharing a build uses: `sharing`, else "shared".
    QString effectiveSharing() const;
};

struct RunMountResult
{
    RunMount mount;
    QString error; ///< BuildKit's message, empty on success

    /// True when the value parsed.
    bool ok() const { return error.isEmpty(); }
};

/// Expands one option value (variable expansion, section C); returns false with `error` set on failure.
using MountValueExpander = std::function<bool(const QString& in, QString* out, QString* error)>;

/// Parses a --mount value. With an expander this is BuildKit's dispatch-time parse: every value is
/// expanded and checked. Without one, values containing `$` are kept raw (listed in
/// deferredKeys) and everything else is checked; `from` with a `$` anywhere but last is the
/// parse-time error `'from' doesn't support variable expansion, define alias stage instead` (B4.5).
RunMountResult parseRunMount(const QString& value, const MountValueExpander& expander = {});

struct RunDevice
{
    QString name;
    bool required = false;
};

/// Parses a --device value (`name[,required]`); returns false with BuildKit's message in `error`.
bool parseRunDevice(const QString& value, RunDevice* device, QString* error);

/// tonistiigi/go-csvvalue Fields: one CSV record; false with the wrapped error text on failure.
bool parseCsvFields(const QString& value, QStringList* fields, QString* error);

} // namespace gmd
