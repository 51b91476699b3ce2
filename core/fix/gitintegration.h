// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace gmd {

/// Where a file stands in git (issue 5 section 6).
struct GitFileStatus
{
    bool inRepository = false; ///< inside the work tree of a (non-bare) repository
    bool tracked = false; ///< in HEAD or in the index (untracked and ignored files are not)
    bool ignored = false;
    bool staged = false; ///< the index differs from HEAD for this file
    bool unstaged = false; ///< the work tree differs from the index for this file
    QString repositoryRoot; ///< the work tree root, without a trailing '/'
    QString relativePath; ///< the path inside the work tree, '/'-separated
    QString error; ///< libgit2's reason when the status could not be read

    bool hasUncommittedChanges() const { return staged || unstaged; }
};

/// The git status of `path` (which may not exist yet), via libgit2. Blocking file-system work:
/// call it off the GUI thread.
GitFileStatus gitStatusFor(const QString& path);

/// The outcome of commitFilesOnly().
struct GitCommitResult
{
    bool ok = false;
    QString commitId; ///< full hex id of the new commit
    QString error;
};

/// Empty when a commit in `repositoryRoot` can be signed (user.name and user.email are set in
/// the repository's git config, as git_signature_default() reads it), else a clear message.
QString gitSignatureProblem(const QString& repositoryRoot);

/// Commits the current work-tree content of exactly `paths` (absolute, inside the work tree)
/// on top of HEAD (or as the first commit): the tree is HEAD's tree with only these blobs
/// replaced (deleted files removed), never the index, so other staged or unstaged changes stay
/// uncommitted. Then only these paths' index entries are updated so `git status` stays truthful.
/// Author and committer come from the git config (gitSignatureProblem() when missing).
GitCommitResult commitFilesOnly(const QString& repositoryRoot, const QStringList& paths, const QString& message);

} // namespace gmd
