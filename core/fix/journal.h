// SPDX-License-Identifier: MIT
#pragma once

#include "atomicfiles.h"
#include "fixplan.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace gmd {

/// One file an applied fix wrote: both versions, byte for byte.
struct JournalFile
{
    QString path;
    bool created = false; ///< the fix created it: undo removes it
    quint32 mode = 0; ///< st_mode & 07777 after the write
    QByteArray oldBytes; ///< empty for created files
    QByteArray newBytes;
    QByteArray oldSha256; ///< hex; filled by Journal::record()
    QByteArray newSha256;
};

/// The go env file around `go env -w/-u`.
struct JournalGoEnv
{
    QString file; ///< the GOENV file
    bool existedBefore = false;
    bool existsAfter = false;
    QByteArray oldBytes;
    QByteArray newBytes;
    QByteArray oldSha256;
    QByteArray newSha256;
    QList<GoEnvChange> changes;
    QMap<QString, QString> oldValues; ///< effective values before, masked (maskValue): for display only
};

/// A commit made for the fix.
struct JournalCommit
{
    QString repositoryRoot;
    QString commitId;
};

/// One applied fix (issue 5 section 5).
struct JournalEntry
{
    QString id; ///< time-sortable: "20250102T030405.678Z-1a2b"
    QDateTime time; ///< UTC
    QString findingId;
    QString planId;
    QString planTitle;
    QList<JournalFile> files;
    std::optional<JournalGoEnv> goEnv;
    QList<JournalCommit> commits;
    bool undone = false;
    QDateTime undoneTime;
    bool bytesLoaded = false; ///< entries() loads manifests only; entry() loads the bytes too
};

/// The outcome of Journal::undo().
struct UndoResult
{
    bool ok = false;
    QString error;
    QStringList changedSinceFix; ///< files whose bytes are no longer what the fix wrote (nothing restored)
    QStringList restored; ///< files put back (or removed, for created files)
};

/// The undo journal: one folder per applied fix, "<id>/manifest.json" plus the byte blobs,
/// under $XDG_STATE_HOME/gomoddoctor/journal (default ~/.local/state/gomoddoctor/journal).
/// An entry is created in a temporary folder and renamed into place, so it is either complete
/// or absent; the folder is private (0700) because blobs may hold credentials from env files.
/// Plain functions on files: use it from a worker thread, one Journal per folder at a time.
class Journal
{
public:
    /// `directory` empty = defaultDirectory().
    explicit Journal(const QString& directory = QString());

    /// $XDG_STATE_HOME/gomoddoctor/journal when XDG_STATE_HOME is absolute, else
    /// $HOME/.local/state/gomoddoctor/journal (XDG Base Directory specification).
    static QString defaultDirectory(const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    QString directory() const { return m_dir; }

    /// Stores `entry`: assigns id and time, computes the hashes; returns the id or "" with `error`.
    QString record(JournalEntry& entry, QString* error = nullptr);
    /// Every complete entry, oldest first, without their bytes.
    QList<JournalEntry> entries() const;
    /// One entry with its bytes (hashes verified); nullopt with `error` when absent or damaged.
    std::optional<JournalEntry> entry(const QString& id, QString* error = nullptr) const;
    /// The newest entry (by default the newest not undone yet), without bytes.
    std::optional<JournalEntry> lastEntry(bool includeUndone = false) const;
    /// Records the commits made for entry `id` after it was recorded.
    bool setCommits(const QString& id, const QList<JournalCommit>& commits, QString* error = nullptr);

    /// Restores the bytes every file had before the fix (created files are removed, the go env
    /// file is put back byte for byte), verified by SHA-256 afterwards, and marks the entry undone.
    /// Refuses, writing nothing, when a file changed after the fix or the entry is already
    /// undone. A git commit made for the fix stays: the restored file shows as modified.
    UndoResult undo(const QString& id, const AtomicWriteOptions& options = {});

private:
    std::optional<JournalEntry> load(const QString& id, bool withBytes, QString* error) const;
    bool writeManifest(const JournalEntry& entry, const QString& folder, bool replace, QString* error);

    QString m_dir;
};

/// Hex SHA-256 of `bytes`.
QByteArray sha256Hex(const QByteArray& bytes);

} // namespace gmd
