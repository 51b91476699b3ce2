// SPDX-License-Identifier: MIT
#include "findingdetailview.h"

#include "common/secrets.h"
#include "docpages.h"
#include "findingsmodel.h"
#include "icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QLabel* makeLabel(QWidget* parent, const QString& objectName)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return l;
}

QString metaRow(const QString& name, const QString& value)
{
    return u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(
        name.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

FindingDetailView::FindingDetailView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"findingDetail"_s);
    auto* facts = new QWidget;
    m_icon = new QLabel(facts);
    m_title = makeLabel(facts, u"detailTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    auto* header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);

    m_meta = makeLabel(facts, u"detailMeta"_s);
    m_message = makeLabel(facts, u"detailMessage"_s);
    // Always HTML (escaped text): AutoText would show "&gt;" literally in a message without tags.
    m_message->setTextFormat(Qt::RichText);

    m_evidenceLabel = new QLabel(tr("<b>Evidence</b>"), facts);
    m_evidence = new QTableWidget(0, 3, facts);
    m_evidence->setObjectName(u"evidenceTable"_s);
    m_evidence->setHorizontalHeaderLabels({ tr("What"), tr("Value"), tr("Source") });
    m_evidence->verticalHeader()->hide();
    m_evidence->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_evidence->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_evidence->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidence->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidence->setWordWrap(false);
    m_evidence->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_fixBox = new QGroupBox(tr("Fix"), facts);
    m_fixBox->setObjectName(u"fixBox"_s);
    m_fixText = makeLabel(m_fixBox, u"fixText"_s);
    m_fixText->setTextFormat(Qt::RichText);
    m_commands = new QPlainTextEdit(m_fixBox);
    m_commands->setObjectName(u"fixCommands"_s);
    m_commands->setReadOnly(true);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Wrapped, without a horizontal scroll bar: a scroll bar would cover a one-line command.
    m_commands->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_commands->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_copy = new QPushButton(icons::themed(u"action-copy"_s), tr("Copy"), m_fixBox);
    m_copy->setObjectName(u"copyCommands"_s);
    m_copy->setToolTip(tr("Copy the commands to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, &FindingDetailView::copyCommands);
    auto* commandsRow = new QHBoxLayout;
    commandsRow->addWidget(m_commands, 1);
    commandsRow->addWidget(m_copy, 0, Qt::AlignTop);
    auto* fixLayout = new QVBoxLayout(m_fixBox);
    fixLayout->addWidget(m_fixText);
    fixLayout->addLayout(commandsRow);

    auto* factsLayout = new QVBoxLayout(facts);
    factsLayout->addLayout(header);
    factsLayout->addWidget(m_meta);
    factsLayout->addWidget(m_message);
    factsLayout->addWidget(m_evidenceLabel);
    factsLayout->addWidget(m_evidence);
    factsLayout->addWidget(m_fixBox);
    factsLayout->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(facts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_doc = new QTextBrowser;
    m_doc->setObjectName(u"docBrowser"_s);
    m_doc->setOpenLinks(false);
    m_doc->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_doc->setPlaceholderText(tr("No documentation page for this check."));
    connect(m_doc, &QTextBrowser::anchorClicked, this, &FindingDetailView::openLink);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"detailSplitter"_s);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_doc);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    showWelcome();
}

FindingDetailView::~FindingDetailView() = default;

void FindingDetailView::setHeader(const QIcon& icon, const QString& title)
{
    m_icon->setPixmap(icon.pixmap(24, 24));
    m_title->setText(title);
}

void FindingDetailView::showFacts(bool visible)
{
    m_evidenceLabel->setVisible(visible && m_evidence->rowCount() > 0);
    m_evidence->setVisible(visible && m_evidence->rowCount() > 0);
    m_fixBox->setVisible(visible && !m_fixText->text().isEmpty());
}

void FindingDetailView::showFinding(const Finding& f)
{
    setHeader(icons::forSeverity(f.severity), u"%1 · %2"_s.arg(f.id, f.title));
    QString meta = u"<table>"_s;
    meta += metaRow(tr("Severity"), severityText(f.severity));
    if (!f.subject.isEmpty())
        meta += metaRow(tr("Subject"), maskSecrets(f.subject));
    if (f.location && (f.location->isValid() || !f.location->file.isEmpty()))
        meta += metaRow(tr("Location"), maskSecrets(f.location->toString()));
    const QString env = f.environmentLabel.isEmpty() ? f.environment : f.environmentLabel;
    if (!env.isEmpty())
        meta += metaRow(tr("Found in"), env);
    meta += metaRow(tr("Category"), f.category);
    m_meta->setText(meta + u"</table>"_s);
    m_meta->show();
    m_message->setText(maskSecrets(f.message).toHtmlEscaped().replace(u'\n', u"<br>"_s));

    m_evidence->setRowCount(int(f.evidence.size()));
    for (int i = 0; i < f.evidence.size(); ++i) {
        const Evidence& e = f.evidence[i];
        const QStringList cells { maskSecrets(e.label), maskSecrets(e.value), maskSecrets(e.source) };
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_evidence->setItem(i, c, item);
        }
    }
    // What and Value fit their texts (within limits); Source takes the rest of the width.
    const QAbstractItemView* view = m_evidence; // sizeHintForColumn is public there
    m_evidence->setColumnWidth(0, qBound(60, view->sizeHintForColumn(0) + 8, 260));
    m_evidence->setColumnWidth(1, qBound(80, view->sizeHintForColumn(1) + 8, 360));
    const int rowsHeight = m_evidence->verticalHeader()->length() + m_evidence->horizontalHeader()->height();
    m_evidence->setFixedHeight(rowsHeight + 2 * m_evidence->frameWidth() + 2);

    QStringList commands;
    if (f.fix) {
        m_fixText->setText(maskSecrets(f.fix->description).toHtmlEscaped().replace(u'\n', u"<br>"_s));
        for (const QString& c : f.fix->commands)
            commands << maskSecrets(c);
    } else {
        m_fixText->clear();
    }
    m_commands->setPlainText(commands.join(u'\n'));
    m_commands->setVisible(!commands.isEmpty());
    m_copy->setVisible(!commands.isEmpty());
    int lines = 0;
    const QFontMetrics metrics(m_commands->font());
    const int width = qMax(200, m_commands->viewport()->width());
    for (const QString& c : std::as_const(commands))
        lines += 1 + metrics.horizontalAdvance(c) / width;
    lines = qBound(1, lines, 8);
    m_commands->setFixedHeight(metrics.lineSpacing() * lines + 2 * m_commands->frameWidth()
        + 2 * int(m_commands->document()->documentMargin()) + 4);
    showFacts(true);
    showDoc(f.docPath);
}

void FindingDetailView::showCheck(const CheckInfo& info, CheckState state, const QString& reason, int findingCount)
{
    setHeader(icons::forState(state), info.id.isEmpty() ? info.category : u"%1 · %2"_s.arg(info.id, info.title));
    QString text = checkStateText(state);
    if (!reason.isEmpty())
        text += u": "_s + maskSecrets(reason);
    if (findingCount > 0)
        text += u" — "_s + tr("%n finding(s); select one above.", nullptr, findingCount);
    else if (state == CheckState::Pass)
        text += u" — "_s + tr("nothing to report.");
    m_meta->setText(
        info.id.isEmpty() ? QString() : QString(u"<table>"_s + metaRow(tr("Category"), info.category) + u"</table>"_s));
    m_meta->setVisible(!info.id.isEmpty());
    m_message->setText(text.toHtmlEscaped());
    m_evidence->setRowCount(0);
    m_fixText->clear();
    m_commands->clear();
    showFacts(false);
    if (info.id.isEmpty())
        showDoc({});
    else
        showDoc(info.docPath());
}

void FindingDetailView::showWelcome()
{
    setHeader(icons::application(), tr("Go Module Doctor"));
    m_meta->hide();
    m_message->setText(tr("<p>Finds out why <code>go mod download</code> hangs or fails on this machine.</p>"
                          "<p>Open a Go project folder (<b>Ctrl+O</b>) to diagnose it, or press <b>F5</b> to "
                          "diagnose the current one again. Every check of the list on the left runs against the "
                          "effective Go environment; select one to read what it looks for.</p>"));
    m_evidence->setRowCount(0);
    m_fixText->clear();
    m_commands->clear();
    showFacts(false);
    showDoc({});
}

void FindingDetailView::showDoc(const QString& docPath)
{
    const QString md = docPath.isEmpty() ? QString() : checkDocMarkdown(docPath);
    if (md == m_docMarkdown && !md.isEmpty())
        return;
    m_docMarkdown = md;
    m_doc->setMarkdown(md);
    // Markdown headings come out at up to twice the body size: too loud beside the details.
    // Code blocks wrap: the pane is narrow and a long error line would need a scroll bar.
    const qreal base = m_doc->font().pointSizeF();
    for (QTextBlock block = m_doc->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().nonBreakableLines()) {
            QTextBlockFormat wrapping = block.blockFormat();
            wrapping.setNonBreakableLines(false);
            QTextCursor(block).setBlockFormat(wrapping);
        }
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        QTextCursor cursor(block);
        cursor.select(QTextCursor::BlockUnderCursor);
        QTextCharFormat format;
        format.setFontPointSize(base * (level == 1 ? 1.35 : level == 2 ? 1.15 : 1.0));
        format.setFontWeight(QFont::Bold);
        format.setProperty(QTextFormat::FontSizeAdjustment, 0);
        cursor.mergeCharFormat(format);
    }
}

QString FindingDetailView::fixCommands() const
{
    return m_commands->toPlainText();
}

void FindingDetailView::copyCommands()
{
    QApplication::clipboard()->setText(m_commands->toPlainText());
}

void FindingDetailView::openLink(const QUrl& url)
{
    if (url.isRelative() && url.path().endsWith(u".md"_s)) {
        // Pages link to each other by file name ("GMD101.md").
        showDoc(u"docs/checks/"_s + url.fileName());
        return;
    }
    if (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
        QDesktopServices::openUrl(url);
}

} // namespace gmd
