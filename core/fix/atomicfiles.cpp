// SPDX-License-Identifier: MIT
#include "atomicfiles.h"

#include "common/textfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// What the check phase learnt about one change.
struct Target
{
    QString path; ///< symlinks resolved
    QString dir;
    bool exists = false;
    struct stat st = {};
};

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

/// The read-only rule documented in the header: mode bits first (so root behaves like a user
/// for chmod a-w), then the kernel's own answer for unprivileged users (ACLs, other owners).
bool writable(const QString& path, const struct stat& st, int accessMode)
{
    if ((st.st_mode & 0222) == 0)
        return false;
    return geteuid() == 0 || ::access(native(path).constData(), accessMode) == 0;
}

Target resolve(const QString& path)
{
    Target t;
    const QFileInfo info(path);
    t.path = info.isSymLink() && info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    t.dir = QFileInfo(t.path).absolutePath();
    t.exists = ::lstat(native(t.path).constData(), &t.st) == 0;
    return t;
}

bool writeAll(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

/// Writes `bytes` to a new temporary file next to `target` (mkstemp-style: random name,
/// O_EXCL), with `mode`/owner of the original when it exists, and fsyncs it. Returns the
/// temporary path, or an empty string with `error` set.
QString writeTemporary(const Target& target, const QByteArray& bytes, QString* error)
{
    const QString base = target.dir + u"/."_s + QFileInfo(target.path).fileName() + u".gmd-"_s;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString tmp = base + QString::number(QRandomGenerator::global()->generate() & 0xffffff, 36);
        // Existing files: start private (0600) and take the original's mode before any byte is
        // written; new files: 0666 minus the umask, as any editor would create them.
        const int fd = ::open(
            native(tmp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, target.exists ? 0600 : 0666);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0) {
            *error = u"Cannot create a temporary file in '%1': %2"_s.arg(target.dir, errnoText(errno));
            return {};
        }
        bool ok = true;
        if (target.exists) {
            // Owner/group: best effort (root, or our own file whose group we may keep); before
            // fchmod, because a chown clears set-user/group-id bits.
            if (geteuid() == 0 || geteuid() == target.st.st_uid)
                (void)!::fchown(fd, target.st.st_uid, target.st.st_gid);
            ok = ::fchmod(fd, target.st.st_mode & 07777) == 0;
        }
        ok = ok && writeAll(fd, bytes) && ::fsync(fd) == 0;
        const int err = errno;
        ok = ::close(fd) == 0 && ok;
        if (!ok) {
            ::unlink(native(tmp).constData());
            *error = u"Cannot write a temporary file for '%1': %2"_s.arg(target.path, errnoText(err));
            return {};
        }
        return tmp;
    }
    *error = u"Cannot create a temporary file in '%1': too many name collisions"_s.arg(target.dir);
    return {};
}

