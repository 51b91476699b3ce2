// SPDX-License-Identifier: MIT
#include "checkstate.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

CheckState checkStateFor(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return CheckState::Pass;
    case CheckStatus::Warn:
        return CheckState::Warn;
    case CheckStatus::Fail:
        return CheckState::Fail;
    case CheckStatus::Skip:
        return CheckState::Skip;
    case CheckStatus::Error:
        return CheckState::Error;
    }
    return CheckState::Error;
}

QString checkStateKey(CheckState state)
{
    switch (state) {
    case CheckState::Pending:
        return u"pending"_s;
    case CheckState::Running:
        return u"running"_s;
    case CheckState::Pass:
        return u"pass"_s;
    case CheckState::Warn:
        return u"warn"_s;
    case CheckState::Fail:
        return u"fail"_s;
    case CheckState::Skip:
        return u"skip"_s;
    case CheckState::Error:
        return u"error"_s;
    }
    return u"error"_s;
}

QString checkStateText(CheckState state)
{
    switch (state) {
    case CheckState::Pending:
        return QCoreApplication::translate("gmd::CheckState", "Not run yet");
    case CheckState::Running:
        return QCoreApplication::translate("gmd::CheckState", "Running");
    case CheckState::Pass:
        return QCoreApplication::translate("gmd::CheckState", "Passed");
    case CheckState::Warn:
        return QCoreApplication::translate("gmd::CheckState", "Warning");
    case CheckState::Fail:
        return QCoreApplication::translate("gmd::CheckState", "Failed");
    case CheckState::Skip:
        return QCoreApplication::translate("gmd::CheckState", "Skipped");
    case CheckState::Error:
        return QCoreApplication::translate("gmd::CheckState", "Could not run");
    }
    return {};
}

CheckState aggregateState(const QList<CheckState>& states)
{
    // Progress first (the user watches it), then the worst result: a failure is what the
    // category row must draw the eye to.
    static const CheckState order[] = { CheckState::Running, CheckState::Pending, CheckState::Fail, CheckState::Error,
        CheckState::Warn, CheckState::Pass };
    for (CheckState s : order) {
        if (states.contains(s))
            return s;
    }
    return CheckState::Skip;
}

} // namespace gmd
