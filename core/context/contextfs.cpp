// SPDX-License-Identifier: MIT
#include "contextfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace gmd {

ContextFileSystem::~ContextFileSystem() = default;

QString entryTypeName(EntryType type)
{
    switch (type) {
    case EntryType::File:
        return u"file"_s;
    case EntryType::Directory:
        return u"directory"_s;
    case EntryType::Symlink:
        return u"symlink"_s;
    case EntryType::Fifo:
        return u"named pipe"_s;
    case EntryType::Socket:
        return u"socket"_s;
    case EntryType::CharDevice:
        return u"character device"_s;
    case EntryType::BlockDevice:
        return u"block device"_s;
    case EntryType::Other:
        break;
    }
    return u"special file"_s;
}

namespace {

QString joinPath(const QString& root, const QString& rel)
{
    return rel.isEmpty() ? root : root + u'/' + rel;
}

// Go's os.ReadDir order: by name bytes (keys computed once).
void sortByName(QList<FsEntry>& entries)
{
    std::vector<std::pair<QByteArray, qsizetype>> keys;
    keys.reserve(size_t(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i)
        keys.emplace_back(QFile::encodeName(entries[i].name), i);
    std::sort(keys.begin(), keys.end());
    QList<FsEntry> sorted;
    sorted.reserve(entries.size());
    for (const auto& k : keys)
        sorted.append(std::move(entries[k.second]));
    entries = std::move(sorted);
}

class QtFileSystem final : public ContextFileSystem
{
public:
    explicit QtFileSystem(const QString& root)
        : m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath()))
    { }

    FsListing list(const QString& relDir) override
    {
        FsListing out;
        const QString abs = joinPath(m_root, relDir);
        const QDir dir(abs);
        if (!dir.exists() || !dir.isReadable()) {
            out.error = u"open %1: permission denied"_s.arg(abs);
            out.permissionDenied = dir.exists();
            if (!dir.exists())
                out.error = u"open %1: no such file or directory"_s.arg(abs);
            return out;
        }
        const QFileInfoList infos =
            dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
        for (const QFileInfo& fi : infos) {
            FsEntry e;
            e.name = fi.fileName();
            if (fi.isSymLink()) {
                e.type = EntryType::Symlink;
                e.size = QFile::encodeName(fi.symLinkTarget()).size();
            } else if (fi.isDir()) {
                e.type = EntryType::Directory;
            } else if (fi.isFile()) {
                e.type = EntryType::File;
                e.size = fi.size();
                e.readable = fi.isReadable();
            } else {
                e.type = EntryType::Other;
            }
            out.entries.append(e);
        }
        sortByName(out.entries);
        return out;
    }

    SymlinkTarget resolveSymlink(const QString& relPath) override
    {
        SymlinkTarget t;
        QString current = joinPath(m_root, relPath);
        t.text = QFileInfo(current).symLinkTarget();
        QSet<QString> seen;
        for (int hop = 0; hop < 40; ++hop) {
            const QFileInfo fi(current);
            if (!fi.isSymLink())
                break;
            if (seen.contains(current)) {
                t.kind = SymlinkTarget::Kind::Loop;
                return t;
            }
            seen.insert(current);
            current = fi.symLinkTarget();
        }
        const QFileInfo target(joinPath(m_root, relPath));
        t.resolved = target.canonicalFilePath();
        if (t.resolved.isEmpty())
            t.kind = seen.size() >= 40 ? SymlinkTarget::Kind::Loop : SymlinkTarget::Kind::Dangling;
        else
            t.kind = target.isDir() ? SymlinkTarget::Kind::Directory
                                    : (target.isFile() ? SymlinkTarget::Kind::File : SymlinkTarget::Kind::Other);
        return t;
    }

    QString canonicalRoot() override { return QFileInfo(m_root).canonicalFilePath(); }

private:
    QString m_root;
};

#ifdef Q_OS_UNIX

// Go spells errno texts in lower case ("permission denied").
QString errnoText(int err)
{
    QString s = QString::fromLocal8Bit(std::strerror(err));
    if (!s.isEmpty())
        s[0] = s[0].toLower();
    return s;
}

EntryType typeOf(mode_t mode)
{
    if (S_ISREG(mode))
        return EntryType::File;
    if (S_ISDIR(mode))
        return EntryType::Directory;
    if (S_ISLNK(mode))
        return EntryType::Symlink;
    if (S_ISFIFO(mode))
        return EntryType::Fifo;
    if (S_ISSOCK(mode))
        return EntryType::Socket;
    if (S_ISCHR(mode))
        return EntryType::CharDevice;
    if (S_ISBLK(mode))
        return EntryType::BlockDevice;
    return EntryType::Other;
}

