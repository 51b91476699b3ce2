// SPDX-License-Identifier: MIT
// Git integration (issue 5 section 6) in a temporary repository with unrelated staged and
// unstaged changes: status per file, commitFilesOnly commits only the fixed file and leaves
// every other change staged/unstaged exactly as before (checked with the git CLI), the first
// commit on an unborn branch, a missing user identity, and applyPlan with commitToGit.
#include "fix/applyplan.h"
#include "fix/gitintegration.h"
#include "fixtestutil.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

using namespace Qt::Literals::StringLiterals;
using namespace gmd;
using namespace fixtest;

class TestGitIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void status();
    void statusOutsideRepository();
    void commitsOnlyTheFixedFiles();
    void commitsNewFile();
    void raceyCleanEditStaysModified();
    void firstCommitOnUnbornBranch();
    void missingIdentity();
    void applyWithCommit();
    void applyRefusesDirtyFile();

private:
    QString git(const QStringList& args, int* exit = nullptr)
    {
        return QString::fromUtf8(runGit(m_repo, args, m_env, exit));
    }
    QString file(const QString& name) const { return m_repo + u'/' + name; }
    void makeRepository(bool withIdentity, bool withCommit);

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_repo;
};

void TestGitIntegration::initTestCase()
{
    if (gitExecutable().isEmpty())
        QSKIP("git is not installed");
    // Neither libgit2 nor the git CLI may see the developer's (or the machine's) configuration.
    m_env = isolatedGitEnvironment(m_home.path());
    git_libgit2_init();
    for (int level :
        { GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_PROGRAMDATA })
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, QFile::encodeName(m_home.path()).constData());
}

void TestGitIntegration::makeRepository(bool withIdentity, bool withCommit)
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_repo = QFileInfo(m_tmp->path()).canonicalFilePath() + u"/repo"_s;
    QDir().mkpath(m_repo);
    git({ u"init"_s, u"-q"_s, u"-b"_s, u"main"_s });
    if (withIdentity) {
        git({ u"config"_s, u"user.name"_s, u"Fix Tester"_s });
        git({ u"config"_s, u"user.email"_s, u"fix@example.invalid"_s });
    }
    writeBytes(file(u"go.mod"_s), "module example.com/x\n");
    writeBytes(file(u"staged.txt"_s), "one\n");
    writeBytes(file(u"unstaged.txt"_s), "one\n");
    writeBytes(file(u"sub/both.txt"_s), "one\n");
    if (!withCommit)
        return;
    git({ u"add"_s, u"."_s });
    git({ u"-c"_s, u"user.name=Setup"_s, u"-c"_s, u"user.email=setup@example.invalid"_s, u"commit"_s, u"-q"_s, u"-m"_s,
        u"initial"_s });
    // Unrelated changes the fix must not sweep in.
    writeBytes(file(u"staged.txt"_s), "two\n");
    git({ u"add"_s, u"staged.txt"_s });
    writeBytes(file(u"unstaged.txt"_s), "two\n");
    writeBytes(file(u"sub/both.txt"_s), "two\n");
    git({ u"add"_s, u"sub/both.txt"_s });
    writeBytes(file(u"sub/both.txt"_s), "three\n");
    writeBytes(file(u"untracked.txt"_s), "new\n");
}

void TestGitIntegration::init()
{
    makeRepository(true, true);
}

void TestGitIntegration::status()
{
    const GitFileStatus mod = gitStatusFor(file(u"go.mod"_s));
    QVERIFY2(mod.error.isEmpty(), qPrintable(mod.error));
    QVERIFY(mod.inRepository && mod.tracked && !mod.hasUncommittedChanges());
    QCOMPARE(mod.repositoryRoot, m_repo);
    QCOMPARE(mod.relativePath, u"go.mod"_s);
    const GitFileStatus staged = gitStatusFor(file(u"staged.txt"_s));
    QVERIFY(staged.tracked && staged.staged && !staged.unstaged);
    const GitFileStatus unstaged = gitStatusFor(file(u"unstaged.txt"_s));
    QVERIFY(unstaged.tracked && !unstaged.staged && unstaged.unstaged);
    const GitFileStatus both = gitStatusFor(file(u"sub/both.txt"_s));
    QVERIFY(both.staged && both.unstaged);
    QCOMPARE(both.relativePath, u"sub/both.txt"_s);
    const GitFileStatus untracked = gitStatusFor(file(u"untracked.txt"_s));
    QVERIFY(untracked.inRepository && !untracked.tracked);
    const GitFileStatus missing = gitStatusFor(file(u"new/go.work"_s));
    QVERIFY(missing.inRepository && !missing.tracked && !missing.hasUncommittedChanges());
    QCOMPARE(missing.relativePath, u"new/go.work"_s);
}

