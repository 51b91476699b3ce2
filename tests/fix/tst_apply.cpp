// SPDX-License-Identifier: MIT
// applyPlan (issue 5 section 4): hashes after apply, refusal when a file changed since the
// preview, read-only files and folders (same for root), all-or-nothing multi-file plans with an
// injected and a real rename failure, modes kept, CRLF/BOM/final newline preserved, go env
// changes through a stand-in go.
#include "fix/applyplan.h"
#include "fix/textdocument.h"
#include "fixtestutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace gmd;
using namespace fixtest;

class TestApply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void appliesAndHashes();
    void preservesFormat_data();
    void preservesFormat();
    void refusesChangedSincePreview();
    void refusesExistingFileForCreate();
    void createsFile();
    void readOnlyFileRefused();
    void readOnlyFolderRefused();
    void pathInsideNonDirectory();
    void injectedSecondRenameFailure();
    void realSecondRenameFailure();
    void keepsMode_data();
    void keepsMode();
    void goEnvChanges();
    void goEnvFailureRollsBack();
    void manualPlanNotApplied();
    void followsSymlink();

private:
    FixPlan plan(const QList<FileEdit>& edits) const;
    ApplyOptions options() const;
    QString path(const QString& name) const { return m_tmp->filePath(u"work/"_s + name); }

    std::unique_ptr<QTemporaryDir> m_tmp;
};

FixPlan TestApply::plan(const QList<FileEdit>& edits) const
{
    FixPlan p;
    p.id = u"GMD180:go.mod:1"_s;
    p.findingId = u"GMD180"_s;
    p.title = u"Add the go directive"_s;
    p.edits = edits;
    return p;
}

ApplyOptions TestApply::options() const
{
    ApplyOptions o;
    o.journalDirectory = m_tmp->filePath(u"journal"_s);
    return o;
}

void TestApply::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    QDir().mkpath(m_tmp->filePath(u"work"_s));
}

void TestApply::cleanup()
{
    // Give write permission back so QTemporaryDir can remove everything.
    ::chmod(QFile::encodeName(m_tmp->filePath(u"work"_s)).constData(), 0755);
    m_tmp.reset();
}

void TestApply::appliesAndHashes()
{
    QVERIFY(writeBytes(path(u"go.mod"_s), "module x\n"));
    const QByteArray replacement = "module x\n\ngo 1.22\n";
    const ApplyResult r =
        applyPlan(plan({ FileEdit { path(u"go.mod"_s), false, "module x\n", replacement } }), options());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(sha(readBytes(path(u"go.mod"_s))), sha(replacement));
    QVERIFY(!r.journalEntryId.isEmpty());
    QCOMPARE(listDir(m_tmp->filePath(u"work"_s)), QStringList { u"go.mod"_s }); // no temporaries left
}

void TestApply::preservesFormat_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addRow("CRLF") << QByteArray("module x\r\n\r\nrequire y v1\r\n")
                          << QByteArray("module x\r\n\r\ngo 1.22\r\nrequire y v1\r\n");
    QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBFmodule x\n\nrequire y v1\n")
                         << QByteArray("\xEF\xBB\xBFmodule x\n\ngo 1.22\nrequire y v1\n");
    QTest::addRow("no final newline") << QByteArray("module x\n\nrequire y v1")
                                      << QByteArray("module x\n\ngo 1.22\nrequire y v1");
}

void TestApply::preservesFormat()
{
    QFETCH(QByteArray, before);
    QVERIFY(writeBytes(path(u"go.mod"_s), before));
    TextDocument doc = TextDocument::decode(before);
    doc.insertAfter(1, QStringList { u"go 1.22"_s });
    const ApplyResult r = applyPlan(plan({ FileEdit { path(u"go.mod"_s), false, before, doc.encode() } }), options());
    QVERIFY2(r.ok, qPrintable(r.error));
    QTEST(readBytes(path(u"go.mod"_s)), "after");
}

