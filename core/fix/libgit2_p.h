// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <git2.h>

#include <memory>

namespace gmd::git {

/// Calls git_libgit2_init() once per process (never shut down: libgit2 objects may be used by
/// any thread until exit).
void ensureInitialized();

/// libgit2's last error message for the calling thread, or "error <code>".
QString lastError(int code);

/// Owning handles for libgit2 objects.
template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
template <typename T, void (*Free)(T*)> using Handle = std::unique_ptr<T, Deleter<T, Free>>;

using Repository = Handle<git_repository, git_repository_free>;
using Patch = Handle<git_patch, git_patch_free>;
using Index = Handle<git_index, git_index_free>;
using Tree = Handle<git_tree, git_tree_free>;
using Commit = Handle<git_commit, git_commit_free>;
using Reference = Handle<git_reference, git_reference_free>;
using Signature = Handle<git_signature, git_signature_free>;
using Object = Handle<git_object, git_object_free>;

} // namespace gmd::git
