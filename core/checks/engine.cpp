// SPDX-License-Identifier: MIT
#include "engine.h"

#include "checks/facts.h"

#include <QElapsedTimer>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace gmd {

CheckStatus statusFor(const QList<Finding>& findings)
{
    CheckStatus s = CheckStatus::Pass;
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error)
            return CheckStatus::Fail;
        if (f.severity == Severity::Warning)
            s = CheckStatus::Warn;
    }
    // Info findings alone leave the check passing: they explain, they do not accuse.
    return s;
}

QList<Finding> rankFindings(QList<Finding> findings, const QStringList& checkOrder)
{
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
        if (a.rootCauseScore != b.rootCauseScore)
            return a.rootCauseScore > b.rootCauseScore;
        if (a.severity != b.severity)
            return int(a.severity) > int(b.severity);
        const qsizetype ia = checkOrder.indexOf(a.id);
        const qsizetype ib = checkOrder.indexOf(b.id);
        if (ia != ib)
            return ia < ib;
        return a.subject < b.subject;
    });
    return findings;
}

bool isSuppressed(const Facts& facts, const Finding& finding)
{
    if (!finding.location || finding.location->line <= 0)
        return false;
    const SourceLocation& loc = *finding.location;
    for (const DockerfileFacts& df : facts.dockerfiles) {
        if (loc.file != df.displayPath && loc.file != df.path)
            continue;
        // The instruction that holds the finding's line.
        int start = 0;
        for (const DockerNode& n : df.ast.nodes) {
            if (n.startLine <= loc.line && loc.line <= qMax(n.startLine, n.endLine)) {
                start = n.startLine;
                break;
            }
        }
        if (start == 0)
            continue;
        for (const Suppression& s : df.analysis.suppressions) {
            if (s.instructionLine == start
                && (s.ids.contains(finding.id.toUpper()) || s.ids.contains(finding.id)))
                return true;
        }
    }
    return false;
}

DiagnosisResult runChecks(const Facts& facts, const QList<const Check*>& checks, const EngineOptions& options)
{
    DiagnosisResult result;
    QList<const Check*> selected;
    for (const Check* c : checks) {
        const QString id = c->info().id;
        if (!options.only.isEmpty() && !options.only.contains(id))
            continue;
        if (options.disabled.contains(id))
            continue;
        selected.append(c);
    }
    result.checks.resize(selected.size());

    QThreadPool pool;
    pool.setMaxThreadCount(options.threads > 0 ? options.threads : qMax(2, QThread::idealThreadCount()));
    for (qsizetype i = 0; i < selected.size(); ++i) {
        CheckOutcome* slot = &result.checks[i];
        const Check* check = selected.at(i);
        pool.start([slot, check, &facts, &options] {
            slot->info = check->info();
            if (options.cancel && options.cancel->load()) {
                slot->status = CheckStatus::Skip;
                slot->reason = QStringLiteral("cancelled");
                return;
            }
            if (options.onCheckStarted)
                options.onCheckStarted(slot->info);
            QElapsedTimer t;
            t.start();
            FindingSink sink(slot->info);
            check->run(facts, sink);
            slot->elapsedUs = t.nsecsElapsed() / 1000;
            slot->findings = sink.findings();
            if (!sink.errorReason().isEmpty()) {
                slot->status = CheckStatus::Error;
                slot->reason = sink.errorReason();
            } else if (slot->findings.isEmpty() && !sink.skipReason().isEmpty()) {
                slot->status = CheckStatus::Skip;
                slot->reason = sink.skipReason();
            } else {
                slot->status = statusFor(slot->findings);
            }
            if (options.onCheckDone)
                options.onCheckDone(*slot);
        });
    }
    pool.waitForDone();
    result.cancelled = options.cancel && options.cancel->load();

    QStringList order;
    QList<Finding> all;
    for (const CheckOutcome& o : result.checks) {
        order << o.info.id;
        all << o.findings;
    }
    // The same value reached from several environments (one ENV line seen by three RUNs)
    // is one finding: keep the first of identical (id, subject, location, message).
    QList<Finding> unique;
    QSet<QString> seen;
    for (const Finding& f : all) {
        const QString key = f.id + u'\x1f' + f.subject + u'\x1f' + (f.location ? f.location->toString() : QString())
            + u'\x1f' + f.message;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        unique.append(f);
    }
    QList<Finding> kept;
    for (const Finding& f : unique) {
        if (isSuppressed(facts, f))
            result.suppressed.append(f);
        else
            kept.append(f);
    }
    result.findings = rankFindings(kept, order);
    // A suppression silences the findings of its instruction; the checks' statuses follow.
    for (CheckOutcome& o : result.checks) {
        QList<Finding> visible;
        for (const Finding& f : o.findings) {
            if (!isSuppressed(facts, f))
                visible.append(f);
        }
        if (visible.size() != o.findings.size() && o.status != CheckStatus::Error) {
            o.findings = visible;
            o.status = statusFor(visible);
        }
    }
    return result;
}

} // namespace gmd
