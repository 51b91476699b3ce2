// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gmd {

/// One file of an all-or-nothing write.
struct FileChange
{
    QString path; ///< absolute; a symlink is followed (its target is written)
    std::optional<QByteArray> expected; ///< the bytes it must have now; nullopt = it must not exist
    std::optional<QByteArray> content; ///< the new bytes; nullopt = remove the file
};

/// Options of writeFilesAtomically().
struct AtomicWriteOptions
{
    /// Test hook (fault injection): called before the rename of change `index`; returning false
    /// makes that rename fail as if rename(2) had failed.
    std::function<bool(int index, const QString& path)> beforeRename;
};

/// The outcome. When `ok` is false nothing was changed (unless rollbackFailed).
struct AtomicWriteResult
{
    bool ok = false;
    QString error; ///< names the path and the reason
    QStringList changedSincePreview; ///< files whose bytes are not the expected ones (nothing written)
    QStringList notWritable; ///< read-only files or folders (nothing written)
    bool rollbackFailed = false; ///< a rename failed and a replaced file could not be restored
    QList<quint32> modes; ///< per change: the file's mode (st_mode & 07777) after the write
};

/// Checks every change without writing: current bytes equal `expected` (or the file is absent),
/// the parent is an existing folder, file and folder are writable. Same result fields.
AtomicWriteResult checkFileChanges(const QList<FileChange>& changes);

/// Issue 5 section 4: checks all changes (checkFileChanges); then writes each new content to a
/// temporary file in the target's own folder (O_CREAT|O_EXCL, the original's mode and, when
/// permitted, owner/group), fsyncs all of them, and only then renames them over the targets one
/// by one (removals unlink). If a rename fails, the files already replaced are restored from
/// their expected bytes (atomically too), created files are removed and temporaries deleted.
///
/// Read-only rule (the same for root, who is not stopped by chmod): a file or folder without
/// any write bit (chmod a-w) is refused from its mode bits; other users are also refused when
/// access(2) denies writing. Root may still write files of other users that have a write bit.
AtomicWriteResult writeFilesAtomically(const QList<FileChange>& changes, const AtomicWriteOptions& options = {});

} // namespace gmd