class PosixFileSystem final : public ContextFileSystem
{
public:
    explicit PosixFileSystem(const QString& root)
        : m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath()))
        , m_euid(geteuid())
        , m_egid(getegid())
    {
        const int n = getgroups(0, nullptr);
        if (n > 0) {
            m_groups.resize(n);
            m_groups.resize(std::max(0, getgroups(n, m_groups.data())));
        }
    }

    FsListing list(const QString& relDir) override
    {
        FsListing out;
        const QString abs = joinPath(m_root, relDir);
        DIR* d = opendir(QFile::encodeName(abs).constData());
        if (!d) {
            const int err = errno;
            out.error = u"open %1: %2"_s.arg(abs, errnoText(err));
            out.permissionDenied = err == EACCES || err == EPERM;
            return out;
        }
        const int fd = dirfd(d);
        // Sorted by raw name bytes before decoding (Go's os.ReadDir order).
        std::vector<std::pair<QByteArray, FsEntry>> raw;
        while (const dirent* de = readdir(d)) {
            const char* name = de->d_name;
            if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
                continue;
            FsEntry e;
            struct stat st;
            if (fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                const int err = errno;
                if (err == ENOENT)
                    continue; // removed while we listed
                e.type = EntryType::Other;
                e.statError = u"lstat %1: %2"_s.arg(joinPath(abs, QFile::decodeName(name)), errnoText(err));
            } else {
                e.type = typeOf(st.st_mode);
                e.size = qint64(st.st_size);
                if (e.type == EntryType::File)
                    e.readable = canRead(st);
            }
            raw.emplace_back(QByteArray(name), std::move(e));
        }
        closedir(d);
        std::sort(raw.begin(), raw.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        out.entries.reserve(qsizetype(raw.size()));
        for (auto& [name, e] : raw) {
            e.name = QFile::decodeName(name);
            out.entries.append(std::move(e));
        }
        return out;
    }

    SymlinkTarget resolveSymlink(const QString& relPath) override
    {
        SymlinkTarget t;
        const QByteArray abs = QFile::encodeName(joinPath(m_root, relPath));
        QByteArray buf(4096, '\0');
        const ssize_t n = readlink(abs.constData(), buf.data(), size_t(buf.size()));
        if (n >= 0)
            t.text = QFile::decodeName(buf.left(n));
        struct stat st;
        if (stat(abs.constData(), &st) != 0) {
            t.kind = errno == ELOOP ? SymlinkTarget::Kind::Loop : SymlinkTarget::Kind::Dangling;
            return t;
        }
        if (char* real = realpath(abs.constData(), nullptr)) {
            t.resolved = QFile::decodeName(real);
            std::free(real);
        }
        t.kind = S_ISDIR(st.st_mode) ? SymlinkTarget::Kind::Directory
                                     : (S_ISREG(st.st_mode) ? SymlinkTarget::Kind::File : SymlinkTarget::Kind::Other);
        return t;
    }

    QString canonicalRoot() override
    {
        QString out;
        if (char* real = realpath(QFile::encodeName(m_root).constData(), nullptr)) {
            out = QFile::decodeName(real);
            std::free(real);
        }
        return out;
    }

private:
    // The permission bits that apply to this process (root reads everything; ACLs are ignored).
    bool canRead(const struct stat& st) const
    {
        if (m_euid == 0)
            return true;
        if (st.st_uid == m_euid)
            return st.st_mode & S_IRUSR;
        if (st.st_gid == m_egid || std::find(m_groups.begin(), m_groups.end(), st.st_gid) != m_groups.end())
            return st.st_mode & S_IRGRP;
        return st.st_mode & S_IROTH;
    }

    QString m_root;
    uid_t m_euid;
    gid_t m_egid;
    std::vector<gid_t> m_groups;
};

#endif

} // namespace

std::unique_ptr<ContextFileSystem> makeQtFileSystem(const QString& root)
{
    return std::make_unique<QtFileSystem>(root);
}

std::unique_ptr<ContextFileSystem> makeDiskFileSystem(const QString& root)
{
#ifdef Q_OS_UNIX
    return std::make_unique<PosixFileSystem>(root);
#else
    return std::make_unique<QtFileSystem>(root);
#endif
}

} // namespace gmd