void TestApply::refusesChangedSincePreview()
{
    QVERIFY(writeBytes(path(u"go.mod"_s), "module x\n"));
    QVERIFY(writeBytes(path(u"go.sum"_s), "a\n"));
    const FixPlan p = plan({ FileEdit { path(u"go.sum"_s), false, "a\n", "b\n" },
        FileEdit { path(u"go.mod"_s), false, "module x\n", "module y\n" } });
    QVERIFY(writeBytes(path(u"go.mod"_s), "module x // edited\n")); // edited after the preview
    const ApplyResult r = applyPlan(p, options());
    QVERIFY(!r.ok);
    QCOMPARE(r.changedSincePreview, QStringList { path(u"go.mod"_s) });
    QVERIFY2(
        r.error.contains(path(u"go.mod"_s)) && r.error.contains(u"changed since the preview"_s), qPrintable(r.error));
    QCOMPARE(readBytes(path(u"go.mod"_s)), QByteArray("module x // edited\n"));
    QCOMPARE(readBytes(path(u"go.sum"_s)), QByteArray("a\n")); // the unchanged file was not written either
    QCOMPARE(listDir(m_tmp->filePath(u"work"_s)), (QStringList { u"go.mod"_s, u"go.sum"_s }));
    QVERIFY(!QFileInfo::exists(m_tmp->filePath(u"journal"_s)) || listDir(m_tmp->filePath(u"journal"_s)).isEmpty());
}

void TestApply::refusesExistingFileForCreate()
{
    QVERIFY(writeBytes(path(u"go.work"_s), "go 1.21\n"));
    const ApplyResult r = applyPlan(plan({ FileEdit { path(u"go.work"_s), true, {}, "go 1.22\n" } }), options());
    QVERIFY(!r.ok);
    QCOMPARE(r.changedSincePreview, QStringList { path(u"go.work"_s) });
    QCOMPARE(readBytes(path(u"go.work"_s)), QByteArray("go 1.21\n"));
}

void TestApply::createsFile()
{
    const mode_t mask = ::umask(022);
    const ApplyResult r = applyPlan(plan({ FileEdit { path(u"go.work"_s), true, {}, "go 1.22\n" } }), options());
    ::umask(mask);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(readBytes(path(u"go.work"_s)), QByteArray("go 1.22\n"));
    QCOMPARE(fileMode(path(u"go.work"_s)), 0644u);
}

void TestApply::readOnlyFileRefused()
{
    // chmod a-w: refused from the mode bits, so also when the test runs as root.
    QVERIFY(writeBytes(path(u"go.mod"_s), "module x\n", 0444));
    const ApplyResult r =
        applyPlan(plan({ FileEdit { path(u"go.mod"_s), false, "module x\n", "module y\n" } }), options());
    QVERIFY(!r.ok);
    QCOMPARE(r.notWritable, QStringList { path(u"go.mod"_s) });
    QVERIFY2(r.error.contains(path(u"go.mod"_s)) && r.error.contains(u"read-only"_s), qPrintable(r.error));
    QCOMPARE(readBytes(path(u"go.mod"_s)), QByteArray("module x\n"));
    QCOMPARE(fileMode(path(u"go.mod"_s)), 0444u);
}

void TestApply::readOnlyFolderRefused()
{
    QVERIFY(writeBytes(path(u"go.mod"_s), "module x\n"));
    QVERIFY(::chmod(QFile::encodeName(m_tmp->filePath(u"work"_s)).constData(), 0555) == 0);
    const ApplyResult r =
        applyPlan(plan({ FileEdit { path(u"go.mod"_s), false, "module x\n", "module y\n" } }), options());
    ::chmod(QFile::encodeName(m_tmp->filePath(u"work"_s)).constData(), 0755);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(u"Folder '%1' is read-only"_s.arg(m_tmp->filePath(u"work"_s))), qPrintable(r.error));
    QCOMPARE(readBytes(path(u"go.mod"_s)), QByteArray("module x\n"));
    QCOMPARE(listDir(m_tmp->filePath(u"work"_s)), QStringList { u"go.mod"_s });
}

