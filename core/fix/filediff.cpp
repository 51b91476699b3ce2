// SPDX-License-Identifier: MIT
#include "filediff.h"

#include "fixplan.h"
#include "libgit2_p.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QByteArray blobId(const QByteArray& bytes)
{
    git_oid oid;
    if (git_odb_hash(&oid, bytes.constData(), size_t(bytes.size()), GIT_OBJECT_BLOB) != 0)
        return {};
    return QByteArray(git_oid_tostr_s(&oid)); // thread-local buffer, copied at once
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

QByteArray withoutWhitespace(const QByteArray& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (char c : text) {
        if (!isSpace(c))
            out.append(c);
    }
    return out;
}

QByteArray withoutCr(QByteArray text)
{
    if (text.endsWith('\r'))
        text.chop(1);
    return text;
}

/// The issue: whitespace-only and end-of-line-only changes must stay visible. An end-of-line
/// change is a CR added/removed before the LF or a final newline added/removed.
ChangeKind classify(const DiffLine& a, const DiffLine& b)
{
    if (a.content == b.content || withoutCr(a.content) == withoutCr(b.content))
        return ChangeKind::LineEndingOnly;
    if (withoutWhitespace(a.content) == withoutWhitespace(b.content))
        return ChangeKind::WhitespaceOnly;
    return ChangeKind::Content;
}

/// Pairs the k-th deleted with the k-th added line of each change block (a run of deletions
/// followed by a run of additions), the same alignment the side-by-side view uses.
void classifyPairs(QList<DiffLine>& lines)
{
    qsizetype i = 0;
    while (i < lines.size()) {
        const qsizetype start = i;
        QList<qsizetype> deleted;
        QList<qsizetype> added;
        while (
            i < lines.size() && (lines[i].kind == DiffLineKind::Deleted || lines[i].kind == DiffLineKind::NoNewline)) {
            if (lines[i].kind == DiffLineKind::Deleted)
                deleted.append(i);
            ++i;
        }
        while (i < lines.size() && (lines[i].kind == DiffLineKind::Added || lines[i].kind == DiffLineKind::NoNewline)) {
            if (lines[i].kind == DiffLineKind::Added)
                added.append(i);
            ++i;
        }
        if (i == start) {
            ++i; // a context line
            continue;
        }
        for (qsizetype k = 0; k < qMin(deleted.size(), added.size()); ++k) {
            const ChangeKind kind = classify(lines[deleted[k]], lines[added[k]]);
            lines[deleted[k]].change = kind;
            lines[added[k]].change = kind;
        }
    }
}

DiffLine toLine(const git_diff_line* l)
{
    DiffLine line;
    line.oldLine = l->old_lineno;
    line.newLine = l->new_lineno;
    switch (l->origin) {
    case GIT_DIFF_LINE_ADDITION:
        line.kind = DiffLineKind::Added;
        break;
    case GIT_DIFF_LINE_DELETION:
        line.kind = DiffLineKind::Deleted;
        break;
    case GIT_DIFF_LINE_CONTEXT_EOFNL:
    case GIT_DIFF_LINE_ADD_EOFNL:
    case GIT_DIFF_LINE_DEL_EOFNL:
        // libgit2: '>' follows a deleted line (the old text lacks the newline), '<' an added
        // line, '=' a context line (both lack it).
        line.kind = DiffLineKind::NoNewline;
        line.side = l->origin == GIT_DIFF_LINE_ADD_EOFNL ? '-' : l->origin == GIT_DIFF_LINE_DEL_EOFNL ? '+' : ' ';
        line.hasNewline = true;
        line.content = "\\ No newline at end of file";
        return line;
    default:
        line.kind = DiffLineKind::Context;
        break;
    }
    line.content = QByteArray(l->content, qsizetype(l->content_len));
    line.hasNewline = line.content.endsWith('\n');
    if (line.hasNewline)
        line.content.chop(1);
    return line;
}

} // namespace

bool FileDiff::hasInvisibleChanges() const
{
    for (const DiffHunk& h : hunks) {
        for (const DiffLine& l : h.lines) {
            if (l.kind != DiffLineKind::Context && l.change != ChangeKind::Content)
                return true;
        }
    }
    return false;
}

FileDiff diffBuffers(
    const QString& path, const QByteArray& oldBytes, const QByteArray& newBytes, const DiffOptions& options)
{
    git::ensureInitialized();
    FileDiff diff;
    diff.path = path;
    diff.mode = options.mode;
    diff.oldMissing = options.oldMissing;
    diff.oldBlobId = blobId(oldBytes);
    diff.newBlobId = blobId(newBytes);
    diff.identical = oldBytes == newBytes && !options.oldMissing;
    if (diff.identical)
        return diff;

    git_diff_options opts;
    git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
    opts.context_lines = uint32_t(qMax(0, options.contextLines));
    opts.interhunk_lines = 0; // git's diff.interHunkContext default
    opts.flags |= GIT_DIFF_INDENT_HEURISTIC; // git's diff.indentHeuristic default (true)
    const QByteArray asPath = path.toUtf8();
    git_patch* raw = nullptr;
    const int rc = git_patch_from_buffers(&raw, oldBytes.constData(), size_t(oldBytes.size()), asPath.constData(),
        newBytes.constData(), size_t(newBytes.size()), asPath.constData(), &opts);
    git::Patch patch(raw);
    if (rc != 0 || !patch) {
        diff.error = u"Cannot diff '%1': %2"_s.arg(path, git::lastError(rc));
        return diff;
    }
    diff.binary = (git_patch_get_delta(patch.get())->flags & GIT_DIFF_FLAG_BINARY) != 0;
    const size_t hunkCount = git_patch_num_hunks(patch.get());
    for (size_t h = 0; h < hunkCount; ++h) {
        const git_diff_hunk* gh = nullptr;
        size_t lineCount = 0;
        if (git_patch_get_hunk(&gh, &lineCount, patch.get(), h) != 0)
            continue;
        DiffHunk hunk;
        hunk.header = QByteArray(gh->header, qsizetype(gh->header_len));
        while (hunk.header.endsWith('\n') || hunk.header.endsWith('\r'))
            hunk.header.chop(1);
        hunk.oldStart = gh->old_start;
        hunk.oldCount = gh->old_lines;
        hunk.newStart = gh->new_start;
        hunk.newCount = gh->new_lines;
        for (size_t i = 0; i < lineCount; ++i) {
            const git_diff_line* gl = nullptr;
            if (git_patch_get_line_in_hunk(&gl, patch.get(), h, i) != 0)
                continue;
            const DiffLine line = toLine(gl);
            diff.additions += line.kind == DiffLineKind::Added ? 1 : 0;
            diff.deletions += line.kind == DiffLineKind::Deleted ? 1 : 0;
            hunk.lines.append(line);
        }
        classifyPairs(hunk.lines);
        diff.hunks.append(hunk);
    }
    return diff;
}

QList<FileDiff> diffPlan(const FixPlan& plan, const DiffOptions& options)
{
    QList<FileDiff> out;
    for (const FileEdit& e : plan.edits) {
        DiffOptions o = options;
        o.oldMissing = e.create;
        out.append(diffBuffers(e.path, e.original, e.replacement, o));
    }
    return out;
}

} // namespace gmd
