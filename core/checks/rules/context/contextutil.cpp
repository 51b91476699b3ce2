// SPDX-License-Identifier: MIT
#include "contextutil.h"

#include "context/gopath.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {

QString contextRelative(const QString& source)
{
    QString s = gopath::clean(source);
    while (s.startsWith(u'/'))
        s.remove(0, 1);
    return s == u"."_s ? QString(u""_s) : s;
}

SourceLocation wholeContextSentAt(const DockerfileFacts& df)
{
    SourceLocation first;
    auto consider = [&first](const SourceLocation& at) {
        if (!first.isValid() || at.line < first.line)
            first = at;
    };
    for (const StageInfo& stage : df.analysis.stages) {
        if (!stage.reachable)
            continue;
        for (const CopiedPath& f : stage.final.files) {
            if (f.wholeContext && f.from.isEmpty() && !f.remote)
                consider(f.location);
        }
    }
    for (const RunInfo& run : df.analysis.runs) {
        if (run.stage < 0 || !df.analysis.stages.at(run.stage).reachable)
            continue;
        for (const RunMount& m : run.mounts) {
            if (m.type == u"bind"_s && m.from.isEmpty() && contextRelative(m.source).isEmpty())
                consider(run.location);
        }
    }
    return first;
}

bool contextPathSent(const DockerfileFacts& df, const QString& path)
{
    if (wholeContextSentAt(df).isValid())
        return true;
    auto covers = [&path](const QString& source) {
        const QString s = contextRelative(source);
        return s.isEmpty() || path == s || path.startsWith(s + u'/');
    };
    for (const CopySourceFact& c : df.copySources) {
        if (c.stage >= 0 && df.analysis.stages.at(c.stage).reachable && covers(c.source))
            return true;
    }
    for (const RunInfo& run : df.analysis.runs) {
        if (run.stage < 0 || !df.analysis.stages.at(run.stage).reachable)
            continue;
        for (const RunMount& m : run.mounts) {
            if (m.type == u"bind"_s && m.from.isEmpty() && covers(m.source))
                return true;
        }
    }
    return false;
}

QString filesAndBytes(qint64 files, qint64 bytes)
{
    return u"%1 file%2, %3"_s.arg(QString::number(files), files == 1 ? QString() : u"s"_s, formatBytes(bytes));
}

} // namespace gmd::rules