void TestApply::pathInsideNonDirectory()
{
    QVERIFY(writeBytes(path(u"go.mod"_s), "module x\n"));
    QVERIFY(writeBytes(path(u"plainfile"_s), "x"));
    const ApplyResult r = applyPlan(plan({ FileEdit { path(u"go.mod"_s), false, "module x\n", "module y\n" },
                                        FileEdit { path(u"plainfile/go.work"_s), true, {}, "go 1.22\n" } }),
        options());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(path(u"plainfile/go.work"_s)), qPrintable(r.error));
    QCOMPARE(readBytes(path(u"go.mod"_s)), QByteArray("module x\n"));
}

void TestApply::injectedSecondRenameFailure()
{
    QVERIFY(writeBytes(path(u"a/go.mod"_s), "module a\n"));
    QVERIFY(writeBytes(path(u"b/go.mod"_s), "module b\n"));
    ApplyOptions o = options();
    o.writeOptions.beforeRename = [](int index, const QString&) { return index != 1; };
    const ApplyResult r = applyPlan(plan({ FileEdit { path(u"a/go.mod"_s), false, "module a\n", "module A\n" },
                                        FileEdit { path(u"b/go.mod"_s), false, "module b\n", "module B\n" } }),
        o);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(path(u"b/go.mod"_s)), qPrintable(r.error));
    QCOMPARE(sha(readBytes(path(u"a/go.mod"_s))), sha("module a\n")); // first file restored
    QCOMPARE(readBytes(path(u"b/go.mod"_s)), QByteArray("module b\n"));
    QCOMPARE(listDir(m_tmp->filePath(u"work/a"_s)), QStringList { u"go.mod"_s });
    QCOMPARE(listDir(m_tmp->filePath(u"work/b"_s)), QStringList { u"go.mod"_s });
}

void TestApply::realSecondRenameFailure()
{
    // A real rename(2) failure that root cannot override: just before the second rename the
    // target's folder is moved away and a plain file put in its place (ENOTDIR/ENOENT).
    QVERIFY(writeBytes(path(u"a/go.mod"_s), "module a\n", 0640));
    QVERIFY(writeBytes(path(u"b/go.mod"_s), "module b\n"));
    const QString b = m_tmp->filePath(u"work/b"_s);
    ApplyOptions o = options();
    o.writeOptions.beforeRename = [&](int index, const QString&) {
        if (index == 1) {
            QDir().rename(b, b + u".moved"_s);
            writeBytes(b, "not a folder");
        }
        return true;
    };
    const ApplyResult r = applyPlan(plan({ FileEdit { path(u"a/go.mod"_s), false, "module a\n", "module A\n" },
                                        FileEdit { path(u"b/go.mod"_s), false, "module b\n", "module B\n" } }),
        o);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(path(u"b/go.mod"_s)) && !r.error.contains(u"injected"_s), qPrintable(r.error));
    QCOMPARE(sha(readBytes(path(u"a/go.mod"_s))), sha("module a\n"));
    QCOMPARE(fileMode(path(u"a/go.mod"_s)), 0640u);
    QCOMPARE(listDir(m_tmp->filePath(u"work/a"_s)), QStringList { u"go.mod"_s });
    QVERIFY(r.journalEntryId.isEmpty());
}

void TestApply::keepsMode_data()
{
    QTest::addColumn<unsigned>("mode");
    QTest::addRow("0600 (secrets)") << 0600u;
    QTest::addRow("0640") << 0640u;
    QTest::addRow("0755 (script)") << 0755u;
}

void TestApply::keepsMode()
{
    QFETCH(unsigned, mode);
    QVERIFY(writeBytes(path(u"env"_s), "GOPROXY=off\n", mode));
    const ApplyResult r =
        applyPlan(plan({ FileEdit { path(u"env"_s), false, "GOPROXY=off\n", "GOPROXY=direct\n" } }), options());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(fileMode(path(u"env"_s)), mode);
}

