// SPDX-License-Identifier: MIT
// The fix panel: plans of the selected finding, their diff (unified or side by side) and the git
// status of the files they edit, all computed on QtConcurrent workers. Apply, undo and the
// fix-only commit are in fixpreviewactions.cpp. Core does the work (fixgen, fix); the panel shows it.
#include "fixpreview.h"

#include "common/secrets.h"
#include "diagnosisrunner.h"
#include "fix/diffrender.h"
#include "fix/filediff.h"
#include "fix/gitintegration.h"
#include "fix/journal.h"
#include "fixgen/fixgenerators.h"
#include "icons.h"
#include "sidebysidediffview.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QSyntaxHighlighter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

#ifdef GMD_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/// Without KSyntaxHighlighting: '+' green, '-' red, '@@' blue, file headers bold.
class PlainDiffHighlighter : public QSyntaxHighlighter
{
public:
    PlainDiffHighlighter(QTextDocument* document, bool dark)
        : QSyntaxHighlighter(document)
    {
        m_added.setForeground(dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37));
        m_deleted.setForeground(dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e));
        m_hunk.setForeground(dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x09, 0x69, 0xda));
        m_header.setFontWeight(QFont::Bold);
        m_marker.setForeground(dark ? QColor(0x9d, 0xa5, 0xb4) : QColor(0x65, 0x6d, 0x76));
    }

protected:
    void highlightBlock(const QString& text) override
    {
        const QTextCharFormat* format = nullptr;
        if (text.startsWith(u"+++ "_s) || text.startsWith(u"--- "_s) || text.startsWith(u"diff --git"_s))
            format = &m_header;
        else if (text.startsWith(u'+'))
            format = &m_added;
        else if (text.startsWith(u'-'))
            format = &m_deleted;
        else if (text.startsWith(u"@@"_s))
            format = &m_hunk;
        else if (text.startsWith(u'\\') || text.startsWith(u"index "_s) || text.startsWith(u"new file mode"_s))
            format = &m_marker;
        if (format)
            setFormat(0, int(text.size()), *format);
    }

private:
    QTextCharFormat m_added, m_deleted, m_hunk, m_header, m_marker;
};

QString safetyColour(FixSafety safety)
{
    switch (safety) {
    case FixSafety::Automatic:
        return u"#1a7f37"_s;
    case FixSafety::Confirm:
        return u"#bc4c00"_s;
    case FixSafety::Manual:
        return u"#656d76"_s;
    }
    return {};
}


QString shownPath(const QString& projectDir, const QString& path)
{
    if (projectDir.isEmpty())
        return {};
    const QString rel = QDir(projectDir).relativeFilePath(path);
    return rel.startsWith(u"../"_s) ? QString() : rel;
}



/// One of the words of issue 5 section 6 for a file's place in git.
QString gitStatusDescription(const GitFileStatus& s)
{
    if (!s.inRepository && !s.error.isEmpty())
        return FixPreview::tr("git status unknown: %1").arg(maskSecrets(s.error));
    if (!s.inRepository)
        return FixPreview::tr("not in a git repository");
    if (s.ignored)
        return FixPreview::tr("ignored by git");
    if (!s.tracked)
        return FixPreview::tr("untracked");
    return s.hasUncommittedChanges() ? FixPreview::tr("tracked, has uncommitted changes")
                                     : FixPreview::tr("tracked, no uncommitted changes");
}

QString warningColour(const QPalette& palette)
{
    return isDark(palette) ? u"#d29922"_s : u"#9a6700"_s;
}

} // namespace

QString FixPreview::safetyExplanation(FixSafety safety)
{
    switch (safety) {
    case FixSafety::Automatic:
        return tr("provably safe: applied without asking");
    case FixSafety::Confirm:
        return tr("changes behaviour: you are asked before it is applied");
    case FixSafety::Manual:
        return tr("copy-only: run the commands yourself, the doctor never does");
    }
    return {};
}

QStringList FixPreview::editPaths(const FixPlan& plan)
{
    QStringList paths;
    for (const FileEdit& e : plan.edits)
        paths << e.path;
    return paths;
}

QList<GitFileStatus> FixPreview::gitStatuses(const QStringList& paths)
{
    QList<GitFileStatus> out;
    for (const QString& p : paths)
        out << gitStatusFor(p);
    return out;
}

