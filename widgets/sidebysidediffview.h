// SPDX-License-Identifier: MIT
#pragma once

#include "fix/filediff.h"

#include <QTreeWidget>

namespace gmd {

/// The side-by-side diff of the fix panel (issue 5 section 3): per file a header row, then
/// sideBySideRows() as old line number | old text | new line number | new text, hunk headers as
/// separator rows, deleted/added cells tinted red/green from the palette (readable in dark
/// themes), whitespace- and line-ending-only changes shown with showInvisibles(). Every text is
/// masked (maskSecrets). Read-only.
class SideBySideDiffView : public QTreeWidget
{
    Q_OBJECT
public:
    /// The item data role (column 0) holding the SideBySideRow::Kind of a row; -1 for file headers.
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit SideBySideDiffView(QWidget* parent = nullptr);

    /// Shows `diffs`; `displayPaths[i]` names diffs[i] (its path when empty or missing).
    void setDiffs(const QList<FileDiff>& diffs, const QStringList& displayPaths);
    /// The number of Changed, Deleted and Added rows shown (all files).
    int changedRowCount() const;
    /// Every cell text shown, row by row, cells separated by '\t' (tests).
    QStringList rowTexts() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QList<FileDiff> m_diffs;
    QStringList m_paths;
};

} // namespace gmd
