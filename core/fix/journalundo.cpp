// SPDX-License-Identifier: MIT
// Journal::undo (issue 5 section 5): restore byte-identical old content, verified by hash;
// refuse, writing nothing, when a file changed after the fix.
#include "common/textfile.h"
#include "journal.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// Verifies by SHA-256 that `path` holds `sha` now (or is absent when `sha` is empty).
bool verifyRestored(const QString& path, const std::optional<QByteArray>& sha)
{
    const FileReadResult r = readTextFile(path, kDefaultMaxTextFile, false);
    if (!sha)
        return r.status == ReadStatus::Missing;
    return r.ok() && sha256Hex(r.bytes) == *sha;
}

} // namespace

UndoResult Journal::undo(const QString& id, const AtomicWriteOptions& options)
{
    UndoResult result;
    QString error;
    std::optional<JournalEntry> e = load(id, true, &error);
    if (!e) {
        result.error = error;
        return result;
    }
    if (e->undone) {
        result.error = u"Fix '%1' (journal entry %2) was already undone on %3."_s.arg(
            e->planTitle, id, e->undoneTime.toString(Qt::ISODate));
        return result;
    }

    // Each file goes from "what the fix wrote" back to "what was there"; the expected bytes make
    // writeFilesAtomically refuse the whole undo when any file was edited after the fix.
    QList<FileChange> changes;
    QList<std::optional<QByteArray>> restoredSha;
    for (const JournalFile& f : std::as_const(e->files)) {
        changes.append(
            FileChange { f.path, f.newBytes, f.created ? std::nullopt : std::optional<QByteArray>(f.oldBytes) });
        restoredSha.append(f.created ? std::nullopt : std::optional<QByteArray>(f.oldSha256));
    }
    if (e->goEnv) {
        const JournalGoEnv& g = *e->goEnv;
        const bool unchanged = g.existedBefore == g.existsAfter && g.oldBytes == g.newBytes;
        if (!unchanged) {
            changes.append(FileChange { g.file, g.existsAfter ? std::optional<QByteArray>(g.newBytes) : std::nullopt,
                g.existedBefore ? std::optional<QByteArray>(g.oldBytes) : std::nullopt });
            restoredSha.append(g.existedBefore ? std::optional<QByteArray>(g.oldSha256) : std::nullopt);
        }
    }

    const AtomicWriteResult written = writeFilesAtomically(changes, options);
    if (!written.ok) {
        result.changedSinceFix = written.changedSincePreview;
        if (!written.changedSincePreview.isEmpty()) {
            result.error = u"Cannot undo '%1': %2 changed after the fix was applied; nothing was restored."_s.arg(
                e->planTitle, written.changedSincePreview.join(u", "_s));
        } else {
            result.error = u"Cannot undo '%1': %2"_s.arg(e->planTitle, written.error);
        }
        return result;
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (!verifyRestored(changes[i].path, restoredSha[i])) {
            result.error = u"Undo of '%1': '%2' does not have the recorded content after restoring it."_s.arg(
                e->planTitle, changes[i].path);
            return result;
        }
        result.restored.append(changes[i].path);
    }

    e->undone = true;
    e->undoneTime = QDateTime::currentDateTimeUtc();
    if (!writeManifest(*e, m_dir + u'/' + id, true, &error)) {
        result.error = u"The files were restored, but the journal entry could not be marked undone: %1"_s.arg(error);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace gmd
