// SPDX-License-Identifier: MIT
// An in-memory ContextFileSystem for tests: trees, unreadable folders and odd entries without
// touching the disk or depending on permissions (root ignores chmod 000).
#pragma once

#include "context/contextfs.h"

#include <QMap>
#include <QSet>
#include <QStringList>

#include <algorithm>

class MemoryFileSystem final : public gmd::ContextFileSystem
{
public:
    MemoryFileSystem() { m_dirs.insert(QString(), {}); }

    /// Adds a regular file (parents are created).
    void addFile(const QString& path, qint64 size = 0, bool readable = true)
    {
        gmd::FsEntry e;
        e.name = leaf(path);
        e.type = gmd::EntryType::File;
        e.size = size;
        e.readable = readable;
        add(path, e);
    }
    void addDir(const QString& path)
    {
        if (m_dirs.contains(path))
            return;
        gmd::FsEntry e;
        e.name = leaf(path);
        e.type = gmd::EntryType::Directory;
        add(path, e);
        m_dirs.insert(path, {});
    }
    void addSymlink(
        const QString& path, const QString& text, gmd::SymlinkTarget::Kind kind, const QString& resolved = QString())
    {
        gmd::FsEntry e;
        e.name = leaf(path);
        e.type = gmd::EntryType::Symlink;
        e.size = text.size();
        add(path, e);
        m_links.insert(path, { kind, text, resolved });
    }
    void addSpecial(const QString& path, gmd::EntryType type)
    {
        gmd::FsEntry e;
        e.name = leaf(path);
        e.type = type;
        add(path, e);
    }
    /// Listing this directory fails with "permission denied".
    void deny(const QString& dir) { m_denied.insert(dir); }

    gmd::FsListing list(const QString& relDir) override
    {
        listed.append(relDir);
        gmd::FsListing out;
        if (m_denied.contains(relDir)) {
            out.error = QStringLiteral("open /ctx/%1: permission denied").arg(relDir);
            out.permissionDenied = true;
            return out;
        }
        out.entries = m_dirs.value(relDir);
        std::sort(out.entries.begin(), out.entries.end(),
            [](const gmd::FsEntry& a, const gmd::FsEntry& b) { return a.name.toUtf8() < b.name.toUtf8(); });
        return out;
    }
    gmd::SymlinkTarget resolveSymlink(const QString& relPath) override { return m_links.value(relPath); }
    QString canonicalRoot() override { return QStringLiteral("/ctx"); }

    QStringList listed; ///< every directory list() was asked for, in order

private:
    static QString leaf(const QString& path) { return path.section(QLatin1Char('/'), -1); }
    static QString parentOf(const QString& path)
    {
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        return slash < 0 ? QString() : path.left(slash);
    }
    void add(const QString& path, const gmd::FsEntry& e)
    {
        const QString parent = parentOf(path);
        if (!parent.isEmpty())
            addDir(parent);
        m_dirs[parent].append(e);
    }

    QMap<QString, QList<gmd::FsEntry>> m_dirs;
    QMap<QString, gmd::SymlinkTarget> m_links;
    QSet<QString> m_denied;
};
