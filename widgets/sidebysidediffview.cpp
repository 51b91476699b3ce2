// SPDX-License-Identifier: MIT
// The side-by-side diff (issue 5 section 3). Core aligns the rows (sideBySideRows) and marks
// whitespace- and line-ending-only changes; this file only paints them. Colours are mixed from
// the palette's Base so that the tints work in light and dark themes alike.
#include "sidebysidediffview.h"

#include "common/secrets.h"
#include "fix/diffrender.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QStyledItemDelegate>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

enum Column { OldLine, OldText, NewLine, NewText, ColumnCount };

/// `base` moved `amount` (0..1) towards `accent`.
QColor mix(const QColor& base, const QColor& accent, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() + (accent.redF() - base.redF()) * amount),
        float(base.greenF() + (accent.greenF() - base.greenF()) * amount),
        float(base.blueF() + (accent.blueF() - base.blueF()) * amount));
}

struct Tints
{
    QBrush deleted, added, empty, hunk, file;
    QColor hunkText, lineNumber;

    explicit Tints(const QPalette& p)
    {
        const QColor base = p.color(QPalette::Base);
        const bool dark = base.lightness() < 128;
        const qreal amount = dark ? 0.32 : 0.16;
        deleted = mix(base, QColor(0xf8, 0x51, 0x49), amount);
        added = mix(base, QColor(0x2e, 0xa0, 0x43), amount);
        empty = mix(base, p.color(QPalette::Text), 0.05);
        hunk = mix(base, QColor(0x38, 0x8b, 0xfd), dark ? 0.22 : 0.10);
        file = mix(base, p.color(QPalette::Text), dark ? 0.14 : 0.08);
        hunkText = mix(p.color(QPalette::Text), QColor(0x38, 0x8b, 0xfd), 0.5);
        lineNumber = mix(p.color(QPalette::Text), base, 0.45);
    }
};

/// The cell text of one side: invisibles shown when the change is whitespace or line endings
/// only (the issue requires such changes to stay visible), masked like every shown text.
QString cellText(const QByteArray& content, bool showInvisible, bool noNewline)
{
    QString text = showInvisible ? showInvisibles(content) : QString::fromUtf8(content);
    if (noNewline)
        text += SideBySideDiffView::tr("  [no newline at end of file]");
    return maskSecrets(text);
}

/// QTreeView asks for row heights with an unknown width (it never wraps by column width):
/// give the delegate the width of the cell's section so that long lines wrap.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QHeaderView* header)
        : QStyledItemDelegate(header)
        , m_header(header)
    { }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.column() != OldText && index.column() != NewText)
            return QStyledItemDelegate::sizeHint(option, index); // numbers and spanned header rows
        QStyleOptionViewItem o = option;
        // The style wraps only within a valid rectangle, so the height must be set too.
        o.rect = QRect(0, 0, m_header->sectionSize(index.column()), QWIDGETSIZE_MAX);
        return QStyledItemDelegate::sizeHint(o, index);
    }

private:
    QHeaderView* m_header;
};

} // namespace

