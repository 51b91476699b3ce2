// SPDX-License-Identifier: MIT
#include "diffrender.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// git abbreviates blob ids to 7 hex digits outside a repository (core.abbrev default).
QByteArray abbrev(const QByteArray& id)
{
    return id.left(7);
}

char prefix(DiffLineKind kind)
{
    switch (kind) {
    case DiffLineKind::Added:
        return '+';
    case DiffLineKind::Deleted:
        return '-';
    default:
        return ' ';
    }
}

/// git's quote_c_style with core.quotePath=true (the default): a name with control characters,
/// '"', '\\', DEL or non-ASCII bytes is put in double quotes with C escapes and octal bytes.
QByteArray quoted(const QByteArray& name)
{
    static const char escapes[] = "abtnvfr";
    bool needs = false;
    for (char c : name) {
        const auto u = uchar(c);
        needs = needs || u < 0x20 || u == '"' || u == '\\' || u >= 0x7f;
    }
    if (!needs)
        return name;
    QByteArray out = "\"";
    for (char c : name) {
        const auto u = uchar(c);
        if (u == '"' || u == '\\') {
            out += '\\';
            out += c;
        } else if (u >= 7 && u <= 13) {
            out += '\\';
            out += escapes[u - 7];
        } else if (u < 0x20 || u >= 0x7f) {
            out += '\\';
            out += char('0' + (u >> 6));
            out += char('0' + ((u >> 3) & 7));
            out += char('0' + (u & 7));
        } else {
            out += c;
        }
    }
    return out + '"';
}

} // namespace

QByteArray renderUnifiedDiff(const FileDiff& diff, const QString& displayPath)
{
    if (diff.identical || (!diff.binary && diff.hunks.isEmpty() && !diff.oldMissing))
        return {};
    QString shown = displayPath.isEmpty() ? diff.path : displayPath;
    while (shown.startsWith(u'/'))
        shown.remove(0, 1);
    const QByteArray p = shown.toUtf8();
    const QByteArray a = quoted("a/" + p);
    const QByteArray b = quoted("b/" + p);
    const QByteArray mode = QByteArray::number(diff.mode, 8);
    QByteArray out = "diff --git " + a + ' ' + b + '\n';
    if (diff.oldMissing) {
        out += "new file mode " + mode + '\n';
        out += "index 0000000.." + abbrev(diff.newBlobId) + '\n';
    } else {
        out += "index " + abbrev(diff.oldBlobId) + ".." + abbrev(diff.newBlobId) + ' ' + mode + '\n';
    }
    const QByteArray oldName = diff.oldMissing ? QByteArray("/dev/null") : a;
    if (diff.binary)
        return out + "Binary files " + oldName + " and " + b + " differ\n";
    if (diff.hunks.isEmpty())
        return out; // a new empty file: git prints no ---/+++ lines
    // git ends the ---/+++ lines with a TAB when the name contains a space (diff.c), so that
    // patch(1) finds where the name ends.
    const QByteArray tab = p.contains(' ') ? QByteArray("\t") : QByteArray();
    out += "--- " + oldName + (diff.oldMissing ? QByteArray() : tab) + '\n';
    out += "+++ " + b + tab + '\n';
    for (const DiffHunk& h : diff.hunks) {
        out += h.header + '\n';
        for (const DiffLine& l : h.lines) {
            if (l.kind == DiffLineKind::NoNewline) {
                out += l.content + '\n';
                continue;
            }
            out += prefix(l.kind) + l.content + '\n';
        }
    }
    return out;
}

QList<SideBySideRow> sideBySideRows(const FileDiff& diff)
{
    using Kind = SideBySideRow::Kind;
    QList<SideBySideRow> rows;
    for (const DiffHunk& h : diff.hunks) {
        SideBySideRow header;
        header.kind = Kind::Hunk;
        header.left = h.header;
        rows.append(header);

        QList<const DiffLine*> deleted;
        QList<const DiffLine*> added;
        bool deletedNoNewline = false; // the last deleted line of the block lacks the newline
        bool addedNoNewline = false;
        auto flush = [&] {
            const qsizetype n = qMax(deleted.size(), added.size());
            for (qsizetype k = 0; k < n; ++k) {
                SideBySideRow r;
                const DiffLine* d = k < deleted.size() ? deleted[k] : nullptr;
                const DiffLine* a = k < added.size() ? added[k] : nullptr;
                r.kind = d && a ? Kind::Changed : d ? Kind::Deleted : Kind::Added;
                if (d) {
                    r.leftLine = d->oldLine;
                    r.left = d->content;
                    r.leftNoNewline = deletedNoNewline && k == deleted.size() - 1;
                    r.change = d->change;
                }
                if (a) {
                    r.rightLine = a->newLine;
                    r.right = a->content;
                    r.rightNoNewline = addedNoNewline && k == added.size() - 1;
                    r.change = a->change;
                }
                rows.append(r);
            }
            deleted.clear();
            added.clear();
            deletedNoNewline = addedNoNewline = false;
        };

        const DiffLine* previous = nullptr;
        for (const DiffLine& l : h.lines) {
            switch (l.kind) {
            case DiffLineKind::Deleted:
                if (!added.isEmpty())
                    flush(); // a deletion after additions starts a new change block
                deleted.append(&l);
                break;
            case DiffLineKind::Added:
                added.append(&l);
                break;
            case DiffLineKind::NoNewline:
                if (previous && previous->kind == DiffLineKind::Deleted)
                    deletedNoNewline = true;
                else if (previous && previous->kind == DiffLineKind::Added)
                    addedNoNewline = true;
                else if (!rows.isEmpty() && rows.last().kind == Kind::Context)
                    rows.last().leftNoNewline = rows.last().rightNoNewline = true;
                break;
            case DiffLineKind::Context: {
                flush();
                SideBySideRow r;
                r.kind = Kind::Context;
                r.leftLine = l.oldLine;
                r.rightLine = l.newLine;
                r.left = r.right = l.content;
                rows.append(r);
                break;
            }
            }
            if (l.kind != DiffLineKind::NoNewline)
                previous = &l;
        }
        flush();
    }
    return rows;
}

QString showInvisibles(const QByteArray& content)
{
    QString out = QString::fromUtf8(content);
    out.replace(u'\r', QChar(0x240D));
    out.replace(u'\t', QChar(0x2192));
    out.replace(u' ', QChar(0x00B7));
    return out;
}

} // namespace gmd
