// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace gmd {

/// What lstat says an entry is (symlinks are never followed).
enum class EntryType : quint8 { File, Directory, Symlink, Fifo, Socket, CharDevice, BlockDevice, Other };

/// One directory entry as lstat sees it.
struct FsEntry
{
    QString name;
    EntryType type = EntryType::File;
    qint64 size = 0; ///< lstat size (for a symlink: the length of its target text)
    bool readable = true; ///< for regular files: this process may open it (sending it would fail otherwise)
    QString statError; ///< non-empty when lstat itself failed; the entry is then unusable
};

/// The result of listing one directory.
struct FsListing
{
    QList<FsEntry> entries; ///< sorted by name bytes, as Go's os.ReadDir sorts
    QString error; ///< "open <path>: permission denied"; empty on success
    bool permissionDenied = false; ///< the error is EACCES/EPERM (BuildKit tolerates it below an excluded directory)

    bool ok() const { return error.isEmpty(); }
};

/// Where a symlink leads, resolved without ever walking through it.
struct SymlinkTarget
{
    enum class Kind { Dangling, Loop, File, Directory, Other };
    Kind kind = Kind::Dangling;
    QString text; ///< readlink()
    QString resolved; ///< canonical absolute target; empty when dangling or looping
};

/// The file-system view the context scanner walks. Paths are relative to the context root,
/// '/'-separated, "" for the root. A seam for tests: a fake can report unreadable folders
/// without depending on permissions (and so also when the tests run as root).
class ContextFileSystem
{
public:
    virtual ~ContextFileSystem();
    /// Lists `relDir` without following symlinks.
    virtual FsListing list(const QString& relDir) = 0;
    /// Resolves the symlink at `relPath` (stat-style, reporting ELOOP as Kind::Loop).
    virtual SymlinkTarget resolveSymlink(const QString& relPath) = 0;
    /// The canonical absolute path of the root, to tell "points outside the context".
    virtual QString canonicalRoot() = 0;
};

/// The real disk below `root`: opendir/fstatat on Unix, QDir elsewhere.
std::unique_ptr<ContextFileSystem> makeDiskFileSystem(const QString& root);
/// The portable QDir/QFileInfo implementation (slower; cannot tell FIFOs from sockets).
std::unique_ptr<ContextFileSystem> makeQtFileSystem(const QString& root);

/// "file", "directory", "symlink", "named pipe", "socket", "character device", ...
QString entryTypeName(EntryType type);

} // namespace gmd
