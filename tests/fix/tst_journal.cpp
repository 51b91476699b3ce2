// SPDX-License-Identifier: MIT
// The undo journal (issue 5 section 5): undo restores byte-identical content (by hash), also
// after a restart (a new Journal object), refuses when a file changed after the fix, removes
// files the fix created, restores the go env file, and lists entries in time order.
#include "fix/applyplan.h"
#include "fix/journal.h"
#include "fixtestutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gmd;
using namespace fixtest;

class TestJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void undoAfterRestart();
    void refusesWhenModifiedAfterFix();
    void refusesWhenCreatedFileRemoved();
    void undoTwiceRefused();
    void goEnvFileRestored_data();
    void goEnvFileRestored();
    void entriesInTimeOrder();
    void damagedBlobDetected();
    void defaultDirectory();

private:
    QString path(const QString& name) const { return m_tmp->filePath(u"work/"_s + name); }
    QString journalDir() const { return m_tmp->filePath(u"state/journal"_s); }
    /// Applies a plan that edits go.mod (CRLF, no final newline) and creates go.work.
    QString applySample();

    std::unique_ptr<QTemporaryDir> m_tmp;
};

const QByteArray kOld = "\xEF\xBB\xBFmodule x\r\n\r\nrequire y v1";
const QByteArray kNew = "\xEF\xBB\xBFmodule x\r\n\r\ngo 1.22\r\nrequire y v1";

void TestJournal::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

QString TestJournal::applySample()
{
    writeBytes(path(u"go.mod"_s), kOld, 0640);
    FixPlan p;
    p.id = u"GMD180:go.mod:1"_s;
    p.findingId = u"GMD180"_s;
    p.title = u"Add the go directive"_s;
    p.edits = { FileEdit { path(u"go.mod"_s), false, kOld, kNew },
        FileEdit { path(u"go.work"_s), true, {}, "go 1.22\n" } };
    ApplyOptions o;
    o.journalDirectory = journalDir();
    const ApplyResult r = applyPlan(p, o);
    if (!r.ok)
        qWarning("%s", qPrintable(r.error));
    return r.journalEntryId;
}

