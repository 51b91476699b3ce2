// SPDX-License-Identifier: MIT
// Model dumps for model tests (hotspot style): one line per row, children indented by two
// spaces, the display text of every column joined with " | ", plus optional extra text.
#pragma once

#include <QAbstractItemModel>
#include <QStringList>

#include <functional>

namespace gmdtest {

using ExtraText = std::function<QString(const QModelIndex&)>;

inline void dumpRows(
    const QAbstractItemModel* model, const QModelIndex& parent, int depth, const ExtraText& extra, QStringList* out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(parent); ++column)
            cells << model->index(row, column, parent).data().toString();
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        const QModelIndex first = model->index(row, 0, parent);
        QString line = QString(depth * 2, u' ') + cells.join(QStringLiteral(" | "));
        if (extra)
            line += extra(first);
        out->append(line);
        dumpRows(model, first, depth + 1, extra, out);
    }
}

/// The whole model as lines.
inline QStringList dumpModel(const QAbstractItemModel* model, const ExtraText& extra = {})
{
    QStringList out;
    dumpRows(model, {}, 0, extra, &out);
    return out;
}

/// " [role text]" for dumps: the value of `role` on the row's first column.
inline ExtraText roleText(int role)
{
    return [role](const QModelIndex& index) -> QString {
        return QStringLiteral(" [") + index.data(role).toString() + u']';
    };
}

} // namespace gmdtest
