// SPDX-License-Identifier: MIT
#include "buildflags.h"

#include "common/go/strings.h"
#include "suggest.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

BuildFlags::BuildFlags(const QStringList& args)
    : m_args(args)
{ }

void BuildFlags::addBool(const QString& name, bool defaultValue)
{
    m_flags.insert(name, Flag { Type::Bool, defaultValue ? u"true"_s : u"false"_s, {} });
}

void BuildFlags::addString(const QString& name, const QString& defaultValue)
{
    m_flags.insert(name, Flag { Type::String, defaultValue, {} });
}

void BuildFlags::addStrings(const QString& name)
{
    m_flags.insert(name, Flag { Type::Strings, {}, {} });
}

QString BuildFlags::parse()
{
    for (const QString& a : std::as_const(m_args)) {
        if (a == "--"_L1)
            return {}; // end of flags
        if (!a.startsWith("--"_L1))
            return u"arg should start with -- : %1"_s.arg(a);
        const qsizetype eq = a.indexOf(u'=');
        const bool hasValue = eq >= 0;
        const QString flagName = hasValue ? a.left(eq) : a;
        const QString value = hasValue ? a.mid(eq + 1) : QString();
        const QString name = flagName.mid(2);
        auto it = m_flags.find(name);
        if (it == m_flags.end()) {
            QStringList names = m_flags.keys();
            std::sort(names.begin(), names.end());
            return withSuggestion(u"unknown flag: %1"_s.arg(flagName), name, names, true); // B2.1
        }
        if (m_used.contains(name) && it->type != Type::Strings)
            return u"duplicate flag specified: %1"_s.arg(flagName); // B2.1
        if (!m_used.contains(name))
            m_used.append(name);
        switch (it->type) {
        case Type::Bool: {
            // B2.2: `--link` alone is true; `--link=` is an error.
            if (hasValue && value.isEmpty())
                return u"missing a value on flag: %1"_s.arg(flagName);
            const QString lower = go::toLower(value);
            if (lower == "true"_L1 || lower.isEmpty())
                it->value = u"true"_s;
            else if (lower == "false"_L1)
                it->value = u"false"_s;
            else
                return u"expecting boolean value for flag %1, not: %2"_s.arg(flagName, value);
            break;
        }
        case Type::String:
            if (!hasValue)
                return u"missing a value on flag: %1"_s.arg(flagName);
            it->value = value;
            break;
        case Type::Strings:
            if (!hasValue)
                return u"missing a value on flag: %1"_s.arg(flagName);
            it->values.append(value);
            break;
        }
    }
    return {};
}

QString BuildFlags::value(const QString& name) const
{
    return m_flags.value(name).value;
}

QStringList BuildFlags::values(const QString& name) const
{
    return m_flags.value(name).values;
}

bool BuildFlags::isTrue(const QString& name) const
{
    return m_flags.value(name).value == "true"_L1;
}

bool BuildFlags::isUsed(const QString& name) const
{
    return m_used.contains(name);
}

QStringList BuildFlags::used() const
{
    QStringList out = m_used;
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace gmd
