// SPDX-License-Identifier: MIT
#include "journal.h"

#include "common/textfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

const QString kManifest = u"manifest.json"_s;

QString isoTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

QJsonObject changesToJson(const QList<GoEnvChange>& changes, const QMap<QString, QString>& oldValues, QJsonObject o)
{
    QJsonArray list;
    for (const GoEnvChange& c : changes) {
        QJsonObject co { { u"key"_s, c.key } };
        if (c.value)
            co.insert(u"value"_s, *c.value);
        else
            co.insert(u"unset"_s, true);
        list.append(co);
    }
    o.insert(u"changes"_s, list);
    QJsonObject values;
    for (auto it = oldValues.begin(); it != oldValues.end(); ++it)
        values.insert(it.key(), it.value());
    o.insert(u"oldValues"_s, values);
    return o;
}

QByteArray manifestJson(const JournalEntry& e)
{
    QJsonObject o;
    o.insert(u"version"_s, 1);
    o.insert(u"id"_s, e.id);
    o.insert(u"time"_s, isoTime(e.time));
    o.insert(u"findingId"_s, e.findingId);
    o.insert(u"planId"_s, e.planId);
    o.insert(u"planTitle"_s, e.planTitle);
    o.insert(u"undone"_s, e.undone);
    o.insert(u"undoneTime"_s, isoTime(e.undoneTime));
    QJsonArray files;
    for (qsizetype i = 0; i < e.files.size(); ++i) {
        const JournalFile& f = e.files[i];
        files.append(QJsonObject { { u"path"_s, f.path }, { u"created"_s, f.created }, { u"mode"_s, qint64(f.mode) },
            { u"old"_s, u"f%1.old"_s.arg(i) }, { u"new"_s, u"f%1.new"_s.arg(i) },
            { u"oldSha256"_s, QString::fromLatin1(f.oldSha256) },
            { u"newSha256"_s, QString::fromLatin1(f.newSha256) } });
    }
    o.insert(u"files"_s, files);
    if (e.goEnv) {
        const JournalGoEnv& g = *e.goEnv;
        o.insert(u"goEnv"_s,
            changesToJson(g.changes, g.oldValues,
                QJsonObject { { u"file"_s, g.file }, { u"existedBefore"_s, g.existedBefore },
                    { u"existsAfter"_s, g.existsAfter }, { u"old"_s, u"env.old"_s }, { u"new"_s, u"env.new"_s },
                    { u"oldSha256"_s, QString::fromLatin1(g.oldSha256) },
                    { u"newSha256"_s, QString::fromLatin1(g.newSha256) } }));
    }
    QJsonArray commits;
    for (const JournalCommit& c : e.commits)
        commits.append(QJsonObject { { u"repositoryRoot"_s, c.repositoryRoot }, { u"commitId"_s, c.commitId } });
    o.insert(u"commits"_s, commits);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

/// Reads one blob and checks it against the manifest's hash.
bool readBlob(const QString& folder, const QString& name, const QByteArray& sha, QByteArray* out, QString* error)
{
    const FileReadResult r = readTextFile(folder + u'/' + name, kDefaultMaxTextFile, false);
    if (!r.ok()) {
        setError(error, u"Journal blob damaged: %1"_s.arg(r.message));
        return false;
    }
    if (sha256Hex(r.bytes) != sha) {
        setError(error, u"Journal blob '%1/%2' does not match its recorded SHA-256."_s.arg(folder, name));
        return false;
    }
    *out = r.bytes;
    return true;
}

QString newId()
{
    // Time-sortable: UTC with milliseconds, then a random suffix against same-millisecond clashes.
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss.zzz'Z'"_s) + u'-'
        + QString::number(0x10000 + QRandomGenerator::global()->bounded(0xf0000), 16);
}

} // namespace

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

Journal::Journal(const QString& directory)
    : m_dir(directory.isEmpty() ? defaultDirectory() : QDir::cleanPath(directory))
{ }