void TestGitIntegration::statusOutsideRepository()
{
    QTemporaryDir outside;
    writeBytes(outside.filePath(u"go.mod"_s), "module x\n");
    const GitFileStatus s = gitStatusFor(outside.filePath(u"go.mod"_s));
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QVERIFY(!s.inRepository && !s.tracked);
}

void TestGitIntegration::commitsOnlyTheFixedFiles()
{
    const QString headBefore = git({ u"rev-parse"_s, u"HEAD"_s }).trimmed();
    const QString statusBefore = git({ u"status"_s, u"--porcelain"_s });
    writeBytes(file(u"go.mod"_s), "module example.com/x\n\ngo 1.22\n");
    const GitCommitResult c = commitFilesOnly(m_repo, { file(u"go.mod"_s) }, u"Fix GMD180: add the go directive"_s);
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(git({ u"rev-parse"_s, u"HEAD"_s }).trimmed(), c.commitId);
    QCOMPARE(git({ u"rev-parse"_s, u"HEAD~1"_s }).trimmed(), headBefore);
    QCOMPARE(git({ u"show"_s, u"--stat"_s, u"--format="_s, u"HEAD"_s }).trimmed(),
        u"go.mod | 2 ++\n 1 file changed, 2 insertions(+)"_s);
    QCOMPARE(git({ u"log"_s, u"-1"_s, u"--format=%s|%an|%ae"_s }).trimmed(),
        u"Fix GMD180: add the go directive|Fix Tester|fix@example.invalid"_s);
    // Every other change is exactly as before: same porcelain status, same staged content.
    QCOMPARE(git({ u"status"_s, u"--porcelain"_s }), statusBefore);
    QCOMPARE(git({ u"show"_s, u":staged.txt"_s }), u"two\n"_s);
    QCOMPARE(git({ u"show"_s, u":sub/both.txt"_s }), u"two\n"_s);
    QCOMPARE(git({ u"show"_s, u"HEAD:staged.txt"_s }), u"one\n"_s);
    QCOMPARE(readBytes(file(u"sub/both.txt"_s)), QByteArray("three\n"));
    QVERIFY(!gitStatusFor(file(u"go.mod"_s)).hasUncommittedChanges());
}

/// Racy git: an edit at the same size whose file time equals the index entry's (a write in the
/// same clock tick as the commit before it) must still show as modified after the fix commit
/// rewrote the index. With core.trustctime off, equal mtime and size are what git trusts; the
/// index file gets the same time so the entry is racily clean when commitFilesOnly() reads it.
void TestGitIntegration::raceyCleanEditStaysModified()
{
    git({ u"config"_s, u"core.trustctime"_s, u"false"_s });
    const QString debug = git({ u"ls-files"_s, u"--debug"_s, u"unstaged.txt"_s });
    const QRegularExpression mtime(u"mtime: ([0-9]+):([0-9]+)"_s);
    const QRegularExpressionMatch m = mtime.match(debug);
    QVERIFY2(m.hasMatch(), qPrintable(debug));
    const QString stamp = u"@%1.%2"_s.arg(m.captured(1), m.captured(2).rightJustified(9, u'0'));
    // unstaged.txt holds "two\n" (same size as the committed "one\n"): give it the entry's time.
    for (const QString& path : QStringList { file(u"unstaged.txt"_s), m_repo + u"/.git/index"_s }) {
        QProcess touch;
        touch.start(u"touch"_s, { u"-d"_s, stamp, path });
        QVERIFY(touch.waitForFinished(10000) && touch.exitCode() == 0);
    }
    QTest::qWait(1100); // the fix commit writes the index a second later
    writeBytes(file(u"go.mod"_s), "module example.com/x\n\ngo 1.22\n");
    const GitCommitResult c = commitFilesOnly(m_repo, { file(u"go.mod"_s) }, u"Fix GMD180: add the go directive"_s);
    QVERIFY2(c.ok, qPrintable(c.error));
    const QString status = git({ u"status"_s, u"--porcelain"_s, u"--untracked-files=no"_s });
    QVERIFY2(status.contains(u" M unstaged.txt"_s), qPrintable(status));
    QVERIFY2(!status.contains(u"go.mod"_s), qPrintable(status));
}

