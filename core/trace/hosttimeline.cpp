// SPDX-License-Identifier: MIT
#include "trace/hosttimeline.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

qint64 endOf(const TraceRequest& r, qint64 nowMs)
{
    return r.done() && r.endMs >= 0 ? r.endMs : nowMs;
}

bool failedOutcome(const TraceRequest& r)
{
    return r.done() && r.outcome != TraceRequest::Outcome::Ok;
}

/// Merged length of the intervals (start, end).
qint64 unionLength(QList<std::pair<qint64, qint64>> intervals)
{
    std::sort(intervals.begin(), intervals.end());
    qint64 total = 0;
    qint64 curStart = -1;
    qint64 curEnd = -1;
    for (const auto& [s, e] : intervals) {
        if (curEnd < 0 || s > curEnd) {
            if (curEnd >= 0)
                total += curEnd - curStart;
            curStart = s;
            curEnd = e;
        } else {
            curEnd = std::max(curEnd, e);
        }
    }
    if (curEnd >= 0)
        total += curEnd - curStart;
    return total;
}

} // namespace

QList<HostActivity> hostActivity(const QList<TraceRequest>& requests, qint64 nowMs)
{
    QList<HostActivity> out;
    QList<QList<std::pair<qint64, qint64>>> intervals;
    for (const TraceRequest& r : requests) {
        auto it = std::find_if(out.begin(), out.end(), [&r](const HostActivity& a) { return a.host == r.info.host; });
        if (it == out.end()) {
            HostActivity a;
            a.host = r.info.host;
            out.append(a);
            intervals.append(QList<std::pair<qint64, qint64>>());
            it = out.end() - 1;
        }
        HostActivity& a = *it;
        ++a.requests;
        if (r.done())
            ++a.done;
        else
            ++a.running;
        if (failedOutcome(r))
            ++a.failed;
        const qint64 start = std::max<qint64>(0, r.startMs);
        if (a.firstStartMs < 0 || start < a.firstStartMs)
            a.firstStartMs = start;
        intervals[it - out.begin()].append({ start, std::max(start, endOf(r, nowMs)) });
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        HostActivity& a = out[i];
        a.busyMs = unionLength(intervals.at(i));
        if (a.running == 0) {
            for (const auto& iv : intervals.at(i))
                a.lastEndMs = std::max(a.lastEndMs, iv.second);
        }
    }
    return out;
}

QString renderHostTimeline(const QList<TraceRequest>& requests, qint64 totalMs, int width)
{
    if (requests.isEmpty() || width < 4)
        return {};
    const QList<HostActivity> hosts = hostActivity(requests, totalMs);
    const qint64 span = std::max<qint64>(1, totalMs);
    auto column = [&](qint64 ms) { return int(std::clamp<qint64>(ms * width / span, 0, width - 1)); };
    qsizetype nameWidth = 4;
    for (const HostActivity& a : hosts)
        nameWidth = std::max(nameWidth, a.host.size());

    QString out;
    for (const HostActivity& a : hosts) {
        QString bar(width, u'.');
        for (const TraceRequest& r : requests) {
            if (r.info.host != a.host)
                continue;
            const int from = column(std::max<qint64>(0, r.startMs));
            const int to = column(endOf(r, totalMs));
            for (int c = from; c <= to; ++c) {
                if (!r.done())
                    bar[c] = u'>';
                else if (bar[c] != u'>')
                    bar[c] = u'=';
            }
        }
        QString counts = u"%1 request%2, %3 done"_s.arg(a.requests).arg(a.requests == 1 ? QString() : u"s"_s).arg(a.done);
        if (a.failed > 0)
            counts += u" (%1 not OK)"_s.arg(a.failed);
        if (a.running > 0)
            counts += u", %1 still open"_s.arg(a.running);
        counts += u", %1 s busy"_s.arg(double(a.busyMs) / 1000.0, 0, 'f', 2);
        out += (a.host.isEmpty() ? u"(no host)"_s : a.host).leftJustified(nameWidth) + u" |"_s + bar + u"| "_s + counts
            + u'\n';
    }
    return out;
}

qint64 directorySize(const QString& dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace gmd