namespace {

/// A stand-in for `go env`: -json prints {}, -w appends KEY=VALUE lines, -u removes KEY lines,
/// and "FAIL" as a value exits 1 (after writing, as a partial failure would).
QString fakeGo(const QString& dir)
{
    const QString script = dir + u"/go"_s;
    writeBytes(script,
        "#!/bin/sh\n"
        "[ \"$1\" = env ] || exit 2\nshift\n"
        "case \"$1\" in\n"
        "-json) echo '{\"GOPROXY\": \"off\"}' ;;\n"
        "-w) shift; for kv; do echo \"$kv\" >> \"$GOENV\"; case \"$kv\" in *FAIL*) echo 'go: boom' >&2; exit 1;; esac; "
        "done ;;\n"
        "-u) shift; for k; do grep -v \"^$k=\" \"$GOENV\" > \"$GOENV.new\"; mv \"$GOENV.new\" \"$GOENV\"; done ;;\n"
        "esac\n",
        0755);
    return script;
}

} // namespace

void TestApply::goEnvChanges()
{
    const QString envFile = m_tmp->filePath(u"config/go/env"_s);
    QVERIFY(writeBytes(envFile, "GOPROXY=off\nGOFLAGS=-mod=mod\n"));
    FixPlan p = plan({});
    p.goEnv = { GoEnvChange { u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s },
        GoEnvChange { u"GOFLAGS"_s, std::nullopt } };
    ApplyOptions o = options();
    o.goExecutable = fakeGo(m_tmp->path());
    o.goEnvFile = envFile;
    const ApplyResult r = applyPlan(p, o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(readBytes(envFile), QByteArray("GOPROXY=off\nGOPROXY=https://proxy.golang.org,direct\n"));
    const auto entry = Journal(o.journalDirectory).entry(r.journalEntryId);
    QVERIFY(entry && entry->goEnv);
    QCOMPARE(entry->goEnv->oldBytes, QByteArray("GOPROXY=off\nGOFLAGS=-mod=mod\n"));
    QCOMPARE(entry->goEnv->newBytes, readBytes(envFile));
    QCOMPARE(entry->goEnv->oldValues.value(u"GOPROXY"_s), u"off"_s);
}

void TestApply::goEnvFailureRollsBack()
{
    const QString envFile = m_tmp->filePath(u"config/go/env"_s);
    QVERIFY(writeBytes(envFile, "GOPROXY=off\n", 0600));
    QVERIFY(writeBytes(path(u"go.mod"_s), "module x\n"));
    FixPlan p = plan({ FileEdit { path(u"go.mod"_s), false, "module x\n", "module y\n" } });
    p.goEnv = { GoEnvChange { u"GOPROXY"_s, u"FAIL"_s } };
    ApplyOptions o = options();
    o.goExecutable = fakeGo(m_tmp->path());
    o.goEnvFile = envFile;
    const ApplyResult r = applyPlan(p, o);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(u"go: boom"_s), qPrintable(r.error));
    QCOMPARE(readBytes(envFile), QByteArray("GOPROXY=off\n"));
    QCOMPARE(fileMode(envFile), 0600u);
    QCOMPARE(readBytes(path(u"go.mod"_s)), QByteArray("module x\n"));
    QVERIFY(Journal(o.journalDirectory).entries().isEmpty());
}

void TestApply::manualPlanNotApplied()
{
    FixPlan p = plan({});
    p.safety = FixSafety::Manual;
    p.manual = { ManualStep { u"Ask the admin"_s, { u"git config --global url..."_s } } };
    const ApplyResult r = applyPlan(p, options());
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(u"manual"_s));
}

void TestApply::followsSymlink()
{
    // A dotfile manager's symlinked env file: the target is rewritten, the link stays a link.
    QVERIFY(writeBytes(path(u"real/env"_s), "GOPROXY=off\n", 0600));
    QVERIFY(QFile::link(path(u"real/env"_s), path(u"env"_s)));
    QVERIFY(checkFileChanges({ FileChange { path(u"env"_s), QByteArray("GOPROXY=off\n"), QByteArray("x\n") } }).ok);
    const ApplyResult r =
        applyPlan(plan({ FileEdit { path(u"env"_s), false, "GOPROXY=off\n", "GOPROXY=direct\n" } }), options());
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(QFileInfo(path(u"env"_s)).isSymLink());
    QCOMPARE(readBytes(path(u"real/env"_s)), QByteArray("GOPROXY=direct\n"));
    QCOMPARE(fileMode(path(u"real/env"_s)), 0600u);
}

QTEST_GUILESS_MAIN(TestApply)
#include "tst_apply.moc"