QSyntaxHighlighter* attachDiffHighlighter(QPlainTextEdit* edit)
{
#ifdef GMD_HAVE_KSYNTAXHIGHLIGHTING
    // One repository for the process: definitions refer to it, so it must outlive every
    // highlighter; parented to the application so it goes away with it.
    static KSyntaxHighlighting::Repository* repository = [] {
        auto* r = new KSyntaxHighlighting::Repository;
        QObject::connect(qApp, &QObject::destroyed, [r] { delete r; });
        return r;
    }();
    const KSyntaxHighlighting::Definition definition = repository->definitionForName(u"Diff"_s);
    if (definition.isValid()) {
        auto* h = new KSyntaxHighlighting::SyntaxHighlighter(edit->document());
        h->setDefinition(definition);
        h->setTheme(repository->themeForPalette(edit->palette()));
        return h;
    }
#endif
    return new PlainDiffHighlighter(edit->document(), isDark(edit->palette()));
}

FixPreview::FixPreview(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"fixPreview"_s);
    m_header = new QLabel(this);
    m_header->setObjectName(u"fixPreviewHeader"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"fixPlanList"_s);
    m_list->setUniformItemSizes(true);
    connect(m_list, &QListWidget::currentRowChanged, this, &FixPreview::showPlan);

    m_safety = new QLabel(this);
    m_safety->setObjectName(u"fixSafety"_s);
    m_safety->setTextFormat(Qt::RichText);
    m_description = new QLabel(this);
    m_description->setObjectName(u"fixDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_goEnv = new QLabel(this);
    m_goEnv->setObjectName(u"fixGoEnv"_s);
    m_goEnv->setTextFormat(Qt::RichText);
    m_goEnv->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_manual = new QPlainTextEdit(this);
    m_manual->setObjectName(u"fixManualSteps"_s);
    m_manual->setReadOnly(true);
    m_manual->setFont(fixed);
    m_manual->setMaximumHeight(80);
    m_copy = new QPushButton(icons::themed(u"action-copy"_s), tr("Copy"), this);
    m_copy->setObjectName(u"fixCopy"_s);
    m_copy->setToolTip(tr("Copy the commands to run yourself"));
    connect(m_copy, &QPushButton::clicked, this, &FixPreview::copyManual);
    auto* manualRow = new QHBoxLayout;
    manualRow->addWidget(m_manual, 1);
    manualRow->addWidget(m_copy, 0, Qt::AlignTop);

    m_diff = new QPlainTextEdit(this);
    m_diff->setObjectName(u"fixDiff"_s);
    m_diff->setReadOnly(true);
    m_diff->setFont(fixed);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setPlaceholderText(tr("This fix edits no files."));
    attachDiffHighlighter(m_diff);
    m_sideBySide = new SideBySideDiffView(this);
    m_sideBySide->setObjectName(u"fixSideBySide"_s);
    m_diffStack = new QStackedWidget(this);
    m_diffStack->setObjectName(u"fixDiffStack"_s);
    m_diffStack->addWidget(m_diff);
    m_diffStack->addWidget(m_sideBySide);

    // Git status of the edited files (issue 5 section 6) beside the diff mode toggle.
    m_git = new QLabel(this);
    m_git->setObjectName(u"fixGitStatus"_s);
    m_git->setTextFormat(Qt::RichText);
    m_git->setWordWrap(true);
    m_git->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diffModes = new QWidget(this);
    m_unifiedButton = new QToolButton(m_diffModes);
    m_unifiedButton->setObjectName(u"fixDiffUnified"_s);
    m_unifiedButton->setText(tr("Unified"));
    m_unifiedButton->setToolTip(tr("The diff as git diff prints it"));
    m_sideBySideButton = new QToolButton(m_diffModes);
    m_sideBySideButton->setObjectName(u"fixDiffSideBySide"_s);
    m_sideBySideButton->setText(tr("Side by side"));
    m_sideBySideButton->setToolTip(tr("The old and the new lines next to each other"));
    auto* modes = new QButtonGroup(m_diffModes);
    for (QToolButton* b : { m_unifiedButton, m_sideBySideButton }) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        modes->addButton(b);
    }
    m_unifiedButton->setChecked(true);
    connect(m_sideBySideButton, &QToolButton::toggled, this, &FixPreview::setSideBySide);
    auto* modesLayout = new QHBoxLayout(m_diffModes);
    modesLayout->setContentsMargins(0, 0, 0, 0);
    modesLayout->setSpacing(0);
    modesLayout->addWidget(m_unifiedButton);
    modesLayout->addWidget(m_sideBySideButton);
    auto* diffHeader = new QHBoxLayout;
    diffHeader->addWidget(m_git, 1);
    diffHeader->addWidget(m_diffModes, 0, Qt::AlignBottom);

    m_apply = new QPushButton(icons::themed(u"action-apply"_s), tr("Apply"), this);
    m_apply->setObjectName(u"fixApply"_s);
    m_apply->setToolTip(tr("Write the changes shown (atomically, journaled: Undo Last Fix restores them)"));
    connect(m_apply, &QPushButton::clicked, this, &FixPreview::applySelected);
    m_status = new QLabel(this);
    m_status->setObjectName(u"fixStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* applyRow = new QHBoxLayout;
    applyRow->addWidget(m_status, 1);
    applyRow->addStretch(0); // keeps Apply at its size when there is no status text
    applyRow->addWidget(m_apply, 0, Qt::AlignTop);

    // The fix-only commit offer (issue 5 section 6): stays while other findings are shown,
    // since the main window diagnoses again (and selects another finding) after every apply.
    m_commitRow = new QWidget(this);
    m_commitInfo = new QLabel(m_commitRow);
    m_commitInfo->setObjectName(u"fixCommitInfo"_s);
    m_commitInfo->setWordWrap(true);
    m_commitInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commit = new QPushButton(tr("Commit this fix"), m_commitRow);
    m_commit->setObjectName(u"fixCommit"_s);
    m_commit->setToolTip(tr("Commit only the files this fix changed; other changes stay uncommitted"));
    connect(m_commit, &QPushButton::clicked, this, &FixPreview::commitLastFix);
    auto* commitLayout = new QHBoxLayout(m_commitRow);
    commitLayout->setContentsMargins(0, 0, 0, 0);
    commitLayout->addWidget(m_commitInfo, 1);
    commitLayout->addWidget(m_commit, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_list);
    layout->addWidget(m_safety);
    layout->addWidget(m_description);
    layout->addWidget(m_goEnv);
    layout->addLayout(manualRow);
    layout->addLayout(diffHeader);
    layout->addWidget(m_diffStack, 1);
    layout->addLayout(applyRow);
    layout->addWidget(m_commitRow);

    m_applyWatcher = new QFutureWatcher<FixOutcome>(this);
    connect(m_applyWatcher, &QFutureWatcherBase::finished, this, &FixPreview::onApplyDone);
    m_undoWatcher = new QFutureWatcher<FixOutcome>(this);
    connect(m_undoWatcher, &QFutureWatcherBase::finished, this, &FixPreview::onUndoDone);
    m_commitWatcher = new QFutureWatcher<GitCommitResult>(this);
    connect(m_commitWatcher, &QFutureWatcherBase::finished, this, &FixPreview::onCommitDone);
    updateCommitRow();
    clear();
}