SideBySideDiffView::SideBySideDiffView(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({ tr("Old"), tr("Before"), tr("New"), tr("After") });
    setRootIsDecorated(false);
    // Long lines wrap instead of being elided: a change at the end of a line must stay visible
    // without scrolling one side out of sight.
    setWordWrap(true);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone);
    setItemsExpandable(false);
    setSelectionMode(QAbstractItemView::NoSelection); // selection colours would hide the tints
    setFocusPolicy(Qt::NoFocus);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(OldLine, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(NewLine, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(OldText, QHeaderView::Stretch);
    header()->setSectionResizeMode(NewText, QHeaderView::Stretch);
    header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Row heights of wrapped text depend on the column widths; QTreeView only repaints when a
    // section is resized, so lay the rows out again.
    setItemDelegate(new WrappingDelegate(header()));
    connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
}

void SideBySideDiffView::setDiffs(const QList<FileDiff>& diffs, const QStringList& displayPaths)
{
    m_diffs = diffs;
    m_paths = displayPaths;
    rebuild();
}

void SideBySideDiffView::changeEvent(QEvent* event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // the tints are mixed from the palette
}

void SideBySideDiffView::rebuild()
{
    using Kind = SideBySideRow::Kind;
    clear();
    const Tints tints(palette());
    QFont bold = font();
    bold.setBold(true);
    QList<QTreeWidgetItem*> items;
    for (qsizetype i = 0; i < m_diffs.size(); ++i) {
        const FileDiff& d = m_diffs[i];
        const QString path = i < m_paths.size() && !m_paths[i].isEmpty() ? m_paths[i] : d.path;
        auto* file = new QTreeWidgetItem;
        QString title = maskSecrets(path);
        if (!d.ok())
            title += u"  — "_s + maskSecrets(d.error);
        else if (d.binary)
            title += u"  — "_s + tr("binary file differs");
        else
            title += u"  (+%1 −%2)"_s.arg(d.additions).arg(d.deletions);
        file->setText(0, title);
        file->setData(0, KindRole, -1);
        file->setFont(0, bold);
        file->setBackground(0, tints.file);
        items << file;
        if (!d.ok() || d.binary)
            continue;
        for (const SideBySideRow& r : sideBySideRows(d)) {
            auto* item = new QTreeWidgetItem;
            item->setData(0, KindRole, int(r.kind));
            items << item;
            if (r.kind == Kind::Hunk) {
                item->setText(0, maskSecrets(QString::fromUtf8(r.left)));
                item->setForeground(0, tints.hunkText);
                item->setBackground(0, tints.hunk);
                continue;
            }
            const bool invisible = r.kind == Kind::Changed && r.change != ChangeKind::Content;
            if (r.leftLine > 0)
                item->setText(OldLine, QString::number(r.leftLine));
            if (r.rightLine > 0)
                item->setText(NewLine, QString::number(r.rightLine));
            item->setText(OldText, r.leftLine > 0 ? cellText(r.left, invisible, r.leftNoNewline) : QString());
            item->setText(NewText, r.rightLine > 0 ? cellText(r.right, invisible, r.rightNoNewline) : QString());
            for (int c : { OldLine, NewLine }) {
                item->setForeground(c, tints.lineNumber);
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignTop);
            }
            for (int c : { OldText, NewText })
                item->setTextAlignment(c, Qt::AlignLeft | Qt::AlignTop); // wrapped lines start beside their number
            const bool oldChanged = r.kind == Kind::Changed || r.kind == Kind::Deleted;
            const bool newChanged = r.kind == Kind::Changed || r.kind == Kind::Added;
            if (oldChanged) {
                item->setBackground(OldLine, tints.deleted);
                item->setBackground(OldText, tints.deleted);
            }
            if (newChanged) {
                item->setBackground(NewLine, tints.added);
                item->setBackground(NewText, tints.added);
            }
            if (r.kind == Kind::Added) {
                item->setBackground(OldLine, tints.empty);
                item->setBackground(OldText, tints.empty);
            } else if (r.kind == Kind::Deleted) {
                item->setBackground(NewLine, tints.empty);
                item->setBackground(NewText, tints.empty);
            }
            if (invisible) {
                const QString why = r.change == ChangeKind::WhitespaceOnly ? tr("Whitespace-only change")
                                                                           : tr("Line-ending-only change");
                for (int c = 0; c < ColumnCount; ++c)
                    item->setToolTip(c, why);
            }
        }
    }
    addTopLevelItems(items);
    // Spanning is a property of the view's row, so it can only be set once the items are in.
    for (QTreeWidgetItem* item : std::as_const(items)) {
        const int kind = item->data(0, KindRole).toInt();
        if (kind == -1 || kind == int(Kind::Hunk))
            item->setFirstColumnSpanned(true);
    }
}

int SideBySideDiffView::changedRowCount() const
{
    int n = 0;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const int kind = topLevelItem(i)->data(0, KindRole).toInt();
        n += kind == int(SideBySideRow::Kind::Changed) || kind == int(SideBySideRow::Kind::Deleted)
            || kind == int(SideBySideRow::Kind::Added);
    }
    return n;
}

QStringList SideBySideDiffView::rowTexts() const
{
    QStringList rows;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << item->text(c);
        rows << cells.join(u'\t');
    }
    return rows;
}

} // namespace gmd