QString Journal::defaultDirectory(const QProcessEnvironment& environment)
{
    const QString state = environment.value(u"XDG_STATE_HOME"_s);
    if (QDir::isAbsolutePath(state))
        return QDir::cleanPath(state + u"/gomoddoctor/journal"_s);
    const QString home = environment.value(u"HOME"_s, QDir::homePath());
    return QDir::cleanPath(home + u"/.local/state/gomoddoctor/journal"_s);
}

QString Journal::record(JournalEntry& entry, QString* error)
{
    if (!QDir().mkpath(m_dir)) {
        setError(error, u"Cannot create the journal folder '%1'."_s.arg(m_dir));
        return {};
    }
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    entry.time = QDateTime::currentDateTimeUtc();
    entry.undone = false;
    for (JournalFile& f : entry.files) {
        f.oldSha256 = sha256Hex(f.oldBytes);
        f.newSha256 = sha256Hex(f.newBytes);
    }
    if (entry.goEnv) {
        entry.goEnv->oldSha256 = sha256Hex(entry.goEnv->oldBytes);
        entry.goEnv->newSha256 = sha256Hex(entry.goEnv->newBytes);
    }
    for (int attempt = 0; attempt < 20; ++attempt) {
        entry.id = newId();
        if (!QFileInfo::exists(m_dir + u'/' + entry.id))
            break;
    }
    // Build the entry in a hidden temporary folder, then rename it into place (complete or absent).
    const QString tmp = m_dir + u"/."_s + entry.id + u".tmp"_s;
    if (!QDir().mkdir(tmp)) {
        setError(error, u"Cannot create the journal folder '%1'."_s.arg(tmp));
        return {};
    }
    QList<FileChange> blobs;
    for (qsizetype i = 0; i < entry.files.size(); ++i) {
        blobs.append(FileChange { tmp + u"/f%1.old"_s.arg(i), std::nullopt, entry.files[i].oldBytes });
        blobs.append(FileChange { tmp + u"/f%1.new"_s.arg(i), std::nullopt, entry.files[i].newBytes });
    }
    if (entry.goEnv) {
        blobs.append(FileChange { tmp + u"/env.old"_s, std::nullopt, entry.goEnv->oldBytes });
        blobs.append(FileChange { tmp + u"/env.new"_s, std::nullopt, entry.goEnv->newBytes });
    }
    blobs.append(FileChange { tmp + u'/' + kManifest, std::nullopt, manifestJson(entry) });
    const AtomicWriteResult written = writeFilesAtomically(blobs);
    const QString target = m_dir + u'/' + entry.id;
    if (!written.ok || std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(target).constData()) != 0) {
        QDir(tmp).removeRecursively();
        setError(error,
            u"Cannot write the journal entry in '%1': %2"_s.arg(
                m_dir, written.ok ? u"rename failed"_s : written.error));
        return {};
    }
    return entry.id;
}