void TestGitIntegration::commitsNewFile()
{
    writeBytes(file(u"tools/go.work"_s), "go 1.22\n");
    const QString statusBefore = git({ u"status"_s, u"--porcelain"_s, u"--untracked-files=no"_s });
    const GitCommitResult c = commitFilesOnly(m_repo, { file(u"tools/go.work"_s) }, u"Fix GMD181"_s);
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(git({ u"show"_s, u"--name-status"_s, u"--format="_s, u"HEAD"_s }).trimmed(), u"A\ttools/go.work"_s);
    QCOMPARE(git({ u"status"_s, u"--porcelain"_s, u"--untracked-files=no"_s }), statusBefore);
    QVERIFY(gitStatusFor(file(u"tools/go.work"_s)).tracked);
}

void TestGitIntegration::firstCommitOnUnbornBranch()
{
    makeRepository(true, false);
    const GitCommitResult c = commitFilesOnly(m_repo, { file(u"go.mod"_s) }, u"Fix GMD180"_s);
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(git({ u"ls-tree"_s, u"--name-only"_s, u"HEAD"_s }).trimmed(), u"go.mod"_s);
    QCOMPARE(git({ u"rev-list"_s, u"--count"_s, u"HEAD"_s }).trimmed(), u"1"_s);
}

void TestGitIntegration::missingIdentity()
{
    makeRepository(false, true);
    const QString head = git({ u"rev-parse"_s, u"HEAD"_s }).trimmed();
    const QString problem = gitSignatureProblem(m_repo);
    QVERIFY2(problem.contains(u"user.name"_s) && problem.contains(m_repo), qPrintable(problem));
    writeBytes(file(u"go.mod"_s), "module example.com/y\n");
    const GitCommitResult c = commitFilesOnly(m_repo, { file(u"go.mod"_s) }, u"Fix"_s);
    QVERIFY(!c.ok);
    QVERIFY2(c.error.contains(u"user.name"_s), qPrintable(c.error));
    QCOMPARE(git({ u"rev-parse"_s, u"HEAD"_s }).trimmed(), head);
}

void TestGitIntegration::applyWithCommit()
{
    const QString statusBefore = git({ u"status"_s, u"--porcelain"_s });
    FixPlan p;
    p.id = u"GMD180:go.mod:1"_s;
    p.findingId = u"GMD180"_s;
    p.title = u"Add the go directive"_s;
    p.edits = { FileEdit { file(u"go.mod"_s), false, "module example.com/x\n", "module example.com/x\n\ngo 1.22\n" } };
    ApplyOptions o;
    o.journalDirectory = m_tmp->filePath(u"journal"_s);
    o.commitToGit = true;
    const ApplyResult r = applyPlan(p, o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.commits.size(), 1);
    QCOMPARE(r.commits[0].commitId, git({ u"rev-parse"_s, u"HEAD"_s }).trimmed());
    QVERIFY(git({ u"log"_s, u"-1"_s, u"--format=%B"_s }).startsWith(u"Fix GMD180: Add the go directive\n"_s));
    QCOMPARE(git({ u"status"_s, u"--porcelain"_s }), statusBefore);
    QCOMPARE(Journal(o.journalDirectory).entry(r.journalEntryId)->commits.value(0).commitId, r.commits[0].commitId);
}

void TestGitIntegration::applyRefusesDirtyFile()
{
    FixPlan p;
    p.id = u"x:unstaged.txt:1"_s;
    p.edits = { FileEdit { file(u"unstaged.txt"_s), false, "two\n", "fixed\n" } };
    ApplyOptions o;
    o.journalDirectory = m_tmp->filePath(u"journal"_s);
    o.commitToGit = true;
    const ApplyResult r = applyPlan(p, o);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(u"uncommitted changes"_s), qPrintable(r.error));
    QCOMPARE(readBytes(file(u"unstaged.txt"_s)), QByteArray("two\n"));
}

QTEST_GUILESS_MAIN(TestGitIntegration)
#include "tst_gitintegration.moc"
