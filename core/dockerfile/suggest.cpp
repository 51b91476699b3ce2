// SPDX-License-Identifier: MIT
#include "suggest.h"

#include "common/go/strings.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

int editDistance(const QString& a, const QString& b)
{
    const QList<uint> s = a.toUcs4();
    const QList<uint> t = b.toUcs4();
    QList<int> prev(t.size() + 1), cur(t.size() + 1);
    for (qsizetype j = 0; j <= t.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= s.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= t.size(); ++j) {
            const int cost = s.at(i - 1) == t.at(j - 1) ? 0 : 1;
            cur[j] = qMin(qMin(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        }
        std::swap(prev, cur);
    }
    return prev[t.size()];
}

namespace {

QString matchCase(const QString& value, const QString& original)
{
    if (original == go::toLower(original))
        return go::toLower(value);
    if (original == go::toUpper(original))
        return go::toUpper(value);
    return value;
}

} // namespace

QString withSuggestion(const QString& message, const QString& value, const QStringList& options, bool caseSensitive)
{
    const QString val = caseSensitive ? value : go::toLower(value);
    QString match;
    int minDistance = 3;
    for (const QString& option : options) {
        const QString opt = caseSensitive ? option : go::toLower(option);
        if (val == opt)
            return message; // an exact match means the error is about something else
        const int d = editDistance(val, opt);
        if (d < minDistance) {
            match = caseSensitive ? opt : matchCase(opt, value);
            minDistance = d;
        }
    }
    if (match.isEmpty())
        return message;
    return message + u" (did you mean "_s + match + u"?)"_s;
}

} // namespace gmd
