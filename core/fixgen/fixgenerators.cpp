// SPDX-License-Identifier: MIT
#include "fixgen/fixgenerators.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QList<FixPlan> fixPlansFor(const Facts& facts, const Finding& finding)
{
    static const QStringList envIds = { u"GMD010"_s, u"GMD100"_s, u"GMD101"_s, u"GMD102"_s, u"GMD103"_s, u"GMD105"_s,
        u"GMD106"_s, u"GMD110"_s, u"GMD131"_s, u"GMD132"_s, u"GMD140"_s, u"GMD141"_s, u"GMD142"_s, u"GMD143"_s,
        u"GMD144"_s, u"GMD612"_s };
    if (envIds.contains(finding.id))
        return fixgen::envFixes(facts, finding);
    if (QStringList { u"GMD301"_s, u"GMD303"_s, u"GMD304"_s, u"GMD305"_s }.contains(finding.id))
        return fixgen::dockerfileFixes(facts, finding);
    if (finding.id == u"GMD307"_s)
        return fixgen::secretFixes(facts, finding);
    if (finding.id == u"GMD400"_s || finding.id == u"GMD401"_s)
        return fixgen::dockerignoreFixes(facts, finding);
    return {};
}

QList<FixPlan> fixPlansForAll(const Facts& facts, const QList<Finding>& findings, QList<int>* findingIndex)
{
    QList<FixPlan> all;
    QSet<QString> ids;
    if (findingIndex)
        findingIndex->clear();
    for (qsizetype i = 0; i < findings.size(); ++i) {
        for (FixPlan p : fixPlansFor(facts, findings.at(i))) {
            bool same = false; // one ENV line found by several RUN contexts: one plan
            for (const FixPlan& q : all)
                same = same || (!p.edits.isEmpty() && q.edits == p.edits && q.goEnv == p.goEnv && q.manual == p.manual);
            if (same)
                continue;
            const QString base = p.id;
            for (int k = 2; ids.contains(p.id); ++k)
                p.id = base + u':' + QString::number(k);
            ids.insert(p.id);
            all << p;
            if (findingIndex)
                findingIndex->append(int(i));
        }
    }
    return all;
}

namespace {

QString sameProblemKey(const Finding& f)
{
    if (f.location && f.location->isValid())
        return f.id + u'|' + f.location->file;
    return f.id + u'|' + f.environment + u'|' + f.subject;
}

qsizetype countSameProblem(const QList<Finding>& findings, const QString& key)
{
    return std::count_if(findings.cbegin(), findings.cend(), [&key](const Finding& f) { return sameProblemKey(f) == key; });
}

} // namespace

bool verifiedFixed(const Finding& finding, const QList<Finding>& before, const QList<Finding>& after)
{
    const QString key = sameProblemKey(finding);
    return countSameProblem(after, key) < countSameProblem(before, key);
}

} // namespace gmd