FixPreview::~FixPreview()
{
    // Writes in progress finish (they are atomic and journaled); plan computations are dropped.
    m_applyWatcher->waitForFinished();
    m_undoWatcher->waitForFinished();
    m_commitWatcher->waitForFinished();
}

void FixPreview::setRun(std::shared_ptr<const DiagnosisRun> run)
{
    // Another project: its commit offer is no longer what the user looks at.
    if (m_lastFix && (!run || !m_run || run->request.projectDir != m_run->request.projectDir)) {
        m_lastFix.reset();
        updateCommitRow();
    }
    m_run = std::move(run);
}

QString FixPreview::journalDirectory() const
{
    return Journal::defaultDirectory(m_run ? m_run->request.environment : QProcessEnvironment::systemEnvironment());
}

void FixPreview::showFinding(const Finding& finding)
{
    show();
    if (!m_run) {
        setPlans({});
        m_finding = finding;
        return;
    }
    m_finding = finding;
    // fixPlansFor reads the files it edits and diffPlan runs libgit2: off the GUI thread.
    startPreviews([run = m_run, finding] { return previewsOf(fixPlansFor(run->facts, finding)); });
    m_header->setText(tr("<b>Fixes</b>: looking for fixes…"));
}

void FixPreview::setPlans(const QList<FixPlan>& plans)
{
    m_finding.reset();
    if (plans.isEmpty()) {
        if (m_plansWatcher) {
            m_plansWatcher->deleteLater();
            m_plansWatcher = nullptr;
        }
        showPreviews({});
        return;
    }
    startPreviews([plans] { return previewsOf(plans); });
}

QList<FixPreview::PlanPreview> FixPreview::previewsOf(const QList<FixPlan>& plans)
{
    QList<PlanPreview> previews;
    for (const FixPlan& p : plans)
        previews.append(PlanPreview { p, diffPlan(p) });
    return previews;
}

