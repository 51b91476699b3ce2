// SPDX-License-Identifier: MIT
#include "logpage.h"

#include "checks/facts.h"
#include "common/secrets.h"
#include "diagnosisrunner.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

LogPage::LogPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"logPage"_s);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"logText"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(5000);
    m_text->setPlaceholderText(tr("Nothing has run yet."));
    auto* clearButton = new QPushButton(tr("Clear log"), this);
    connect(clearButton, &QPushButton::clicked, this, &LogPage::clear);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(clearButton, 0, Qt::AlignRight);
}

LogPage::~LogPage() = default;

void LogPage::append(const QString& line)
{
    const QString stamp = QTime::currentTime().toString(u"HH:mm:ss.zzz"_s);
    m_text->appendPlainText(stamp + u"  "_s + maskSecrets(line));
}

void LogPage::appendFacts(const Facts& facts, qint64 elapsedMs)
{
    const GoToolInfo& go = facts.go;
    if (go.found) {
        QString where = go.path;
        if (!go.resolvedPath.isEmpty() && go.resolvedPath != go.path)
            where += u" → "_s + go.resolvedPath;
        append(tr("go command: %1 (asked for '%2')").arg(where, go.requested));
        append(tr("go version: %1").arg(go.versionOutput.isEmpty() ? tr("unknown") : go.versionOutput));
        append(go.envJsonOk ? tr("go env -json: %n variable(s)", nullptr, int(go.envJson.size()))
                            : tr("go env -json failed: %1").arg(go.envJsonError));
        if (go.gotoolchainOk)
            append(tr("go env GOTOOLCHAIN: %1").arg(go.gotoolchain));
    } else {
        append(tr("go command '%1' not usable: %2").arg(go.requested, go.problem));
    }
    if (go.hung)
        append(tr("the go command did not answer in time and was stopped"));
    else if (go.found && !go.problem.isEmpty())
        append(tr("go: %1").arg(go.problem));
    append(tr("go ran for %1 ms; facts collected in %2 ms").arg(go.elapsedMs).arg(elapsedMs));
    if (!facts.project.goModPath.isEmpty())
        append(tr("module file: %1").arg(facts.project.goModPath));
    if (!facts.project.goModProblem.isEmpty())
        append(tr("go.mod problem: %1").arg(facts.project.goModProblem));
    if (!facts.project.goWorkPath.isEmpty())
        append(tr("workspace file: %1").arg(facts.project.goWorkPath));
    if (!facts.hostInputs.userEnvFilePath.isEmpty())
        append(tr("go env file: %1%2")
                   .arg(facts.hostInputs.userEnvFilePath,
                       facts.hostInputs.userEnvFile ? QString() : tr(" (does not exist)")));
    else if (!facts.hostInputs.userEnvFileProblem.isEmpty())
        append(tr("go env file: %1").arg(facts.hostInputs.userEnvFileProblem));
    append(tr("%n environment(s), %1 module route(s)", nullptr, int(facts.environments.size()))
               .arg(facts.hostRoutes.size()));
    for (const QString& note : facts.notes)
        append(tr("note: %1").arg(note));
}

void LogPage::appendRun(const DiagnosisRun& run)
{
    int counts[5] = {};
    qint64 slowestUs = 0;
    QString slowest;
    for (const CheckOutcome& o : run.result.checks) {
        ++counts[int(o.status)];
        if (o.elapsedUs > slowestUs) {
            slowestUs = o.elapsedUs;
            slowest = o.info.id;
        }
    }
    append(tr("%n check(s) ran in %1 ms: %2 passed, %3 warned, %4 failed, %5 skipped, %6 could not run", nullptr,
        int(run.result.checks.size()))
               .arg(run.checksMs)
               .arg(counts[int(CheckStatus::Pass)])
               .arg(counts[int(CheckStatus::Warn)])
               .arg(counts[int(CheckStatus::Fail)])
               .arg(counts[int(CheckStatus::Skip)])
               .arg(counts[int(CheckStatus::Error)]));
    if (!slowest.isEmpty())
        append(tr("slowest check: %1 (%2 ms)").arg(slowest).arg(double(slowestUs) / 1000.0, 0, 'f', 1));
    append(tr("%n finding(s)", nullptr, int(run.result.findings.size())));
}

QString LogPage::text() const
{
    return m_text->toPlainText();
}

void LogPage::clear()
{
    m_text->clear();
}

} // namespace gmd