void TestJournal::undoAfterRestart()
{
    const QString id = applySample();
    QVERIFY(!id.isEmpty());
    QCOMPARE(readBytes(path(u"go.mod"_s)), kNew);

    Journal journal(journalDir()); // a new object: everything comes from disk
    const QList<JournalEntry> all = journal.entries();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].id, id);
    QCOMPARE(all[0].planTitle, u"Add the go directive"_s);
    QCOMPARE(all[0].files.size(), 2);
    QCOMPARE(all[0].files[0].mode, 0640u);
    QVERIFY(all[0].files[1].created);
    QCOMPARE(all[0].time.timeSpec(), Qt::UTC);
    QCOMPARE(journal.lastEntry()->id, id);

    const UndoResult u = journal.undo(id);
    QVERIFY2(u.ok, qPrintable(u.error));
    QCOMPARE(sha(readBytes(path(u"go.mod"_s))), sha(kOld));
    QCOMPARE(fileMode(path(u"go.mod"_s)), 0640u);
    QVERIFY(!QFileInfo::exists(path(u"go.work"_s)));
    QCOMPARE(listDir(m_tmp->filePath(u"work"_s)), QStringList { u"go.mod"_s });

    Journal again(journalDir());
    QVERIFY(!again.lastEntry());
    const auto undone = again.lastEntry(true);
    QVERIFY(undone && undone->undone && undone->undoneTime.isValid());
    QCOMPARE(QFileInfo(journalDir()).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void TestJournal::refusesWhenModifiedAfterFix()
{
    const QString id = applySample();
    QVERIFY(!id.isEmpty());
    const QByteArray edited = kNew + "\r\n// user edit";
    QVERIFY(writeBytes(path(u"go.mod"_s), edited, 0640));
    const UndoResult u = Journal(journalDir()).undo(id);
    QVERIFY(!u.ok);
    QCOMPARE(u.changedSinceFix, QStringList { path(u"go.mod"_s) });
    QVERIFY2(u.error.contains(path(u"go.mod"_s)) && u.error.contains(u"nothing was restored"_s), qPrintable(u.error));
    QCOMPARE(readBytes(path(u"go.mod"_s)), edited);
    QCOMPARE(readBytes(path(u"go.work"_s)), QByteArray("go 1.22\n")); // not removed either
    QVERIFY(!Journal(journalDir()).entries().at(0).undone);
}

void TestJournal::refusesWhenCreatedFileRemoved()
{
    const QString id = applySample();
    QVERIFY(QFile::remove(path(u"go.work"_s)));
    const UndoResult u = Journal(journalDir()).undo(id);
    QVERIFY(!u.ok);
    QCOMPARE(u.changedSinceFix, QStringList { path(u"go.work"_s) });
    QCOMPARE(readBytes(path(u"go.mod"_s)), kNew);
}

void TestJournal::undoTwiceRefused()
{
    const QString id = applySample();
    Journal journal(journalDir());
    QVERIFY(journal.undo(id).ok);
    const UndoResult again = journal.undo(id);
    QVERIFY(!again.ok);
    QVERIFY(again.error.contains(u"already undone"_s));
    QVERIFY(!journal.undo(u"20000101T000000.000Z-10000"_s).ok);
}

void TestJournal::goEnvFileRestored_data()
{
    QTest::addColumn<bool>("existedBefore");
    QTest::addRow("env file existed") << true;
    QTest::addRow("env file created by go env -w") << false;
}

void TestJournal::goEnvFileRestored()
{
    QFETCH(bool, existedBefore);
    const QString envFile = m_tmp->filePath(u"config/go/env"_s);
    JournalEntry e;
    e.findingId = u"GMD100"_s;
    e.planId = u"GMD100:GOPROXY:1"_s;
    e.planTitle = u"Use the proxy"_s;
    JournalGoEnv g;
    g.file = envFile;
    g.existedBefore = existedBefore;
    g.oldBytes = existedBefore ? QByteArray("GOPROXY=off\n") : QByteArray();
    g.existsAfter = true;
    g.newBytes = "GOPROXY=https://proxy.golang.org\n";
    g.changes = { GoEnvChange { u"GOPROXY"_s, u"https://proxy.golang.org"_s } };
    e.goEnv = g;
    QVERIFY(writeBytes(envFile, g.newBytes, 0600));
    Journal journal(journalDir());
    QString error;
    const QString id = journal.record(e, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    const UndoResult u = Journal(journalDir()).undo(id);
    QVERIFY2(u.ok, qPrintable(u.error));
    if (existedBefore) {
        QCOMPARE(sha(readBytes(envFile)), sha("GOPROXY=off\n"));
        QCOMPARE(fileMode(envFile), 0600u);
    } else {
        QVERIFY(!QFileInfo::exists(envFile));
    }
}

void TestJournal::entriesInTimeOrder()
{
    Journal journal(journalDir());
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        JournalEntry e;
        e.planId = u"p%1"_s.arg(i);
        ids.append(journal.record(e));
        QTest::qWait(2);
    }
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(sorted, ids); // ids sort by time
    QStringList listed;
    for (const JournalEntry& e : Journal(journalDir()).entries())
        listed.append(e.planId);
    QCOMPARE(listed, (QStringList { u"p0"_s, u"p1"_s, u"p2"_s }));
    QCOMPARE(journal.lastEntry()->planId, u"p2"_s);
}

void TestJournal::damagedBlobDetected()
{
    const QString id = applySample();
    QVERIFY(writeBytes(journalDir() + u'/' + id + u"/f0.old"_s, "tampered"));
    QString error;
    QVERIFY(!Journal(journalDir()).entry(id, &error));
    QVERIFY2(error.contains(u"SHA-256"_s), qPrintable(error));
    QVERIFY(!Journal(journalDir()).undo(id).ok);
    QCOMPARE(readBytes(path(u"go.mod"_s)), kNew);
}

void TestJournal::defaultDirectory()
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, u"/home/u"_s);
    QCOMPARE(Journal::defaultDirectory(env), u"/home/u/.local/state/gomoddoctor/journal"_s);
    env.insert(u"XDG_STATE_HOME"_s, u"relative/ignored"_s);
    QCOMPARE(Journal::defaultDirectory(env), u"/home/u/.local/state/gomoddoctor/journal"_s);
    env.insert(u"XDG_STATE_HOME"_s, u"/x/state"_s);
    QCOMPARE(Journal::defaultDirectory(env), u"/x/state/gomoddoctor/journal"_s);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