void FixPreview::startPreviews(std::function<QList<PlanPreview>()> work)
{
    // A new watcher per request: the finished() of a superseded computation is never seen.
    if (m_plansWatcher)
        m_plansWatcher->deleteLater();
    m_plansWatcher = new QFutureWatcher<QList<PlanPreview>>(this);
    auto* watcher = m_plansWatcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_plansWatcher)
            return;
        showPreviews(watcher->result());
        Q_EMIT plansReady();
    });
    showPreviews({});
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void FixPreview::showPreviews(const QList<PlanPreview>& previews)
{
    m_plans.clear();
    m_diffs.clear();
    for (const PlanPreview& p : previews) {
        m_plans << p.plan;
        m_diffs << p.diffs;
    }
    const QList<FixPlan>& plans = m_plans;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const FixPlan& p : plans) {
        auto* item =
            new QListWidgetItem(u"[%1]  %2 — %3"_s.arg(fixSafetyKey(p.safety), p.id, maskSecrets(p.title)), m_list);
        item->setForeground(QColor(safetyColour(p.safety)));
        item->setToolTip(safetyExplanation(p.safety));
    }
    m_header->setText(plans.isEmpty() ? tr("<b>Fixes</b>: none that can be proved correct; see the advice above.")
                                      : tr("<b>Fixes</b> (%n):", nullptr, int(plans.size())));
    setStatus({}, false);
    // As high as its rows (up to four): the diff below needs the room.
    const int rows = qBound(1, int(plans.size()), 4);
    const int rowHeight = qMax(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 4);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
    if (!plans.isEmpty())
        m_list->setCurrentRow(0);
    showPlan(plans.isEmpty() ? -1 : 0);
    m_list->setVisible(!plans.isEmpty());
    updateHeightLimit();
}

void FixPreview::updateHeightLimit()
{
    // Without plans only a line or two show: keep the panel that small in the splitter, so the
    // finding's detail above gets the room instead of an empty area.
    if (layout())
        layout()->activate();
    setMaximumHeight(m_plans.isEmpty() ? sizeHint().height() : QWIDGETSIZE_MAX);
}

void FixPreview::clear()
{
    setPlans({});
    if (m_lastFix) {
        m_header->setText(tr("<b>Fixes</b>: no finding selected."));
        return; // the commit offer stays in sight
    }
    hide(); // nothing to fix: the detail above gets the room
}

int FixPreview::currentPlan() const
{
    return m_list->currentRow();
}

void FixPreview::setCurrentPlan(int row)
{
    m_list->setCurrentRow(row);
}

QString FixPreview::diffText() const
{
    return m_diff->property("gmdDiffText").toString();
}

QString FixPreview::statusText() const
{
    return m_status->text();
}

QString FixPreview::gitStatusText() const
{
    return m_gitText;
}

void FixPreview::setSideBySide(bool sideBySide)
{
    const QSignalBlocker blocker(m_sideBySideButton);
    m_sideBySideButton->setChecked(sideBySide);
    m_unifiedButton->setChecked(!sideBySide);
    m_diffStack->setCurrentWidget(sideBySide ? static_cast<QWidget*>(m_sideBySide) : m_diff);
}

bool FixPreview::isSideBySide() const
{
    return m_diffStack->currentWidget() == m_sideBySide;
}

QString FixPreview::displayPath(const QString& path) const
{
    const QString shown = shownPath(m_run ? m_run->request.projectDir : QString(), path);
    return QDir::toNativeSeparators(shown.isEmpty() ? path : shown);
}

