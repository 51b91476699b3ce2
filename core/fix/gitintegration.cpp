// SPDX-License-Identifier: MIT
#include "gitintegration.h"

#include "libgit2_p.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// The canonical form of a path that may not exist yet: its nearest existing ancestor
/// canonicalised (symlinks resolved, as libgit2 reports the work tree) plus the rest.
QString canonical(const QString& path)
{
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString rest;
    while (!QFileInfo::exists(existing) && existing != "/"_L1) {
        const QFileInfo info(existing);
        rest = rest.isEmpty() ? info.fileName() : info.fileName() + u'/' + rest;
        existing = info.absolutePath();
    }
    const QString base = QFileInfo(existing).canonicalFilePath();
    return rest.isEmpty() ? base : QDir::cleanPath(base + u'/' + rest);
}

/// The nearest existing folder at or above `path` (where repository discovery starts).
QString existingFolder(const QString& path)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    while (!(info.exists() && info.isDir()) && info.absoluteFilePath() != "/"_L1)
        info = QFileInfo(info.absolutePath());
    return info.absoluteFilePath();
}

QString workdirOf(git_repository* repo)
{
    const char* wd = git_repository_workdir(repo);
    return wd ? QFileInfo(QString::fromUtf8(wd)).canonicalFilePath() : QString();
}

/// `path` relative to `root` ('/'-separated), or empty when it lies outside.
QString relativeTo(const QString& root, const QString& path)
{
    const QString rel = QDir(root).relativeFilePath(canonical(path));
    if (rel.isEmpty() || rel == "."_L1 || rel.startsWith("../"_L1) || rel == ".."_L1 || QDir::isAbsolutePath(rel))
        return {};
    return rel;
}

git::Repository openRepository(const QString& start, unsigned flags, int* rc)
{
    git::ensureInitialized();
    git_repository* raw = nullptr;
    *rc = git_repository_open_ext(&raw, QFile::encodeName(start).constData(), flags, nullptr);
    return git::Repository(raw);
}

QString signatureMessage(const QString& root, int rc)
{
    return u"Cannot commit in '%1': git user.name and user.email must be set (%2). Set them with "
           "git config user.name \"Your Name\" and git config user.email you@example.com."_s.arg(
               root, git::lastError(rc));
}

} // namespace

GitFileStatus gitStatusFor(const QString& path)
{
    GitFileStatus s;
    int rc = 0;
    git::Repository repo = openRepository(existingFolder(path), 0, &rc);
    if (rc == GIT_ENOTFOUND)
        return s;
    if (rc != 0) {
        s.error = u"Cannot open the git repository of '%1': %2"_s.arg(path, git::lastError(rc));
        return s;
    }
    if (git_repository_is_bare(repo.get()))
        return s;
    s.repositoryRoot = workdirOf(repo.get());
    s.relativePath = relativeTo(s.repositoryRoot, path);
    if (s.relativePath.isEmpty() || s.relativePath == ".git"_L1 || s.relativePath.startsWith(".git/"_L1)) {
        s.relativePath.clear();
        return s; // the work tree root itself, or git's own folder
    }
    s.inRepository = true;
    unsigned flags = 0;
    rc = git_status_file(&flags, repo.get(), s.relativePath.toUtf8().constData());
    if (rc == GIT_ENOTFOUND)
        return s; // neither in HEAD, the index nor the work tree
    if (rc != 0) {
        s.error = u"Cannot read the git status of '%1': %2"_s.arg(path, git::lastError(rc));
        return s;
    }
    s.ignored = flags & GIT_STATUS_IGNORED;
    s.tracked = !(flags & (GIT_STATUS_WT_NEW | GIT_STATUS_IGNORED));
    s.staged = flags
        & (GIT_STATUS_INDEX_NEW | GIT_STATUS_INDEX_MODIFIED | GIT_STATUS_INDEX_DELETED | GIT_STATUS_INDEX_RENAMED
            | GIT_STATUS_INDEX_TYPECHANGE);
    s.unstaged =
        flags & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_WT_DELETED | GIT_STATUS_WT_TYPECHANGE | GIT_STATUS_WT_RENAMED);
    return s;
}

