// SPDX-License-Identifier: MIT
#include "shellenv.h"

#include "common/go/strings.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

ShellEnv::ShellEnv(NameCase nameCase)
    : m_nameCase(nameCase)
{ }

ShellEnv::ShellEnv(const QStringList& entries, NameCase nameCase)
    : m_nameCase(nameCase)
{
    for (const QString& entry : entries)
        append(entry);
}

void ShellEnv::append(const QString& entry)
{
    const qsizetype eq = entry.indexOf(u'=');
    if (eq < 0)
        set(entry, QString());
    else
        set(entry.left(eq), entry.mid(eq + 1));
}

void ShellEnv::set(const QString& name, const QString& value)
{
    m_entries.append({ name, value });
    m_values.insert(lookupKey(name, m_nameCase), value);
}

std::optional<QString> ShellEnv::value(const QString& name) const
{
    const auto it = m_values.constFind(lookupKey(name, m_nameCase));
    if (it == m_values.cend())
        return std::nullopt;
    return it.value();
}

bool ShellEnv::contains(const QString& name) const
{
    return m_values.contains(lookupKey(name, m_nameCase));
}

QStringList ShellEnv::names() const
{
    QStringList out;
    QSet<QString> seen;
    for (const auto& entry : m_entries) {
        const QString key = lookupKey(entry.first, m_nameCase);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.append(entry.first);
    }
    return out;
}

QStringList ShellEnv::entries() const
{
    QStringList out;
    out.reserve(m_entries.size());
    for (const auto& entry : m_entries)
        out.append(entry.first + u'=' + entry.second);
    return out;
}

QString ShellEnv::lookupKey(const QString& name, NameCase nameCase)
{
    return nameCase == NameCase::Insensitive ? go::toUpper(name) : name;
}

} // namespace gmd