void syncDirectory(const QString& dir)
{
    const int fd = ::open(native(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

AtomicWriteResult check(const QList<FileChange>& changes, QList<Target>* targets)
{
    AtomicWriteResult r;
    QStringList problems;
    for (const FileChange& c : changes) {
        const Target t = resolve(c.path);
        targets->append(t);
        struct stat dst = {};
        if (::stat(native(t.dir).constData(), &dst) != 0) {
            problems.append(u"Folder '%1' of '%2' is not accessible: %3"_s.arg(t.dir, c.path, errnoText(errno)));
            continue;
        }
        if (!S_ISDIR(dst.st_mode)) {
            problems.append(u"'%1' cannot be written: '%2' is not a folder."_s.arg(c.path, t.dir));
            continue;
        }
        if (!c.expected) {
            if (t.exists) {
                r.changedSincePreview.append(c.path);
                problems.append(u"'%1' exists now; the fix was computed for a new file."_s.arg(c.path));
            }
        } else {
            const FileReadResult read = readTextFile(t.path, kDefaultMaxTextFile, false);
            if (read.status == ReadStatus::Missing) {
                r.changedSincePreview.append(c.path);
                problems.append(u"'%1' was removed since the preview."_s.arg(c.path));
                continue;
            }
            if (!read.ok()) {
                problems.append(read.message);
                continue;
            }
            if (read.bytes != *c.expected) {
                r.changedSincePreview.append(c.path);
                problems.append(u"'%1' changed since the preview; nothing was written."_s.arg(c.path));
                continue;
            }
            if (c.content && !writable(t.path, t.st, W_OK)) {
                r.notWritable.append(c.path);
                problems.append(u"'%1' is read-only; nothing was written."_s.arg(c.path));
                continue;
            }
        }
        // Creating the temporary file and renaming need write and search permission on the folder.
        if (!writable(t.dir, dst, W_OK | X_OK)) {
            r.notWritable.append(c.path);
            problems.append(
                u"Folder '%1' is read-only, so '%2' cannot be replaced; nothing was written."_s.arg(t.dir, c.path));
        }
    }
    r.ok = problems.isEmpty();
    r.error = problems.join(u'\n');
    return r;
}

/// Puts `bytes` back at `target` (temporary + rename), or removes it when `bytes` is nullopt.
bool restore(const Target& target, const std::optional<QByteArray>& bytes, QString* error)
{
    if (!bytes) {
        if (::unlink(native(target.path).constData()) == 0 || errno == ENOENT)
            return true;
        *error = u"Cannot remove '%1': %2"_s.arg(target.path, errnoText(errno));
        return false;
    }
    Target t = target;
    const QString tmp = writeTemporary(t, *bytes, error);
    if (tmp.isEmpty())
        return false;
    if (::rename(native(tmp).constData(), native(t.path).constData()) != 0) {
        *error = u"Cannot restore '%1': %2"_s.arg(t.path, errnoText(errno));
        ::unlink(native(tmp).constData());
        return false;
    }
    return true;
}

} // namespace

AtomicWriteResult checkFileChanges(const QList<FileChange>& changes)
{
    QList<Target> targets;
    return check(changes, &targets);
}

AtomicWriteResult writeFilesAtomically(const QList<FileChange>& changes, const AtomicWriteOptions& options)
{
    QList<Target> targets;
    AtomicWriteResult r = check(changes, &targets);
    if (!r.ok)
        return r;
    r.ok = false;

    // Phase 1: every temporary written and fsynced before any target is touched.
    QStringList temps(changes.size());
    auto removeTemps = [&](qsizetype from) {
        for (qsizetype i = from; i < temps.size(); ++i) {
            if (!temps[i].isEmpty())
                ::unlink(native(temps[i]).constData());
        }
    };
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (!changes[i].content)
            continue;
        temps[i] = writeTemporary(targets[i], *changes[i].content, &r.error);
        if (temps[i].isEmpty()) {
            removeTemps(0);
            return r;
        }
    }

    // Phase 2: rename (or unlink) one by one; on failure undo the ones already done.
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QByteArray target = native(targets[i].path);
        QString failure;
        if (options.beforeRename && !options.beforeRename(int(i), changes[i].path))
            failure = u"injected failure"_s;
        else if (changes[i].content ? ::rename(native(temps[i]).constData(), target.constData()) != 0
                                    : ::unlink(target.constData()) != 0)
            failure = errnoText(errno);
        if (failure.isEmpty()) {
            temps[i].clear();
            continue;
        }
        r.error = u"Cannot replace '%1': %2. Nothing was changed."_s.arg(changes[i].path, failure);
        removeTemps(i);
        for (qsizetype j = i - 1; j >= 0; --j) {
            QString restoreError;
            if (!restore(targets[j], changes[j].expected, &restoreError)) {
                r.rollbackFailed = true;
                r.error = u"Cannot replace '%1': %2. Restoring the files already replaced failed: %3"_s.arg(
                    changes[i].path, failure, restoreError);
            }
        }
        return r;
    }

    QSet<QString> dirs;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        dirs.insert(targets[i].dir);
        struct stat st = {};
        const bool present = ::stat(native(targets[i].path).constData(), &st) == 0;
        r.modes.append(present ? quint32(st.st_mode & 07777) : quint32(targets[i].st.st_mode & 07777));
    }
    for (const QString& d : std::as_const(dirs))
        syncDirectory(d); // the renames themselves must reach the disk
    r.ok = true;
    return r;
}

} // namespace gmd