QString gitSignatureProblem(const QString& repositoryRoot)
{
    int rc = 0;
    git::Repository repo = openRepository(repositoryRoot, GIT_REPOSITORY_OPEN_NO_SEARCH, &rc);
    if (rc != 0)
        return u"Cannot open the git repository '%1': %2"_s.arg(repositoryRoot, git::lastError(rc));
    git_signature* raw = nullptr;
    rc = git_signature_default(&raw, repo.get());
    git::Signature sig(raw);
    return rc == 0 ? QString() : signatureMessage(repositoryRoot, rc);
}

GitCommitResult commitFilesOnly(const QString& repositoryRoot, const QStringList& paths, const QString& message)
{
    GitCommitResult r;
    int rc = 0;
    git::Repository repo = openRepository(repositoryRoot, GIT_REPOSITORY_OPEN_NO_SEARCH, &rc);
    if (rc != 0 || git_repository_is_bare(repo.get())) {
        r.error = u"Cannot open the git repository '%1': %2"_s.arg(repositoryRoot, git::lastError(rc));
        return r;
    }
    auto fail = [&r](const QString& what, int code) {
        r.error = what + u": "_s + git::lastError(code);
        return r;
    };
    git_signature* rawSig = nullptr;
    rc = git_signature_default(&rawSig, repo.get());
    git::Signature sig(rawSig);
    if (rc != 0) {
        r.error = signatureMessage(repositoryRoot, rc);
        return r;
    }

    // The parent: HEAD's commit, or none on an unborn branch (the first commit).
    git::Commit parent;
    git::Tree baseTree;
    git_reference* rawHead = nullptr;
    rc = git_repository_head(&rawHead, repo.get());
    git::Reference head(rawHead);
    if (rc == 0) {
        git_object* peeled = nullptr;
        if ((rc = git_reference_peel(&peeled, head.get(), GIT_OBJECT_COMMIT)) != 0)
            return fail(u"Cannot read HEAD"_s, rc);
        parent.reset(reinterpret_cast<git_commit*>(peeled));
        git_tree* t = nullptr;
        if ((rc = git_commit_tree(&t, parent.get())) != 0)
            return fail(u"Cannot read HEAD's tree"_s, rc);
        baseTree.reset(t);
    } else if (rc != GIT_EUNBORNBRANCH && rc != GIT_ENOTFOUND) {
        return fail(u"Cannot read HEAD"_s, rc);
    } else {
        git_treebuilder* builder = nullptr;
        git_oid empty;
        if ((rc = git_treebuilder_new(&builder, repo.get(), nullptr)) != 0)
            return fail(u"Cannot create an empty tree"_s, rc);
        rc = git_treebuilder_write(&empty, builder);
        git_treebuilder_free(builder);
        git_tree* t = nullptr;
        if (rc != 0 || (rc = git_tree_lookup(&t, repo.get(), &empty)) != 0)
            return fail(u"Cannot create an empty tree"_s, rc);
        baseTree.reset(t);
    }

    // HEAD's tree + exactly these blobs (issue 5 section 6: never the index).
    const QString root = workdirOf(repo.get());
    QList<QByteArray> relPaths;
    QList<git_tree_update> updates;
    for (const QString& p : paths) {
        const QString rel = relativeTo(root, p);
        if (rel.isEmpty()) {
            r.error = u"'%1' is not inside the work tree of '%2'."_s.arg(p, root);
            return r;
        }
        relPaths.append(rel.toUtf8());
    }
    for (const QByteArray& rel : std::as_const(relPaths)) {
        git_tree_update u {};
        u.path = rel.constData();
        struct stat st = {};
        if (::lstat(QFile::encodeName(root + u'/' + QString::fromUtf8(rel)).constData(), &st) != 0) {
            git_tree_entry* entry = nullptr;
            if (git_tree_entry_bypath(&entry, baseTree.get(), rel.constData()) != 0)
                continue; // absent on both sides
            git_tree_entry_free(entry);
            u.action = GIT_TREE_UPDATE_REMOVE;
        } else {
            // Through the repository's filters (.gitattributes eol/autocrlf), as `git add` would.
            if ((rc = git_blob_create_from_workdir(&u.id, repo.get(), rel.constData())) != 0)
                return fail(u"Cannot store '%1' in git"_s.arg(QString::fromUtf8(rel)), rc);
            u.action = GIT_TREE_UPDATE_UPSERT;
            u.filemode = S_ISLNK(st.st_mode) ? GIT_FILEMODE_LINK
                : (st.st_mode & 0111)        ? GIT_FILEMODE_BLOB_EXECUTABLE
                                             : GIT_FILEMODE_BLOB;
        }
        updates.append(u);
    }
    git_oid treeId;
    if ((rc = git_tree_create_updated(&treeId, repo.get(), baseTree.get(), size_t(updates.size()), updates.constData()))
        != 0)
        return fail(u"Cannot build the commit's tree"_s, rc);
    git_tree* rawTree = nullptr;
    if ((rc = git_tree_lookup(&rawTree, repo.get(), &treeId)) != 0)
        return fail(u"Cannot read the commit's tree"_s, rc);
    git::Tree tree(rawTree);

    QByteArray text = message.toUtf8();
    if (!text.endsWith('\n'))
        text.append('\n');
    git_oid commitId;
    // git_commit_create_v: the variadic form has the same signature in libgit2 1.5 and 1.9.
    // Updating "HEAD" fails if the branch moved meanwhile (its tip must be our parent).
    rc = parent ? git_commit_create_v(&commitId, repo.get(), "HEAD", sig.get(), sig.get(), nullptr, text.constData(),
             tree.get(), 1, parent.get())
                : git_commit_create_v(
                    &commitId, repo.get(), "HEAD", sig.get(), sig.get(), nullptr, text.constData(), tree.get(), 0);
    if (rc != 0)
        return fail(u"Cannot create the commit in '%1'"_s.arg(repositoryRoot), rc);
    r.commitId = QString::fromLatin1(git_oid_tostr_s(&commitId));

    // Only these paths' index entries follow, so `git status` shows them clean and everything
    // else staged or unstaged exactly as before.
    git_index* rawIndex = nullptr;
    if ((rc = git_repository_index(&rawIndex, repo.get())) != 0)
        return fail(u"Committed %1, but cannot open the index"_s.arg(r.commitId), rc);
    git::Index index(rawIndex);
    git_index_read(index.get(), 0);
    // Racy git: an entry whose file was modified in the same second the index was last written
    // still matches its stat data. git re-hashes such entries only while the index file is not
    // newer than them; writing the index now would make them look clean for good (seen when a
    // file changed, at the same size, right after a commit). As git does when it writes the
    // index, smudge them (size 0) so that git compares their content again.
    const QFileInfo indexFile(QString::fromUtf8(git_repository_path(repo.get())) + u"index"_s);
    const qint64 indexSeconds = indexFile.exists() ? indexFile.lastModified().toSecsSinceEpoch() : 0;
    for (size_t i = 0; i < git_index_entrycount(index.get()); ++i) {
        const git_index_entry* e = git_index_get_byindex(index.get(), i);
        if (!e || e->file_size == 0 || relPaths.contains(QByteArray(e->path)) || e->mtime.seconds < indexSeconds)
            continue;
        git_index_entry smudged = *e;
        smudged.file_size = 0;
        git_index_add(index.get(), &smudged);
    }
    for (const QByteArray& rel : std::as_const(relPaths)) {
        const bool exists = QFileInfo::exists(root + u'/' + QString::fromUtf8(rel))
            || QFileInfo(root + u'/' + QString::fromUtf8(rel)).isSymLink();
        rc = exists ? git_index_add_bypath(index.get(), rel.constData())
                    : git_index_remove_bypath(index.get(), rel.constData());
        if (rc != 0)
            return fail(
                u"Committed %1, but cannot update the index entry of '%2'"_s.arg(r.commitId, QString::fromUtf8(rel)),
                rc);
    }
    if ((rc = git_index_write(index.get())) != 0)
        return fail(u"Committed %1, but cannot write the index"_s.arg(r.commitId), rc);
    r.ok = true;
    return r;
}

} // namespace gmd