void FixPreview::showPlan(int row)
{
    const bool valid = row >= 0 && row < m_plans.size();
    m_safety->setVisible(valid);
    m_description->setVisible(valid);
    m_diffStack->setVisible(valid);
    m_apply->setVisible(valid);
    if (!valid) {
        m_goEnv->hide();
        m_manual->hide();
        m_copy->hide();
        m_diff->clear();
        m_diff->setProperty("gmdDiffText", QString());
        m_sideBySide->setDiffs({}, {});
        m_diffModes->hide();
        ++m_generation; // drops a git status still being read
        m_gitText.clear();
        m_git->hide();
        return;
    }
    const FixPlan& plan = m_plans[row];
    m_safety->setText(u"<span style='color:%1'><b>%2</b></span> — %3"_s.arg(safetyColour(plan.safety),
        fixSafetyKey(plan.safety).toUpper(), safetyExplanation(plan.safety).toHtmlEscaped()));
    m_description->setText(maskSecrets(plan.description));

    QString env;
    for (const GoEnvChange& c : plan.goEnv) {
        const EnvValue before = m_run ? m_run->facts.host().env.get(c.key) : EnvValue {};
        const QString was = before.value.isEmpty() ? tr("(unset)") : maskValue(c.key, before.value);
        const QString source = before.origin.isEmpty() ? envSourceName(before.source) : before.origin;
        const QString now = c.value ? maskValue(c.key, *c.value) : tr("(unset: go env -u)");
        env += u"<tr><td><code>%1</code></td><td>%2 <i>(%3)</i></td><td>→</td><td><b>%4</b></td></tr>"_s.arg(
            c.key.toHtmlEscaped(), was.toHtmlEscaped(), source.toHtmlEscaped(), now.toHtmlEscaped());
    }
    m_goEnv->setText(
        env.isEmpty() ? QString() : QString(tr("<b>go env changes</b>") + u"<table>"_s + env + u"</table>"_s));
    m_goEnv->setVisible(!env.isEmpty());

    QStringList manual;
    for (const ManualStep& m : plan.manual) {
        manual << QString(u"# "_s + maskSecrets(m.description));
        for (const QString& c : m.commands)
            manual << maskSecrets(c);
    }
    m_manual->setPlainText(manual.join(u'\n'));
    m_manual->setVisible(!manual.isEmpty());
    m_copy->setVisible(!manual.isEmpty());

    // One diff per file for both views: the side-by-side rows come from the same FileDiff.
    QString diff;
    QStringList shown;
    const QString projectDir = m_run ? m_run->request.projectDir : QString();
    const QList<FileDiff>& diffs = m_diffs.at(row);
    for (const FileDiff& d : diffs) {
        shown << shownPath(projectDir, d.path);
        diff += maskSecrets(QString::fromUtf8(renderUnifiedDiff(d, shown.last())));
    }
    m_diff->setProperty("gmdDiffText", diff);
    m_diff->setPlainText(diff);
    m_sideBySide->setDiffs(diffs, shown);
    m_diffStack->setVisible(!plan.edits.isEmpty());
    m_diffModes->setVisible(!plan.edits.isEmpty());
    startGitStatus(plan);

    m_apply->setEnabled(plan.isApplicable() && !m_busy);
    m_apply->setToolTip(plan.isApplicable() ? tr("Write the changes shown (journaled: Undo Last Fix restores them)")
                                            : tr("A manual fix: copy its commands and run them yourself"));
}

void FixPreview::setBusy(bool busy)
{
    m_busy = busy;
    const int row = m_list->currentRow();
    m_apply->setEnabled(!busy && row >= 0 && row < m_plans.size() && m_plans[row].isApplicable());
    m_list->setEnabled(!busy);
    m_commit->setEnabled(!busy);
}

void FixPreview::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color:#cf222e"_s : QString());
    m_status->setVisible(!text.isEmpty());
    updateHeightLimit();
}

void FixPreview::copyManual()
{
    QApplication::clipboard()->setText(m_manual->toPlainText());
}

void FixPreview::startGitStatus(const FixPlan& plan)
{
    const quint64 generation = ++m_generation;
    m_gitText.clear();
    const QStringList paths = editPaths(plan);
    if (paths.isEmpty()) {
        m_git->hide();
        return;
    }
    m_git->setText(tr("<b>Git</b>: reading the status…"));
    m_git->show();
    auto* watcher = new QFutureWatcher<QList<GitFileStatus>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, paths] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another plan is shown by now
        const QList<GitFileStatus> statuses = watcher->result();
        QStringList plain;
        QString html;
        for (qsizetype i = 0; i < statuses.size() && i < paths.size(); ++i) {
            const QString path = maskSecrets(displayPath(paths[i]));
            const QString what = gitStatusDescription(statuses[i]);
            plain << tr("%1: %2").arg(path, what);
            const bool dirty = statuses[i].hasUncommittedChanges();
            const QString cell = dirty
                ? u"<span style='color:%1'>⚠ %2</span>"_s.arg(warningColour(palette()), what.toHtmlEscaped())
                : what.toHtmlEscaped();
            html += u"<tr><td style='padding-right:8px'>%1</td><td style='padding-right:8px'><code>%2</code></td>"
                    "<td>%3</td></tr>"_s.arg(i == 0 ? tr("<b>Git</b>") : QString(), path.toHtmlEscaped(), cell);
        }
        m_gitText = plain.join(u'\n');
        m_git->setText(u"<table cellspacing='0'>"_s + html + u"</table>"_s);
        Q_EMIT gitStatusReady();
    });
    watcher->setFuture(QtConcurrent::run([paths] { return gitStatuses(paths); }));
}

} // namespace gmd
