// SPDX-License-Identifier: MIT
#include "contextscanresult.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

int ContextIndex::append(ContextEntry entry)
{
    const int i = int(m_entries.size());
    m_byPath.insert(entry.path, i);
    m_entries.append(std::move(entry));
    return i;
}

bool ContextScanResult::breaksBuild() const
{
    for (const ContextProblem& p : problems) {
        if (p.breaksBuild)
            return true;
    }
    return false;
}

QString formatBytes(qint64 bytes)
{
    static const char16_t* const units[] = { u"B", u"kB", u"MB", u"GB", u"TB" };
    double v = double(bytes);
    int u = 0;
    while (v >= 1000.0 && u < 4) {
        v /= 1000.0;
        ++u;
    }
    if (u == 0)
        return u"%1 B"_s.arg(bytes);
    return u"%1 %2"_s.arg(v, 0, 'f', v < 10 ? 2 : (v < 100 ? 1 : 0)).arg(QStringView(units[u]));
}

} // namespace gmd