std::optional<JournalEntry> Journal::load(const QString& id, bool withBytes, QString* error) const
{
    const QString folder = m_dir + u'/' + id;
    const FileReadResult read = readTextFile(folder + u'/' + kManifest, kDefaultMaxTextFile, false);
    if (id.isEmpty() || id.contains(u'/') || !read.ok()) {
        setError(error, u"There is no journal entry '%1' in '%2'."_s.arg(id, m_dir));
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(read.bytes).object();
    if (o.value(u"version"_s).toInt() != 1 || o.value(u"id"_s).toString() != id) {
        setError(error, u"Journal entry '%1' is damaged (manifest unreadable)."_s.arg(id));
        return std::nullopt;
    }
    JournalEntry e;
    e.id = id;
    e.time = QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs);
    e.findingId = o.value(u"findingId"_s).toString();
    e.planId = o.value(u"planId"_s).toString();
    e.planTitle = o.value(u"planTitle"_s).toString();
    e.undone = o.value(u"undone"_s).toBool();
    e.undoneTime = QDateTime::fromString(o.value(u"undoneTime"_s).toString(), Qt::ISODateWithMs);
    e.bytesLoaded = withBytes;
    const QJsonArray files = o.value(u"files"_s).toArray();
    for (const QJsonValue& v : files) {
        const QJsonObject fo = v.toObject();
        JournalFile f;
        f.path = fo.value(u"path"_s).toString();
        f.created = fo.value(u"created"_s).toBool();
        f.mode = quint32(fo.value(u"mode"_s).toInteger());
        f.oldSha256 = fo.value(u"oldSha256"_s).toString().toLatin1();
        f.newSha256 = fo.value(u"newSha256"_s).toString().toLatin1();
        if (withBytes
            && (!readBlob(folder, fo.value(u"old"_s).toString(), f.oldSha256, &f.oldBytes, error)
                || !readBlob(folder, fo.value(u"new"_s).toString(), f.newSha256, &f.newBytes, error)))
            return std::nullopt;
        e.files.append(f);
    }
    if (o.contains(u"goEnv"_s)) {
        const QJsonObject go = o.value(u"goEnv"_s).toObject();
        JournalGoEnv g;
        g.file = go.value(u"file"_s).toString();
        g.existedBefore = go.value(u"existedBefore"_s).toBool();
        g.existsAfter = go.value(u"existsAfter"_s).toBool();
        g.oldSha256 = go.value(u"oldSha256"_s).toString().toLatin1();
        g.newSha256 = go.value(u"newSha256"_s).toString().toLatin1();
        const QJsonArray changes = go.value(u"changes"_s).toArray();
        for (const QJsonValue& v : changes) {
            const QJsonObject co = v.toObject();
            GoEnvChange c { co.value(u"key"_s).toString(), std::nullopt };
            if (!co.value(u"unset"_s).toBool())
                c.value = co.value(u"value"_s).toString();
            g.changes.append(c);
        }
        const QJsonObject values = go.value(u"oldValues"_s).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            g.oldValues.insert(it.key(), it.value().toString());
        if (withBytes
            && (!readBlob(folder, go.value(u"old"_s).toString(), g.oldSha256, &g.oldBytes, error)
                || !readBlob(folder, go.value(u"new"_s).toString(), g.newSha256, &g.newBytes, error)))
            return std::nullopt;
        e.goEnv = g;
    }
    const QJsonArray commits = o.value(u"commits"_s).toArray();
    for (const QJsonValue& v : commits) {
        const QJsonObject co = v.toObject();
        e.commits.append(
            JournalCommit { co.value(u"repositoryRoot"_s).toString(), co.value(u"commitId"_s).toString() });
    }
    return e;
}

QList<JournalEntry> Journal::entries() const
{
    QList<JournalEntry> out;
    // Hidden ".<id>.tmp" folders are unfinished records and are skipped.
    const QStringList ids = QDir(m_dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& id : ids) {
        if (auto e = load(id, false, nullptr))
            out.append(*e);
    }
    return out;
}

std::optional<JournalEntry> Journal::entry(const QString& id, QString* error) const
{
    return load(id, true, error);
}

std::optional<JournalEntry> Journal::lastEntry(bool includeUndone) const
{
    const QList<JournalEntry> all = entries();
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (includeUndone || !it->undone)
            return *it;
    }
    return std::nullopt;
}

bool Journal::writeManifest(const JournalEntry& entry, const QString& folder, bool replace, QString* error)
{
    const QString path = folder + u'/' + kManifest;
    std::optional<QByteArray> expected;
    if (replace) {
        const FileReadResult current = readTextFile(path, kDefaultMaxTextFile, false);
        if (!current.ok()) {
            setError(error, current.message);
            return false;
        }
        expected = current.bytes;
    }
    const AtomicWriteResult r = writeFilesAtomically({ FileChange { path, expected, manifestJson(entry) } });
    if (!r.ok)
        setError(error, r.error);
    return r.ok;
}

bool Journal::setCommits(const QString& id, const QList<JournalCommit>& commits, QString* error)
{
    auto e = load(id, false, error);
    if (!e)
        return false;
    e->commits = commits;
    return writeManifest(*e, m_dir + u'/' + id, true, error);
}

} // namespace gmd
