// SPDX-License-Identifier: MIT
#pragma once

// BuildKit's instruction flag parser (spec B2, instructions/bflag.go).

#include <QHash>
#include <QString>
#include <QStringList>

namespace gmd {

class BuildFlags
{
public:
    /// `args` are the flag words of a node (DockerNode::flags).
    explicit BuildFlags(const QStringList& args);

    /// Declares a boolean flag (`--name`, `--name=true|false`, B2.2).
    void addBool(const QString& name, bool defaultValue = false);
    /// Declares a string flag that needs `=value`.
    void addString(const QString& name, const QString& defaultValue = {});
    /// Declares a repeatable string flag.
    void addStrings(const QString& name);

    /// Checks the words against the declared flags; returns BuildKit's message on the first
    /// problem (`unknown flag: --x`, `duplicate flag specified: --x`, ...), empty when fine.
    QString parse();

    /// The value of a string or bool flag ("true"/"false"), its default when not given.
    QString value(const QString& name) const;
    /// All values of a repeatable flag, in order.
    QStringList values(const QString& name) const;
    /// Whether a bool flag ended up true.
    bool isTrue(const QString& name) const;
    /// Whether the flag was given.
    bool isUsed(const QString& name) const;
    /// Names of the flags given, sorted.
    QStringList used() const;

private:
    enum class Type { Bool, String, Strings };
    struct Flag
    {
        Type type = Type::String;
        QString value;
        QStringList values;
    };
    QStringList m_args;
    QHash<QString, Flag> m_flags;
    QStringList m_used;
};

} // namespace gmd
