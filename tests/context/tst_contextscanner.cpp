// SPDX-License-Identifier: MIT
// The context scanner: walk semantics (spec dockerignore.md 6), pruning, problems (symlink
// loops, unreadable folders, special files), suspicious inclusions, progress and cancellation.
// Folder trees come from an in-memory file system or a QTemporaryDir.
#include "context/contextscanner.h"
#include "memoryfs.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <limits>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using gmd::ContextProblem;

namespace {

gmd::PatternMatcher rules(const QByteArray& dockerignore)
{
    return gmd::PatternMatcher::fromIgnoreFile(gmd::parseIgnoreFile(dockerignore));
}

gmd::ContextScanResult scanMemory(MemoryFileSystem* fs, const QByteArray& dockerignore, gmd::ScanOptions options = {})
{
    auto owned = std::make_unique<MemoryFileSystem>(*fs);
    MemoryFileSystem* raw = owned.get();
    gmd::ContextScanner scanner(u"/ctx"_s, std::move(owned));
    scanner.setMatcher(rules(dockerignore));
    scanner.setOptions(options);
    gmd::ContextScanResult r = scanner.scan();
    fs->listed = raw->listed;
    return r;
}

QStringList problems(const gmd::ContextScanResult& r, ContextProblem::Kind kind)
{
    QStringList out;
    for (const ContextProblem& p : r.problems) {
        if (p.kind == kind)
            out.append(p.path + (p.excluded ? u" excluded"_s : QString()) + (p.breaksBuild ? u" breaks"_s : QString()));
    }
    return out;
}

bool writeSized(const QString& path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.resize(size); // sparse: no disk used
}

// A small Go project as memory and disk trees share it.
void fillProject(MemoryFileSystem& fs)
{
    fs.addFile(u"go.mod"_s, 100);
    fs.addFile(u"go.sum"_s, 2000);
    fs.addFile(u"main.go"_s, 300);
    fs.addFile(u"cmd/app/main.go"_s, 400);
    fs.addFile(u"vendor/modules.txt"_s, 50);
    fs.addFile(u"vendor/x/y.go"_s, 500);
    fs.addFile(u"vendor/keep.go"_s, 60);
    fs.addFile(u"node_modules/a/b.js"_s, 7000);
    fs.addFile(u"docs/a.md"_s, 10);
    fs.addDir(u"cache/sub"_s);
    fs.addFile(u"cache/x"_s, 5);
}

} // namespace

class TestContextScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void walkSemantics_data()
    {
        QTest::addColumn<QByteArray>("dockerignore");
        QTest::addColumn<bool>("measure");
        QTest::addColumn<QList<qint64>>("counts"); // included files, bytes, excluded files, bytes, pruned dirs
        QTest::addColumn<QStringList>("notListed");
        QTest::addRow("no ignore file sends everything")
            << QByteArray() << true << QList<qint64> { 10, 10425, 0, 0, 0 } << QStringList();
        QTest::addRow("spec 6.3 excluded dirs pruned without exceptions")
            << QByteArray("node_modules\nvendor\n") << false << QList<qint64> { 6, 2815, 0, 0, 2 }
            << QStringList { u"node_modules"_s, u"vendor"_s };
        QTest::addRow("spec 6.3 pruned dirs still measured")
            << QByteArray("node_modules\nvendor\n") << true << QList<qint64> { 6, 2815, 4, 7610, 2 } << QStringList();
        QTest::addRow("spec 6.3 exception below an excluded dir enters it")
            << QByteArray("vendor\n!vendor/keep.go\n") << false << QList<qint64> { 8, 9875, 1, 50, 1 } << QStringList();
        QTest::addRow("spec 6.2 directory exception after file pattern does nothing")
            << QByteArray("**/*.go\n!vendor\n") << false << QList<qint64> { 6, 9165, 4, 1260, 0 } << QStringList();
        QTest::addRow("spec 6.5 cache/** keeps the cache dir")
            << QByteArray("cache/**\n") << false << QList<qint64> { 9, 10420, 1, 5, 1 }
            << QStringList { u"cache/sub"_s };
        QTest::addRow("spec 7.4 allow-list forgets go.sum") << QByteArray("*\n!go.mod\n!cmd\n!main.go\n") << true
                                                            << QList<qint64> { 3, 800, 7, 9625, 4 } << QStringList();
        QTest::addRow("pattern matching nothing")
            << QByteArray("x\n") << false << QList<qint64> { 10, 10425, 0, 0, 0 } << QStringList();
    }
    void walkSemantics()
    {
        QFETCH(QByteArray, dockerignore);
        QFETCH(bool, measure);
        QFETCH(QList<qint64>, counts);
        QFETCH(QStringList, notListed);
        MemoryFileSystem fs;
        fillProject(fs);
        gmd::ScanOptions o;
        o.measureExcluded = measure;
        const gmd::ContextScanResult r = scanMemory(&fs, dockerignore, o);
        QVERIFY(r.completed);
        QCOMPARE(
            QList<qint64>({ r.includedFiles, r.includedBytes, r.excludedFiles, r.excludedBytes, r.prunedDirectories }),
            counts);
        for (const QString& d : std::as_const(notListed))
            QVERIFY2(!fs.listed.contains(d), qPrintable(d));
        QVERIFY(!r.breaksBuild());
    }

    void excludedDirectorySentForReincludedChild()
    {
        // Spec 6.4: vendor is excluded, but sent as a directory because vendor/keep.go is re-included.
        MemoryFileSystem fs;
        fillProject(fs);
        gmd::ScanOptions o;
        o.keepIndex = true;
        const gmd::ContextScanResult r = scanMemory(&fs, "vendor\n!vendor/keep.go\n", o);
        const gmd::ContextEntry& vendor = r.index.at(r.index.find(u"vendor"_s));
        QVERIFY(vendor.excluded);
        QVERIFY(vendor.sent);
        QVERIFY(r.index.at(r.index.find(u"vendor/keep.go"_s)).sent);
        const gmd::ContextEntry& x = r.index.at(r.index.find(u"vendor/x"_s));
        QVERIFY(x.excluded && !x.sent);
        QCOMPARE(x.subtreeEnd, r.index.find(u"vendor/x/y.go"_s) + 1);
        QCOMPARE(r.largestExcludedDirectories.size(), 1);
        QCOMPARE(r.largestExcludedDirectories.front().path, u"vendor"_s);
        QCOMPARE(r.largestExcludedDirectories.front().bytes, 550);
    }

    void unreadableFolder_data()
    {
        QTest::addColumn<QByteArray>("dockerignore");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("included folder fails the build") << QByteArray() << QStringList { u"secret breaks"_s };
        QTest::addRow("excluded but walked folder is tolerated")
            << QByteArray("secret\n!secret/keep\n") << QStringList { u"secret excluded"_s };
        QTest::addRow("pruned folder is only measured") << QByteArray("secret\n") << QStringList{u"secret excluded"_s};
    }
    void unreadableFolder()
    {
        // Independent of permissions: the fake file system refuses the listing (root included).
        QFETCH(QByteArray, dockerignore);
        QFETCH(QStringList, expected);
        MemoryFileSystem fs;
        fs.addFile(u"main.go"_s, 1);
        fs.addFile(u"secret/key"_s, 1);
        fs.deny(u"secret"_s);
        const gmd::ContextScanResult r = scanMemory(&fs, dockerignore);
        QCOMPARE(problems(r, ContextProblem::Kind::UnreadableDirectory), expected);
        QCOMPARE(r.includedFiles, 1);
    }

    void unreadableFolderOnDisk()
    {
#ifdef Q_OS_UNIX
        if (geteuid() == 0)
            QSKIP("running as root: chmod 000 does not stop root (covered by unreadableFolder)");
        QTemporaryDir dir;
        QVERIFY(writeSized(dir.filePath(u"locked/a"_s), 1));
        QVERIFY(writeSized(dir.filePath(u"main.go"_s), 1));
        QVERIFY(::chmod(QFile::encodeName(dir.filePath(u"locked"_s)).constData(), 0) == 0);
        gmd::ContextScanner scanner(dir.path());
        const gmd::ContextScanResult r = scanner.scan();
        ::chmod(QFile::encodeName(dir.filePath(u"locked"_s)).constData(), 0755);
        QCOMPARE(problems(r, ContextProblem::Kind::UnreadableDirectory), QStringList { u"locked breaks"_s });
        QVERIFY(r.breaksBuild());
#else
        QSKIP("POSIX permissions only");
#endif
    }

    void unreadableFileAndPatternError()
    {
        MemoryFileSystem fs;
        fs.addFile(u"a"_s, 1);
        fs.addFile(u"locked.txt"_s, 1, false);
        fs.addFile(u"hidden.txt"_s, 1, false);
        const gmd::ContextScanResult r = scanMemory(&fs, "hidden.txt\na\n![z-a]\n");
        QCOMPARE(problems(r, ContextProblem::Kind::UnreadableFile), QStringList { u"locked.txt breaks"_s });
        // Spec 3.4: the backwards range fails as soon as the exception is evaluated (for "a").
        const QStringList errors = problems(r, ContextProblem::Kind::PatternError);
        QCOMPARE(errors, QStringList { u"a breaks"_s });
        for (const ContextProblem& p : r.problems) {
            if (p.kind == ContextProblem::Kind::PatternError)
                QCOMPARE(p.detail, u".dockerignore line 3 '![z-a]': syntax error in pattern"_s);
        }
    }

    void invalidIgnoreFileBreaksEveryBuild()
    {
        MemoryFileSystem fs;
        fs.addFile(u"a"_s, 1);
        const gmd::ContextScanResult r = scanMemory(&fs, "a\n!\n");
        QCOMPARE(problems(r, ContextProblem::Kind::PatternError), QStringList{u" breaks"_s});
        QCOMPARE(r.problems.front().detail, u".dockerignore line 2: illegal exclusion pattern: \"!\""_s);
        QVERIFY(r.breaksBuild());
    }

    void suspiciousInclusions()
    {
        MemoryFileSystem fs;
        fs.addFile(u".git/objects/pack/p.pack"_s, 80'000'000); // large, but reported as part of .git
        fs.addFile(u".git/HEAD"_s, 20);
        fs.addFile(u".env"_s, 10);
        fs.addFile(u"config/prod.env"_s, 10);
        fs.addFile(u".env.example"_s, 10);
        fs.addFile(u"keys/id_rsa"_s, 10);
        fs.addFile(u"keys/id_rsa.pub"_s, 10);
        fs.addFile(u"certs/server.pem"_s, 10);
        fs.addFile(u".netrc"_s, 10);
        fs.addFile(u"node_modules/x.js"_s, 10);
        fs.addFile(u"bin/app"_s, 10);
        fs.addFile(u"web/dist/app.js"_s, 10);
        fs.addFile(u"vendor/mod/x.go"_s, 10);
        fs.addFile(u"data/big.bin"_s, 60'000'000);
        fs.addFile(u"data/small.bin"_s, 10);
        fs.addFile(u"excluded/id_ed25519"_s, 10);
        const gmd::ContextScanResult r = scanMemory(&fs, "excluded\n");
        QStringList got;
        for (const gmd::SuspiciousInclusion& s : r.suspicious)
            got.append(u"%1 %2 %3"_s.arg(gmd::suspiciousKindId(s.kind), s.path).arg(s.bytes));
        QCOMPARE(got,
            (QStringList { u"env-file .env 10"_s, u"git-directory .git 80000020"_s, u"credentials .netrc 10"_s,
                u"build-output bin 10"_s, u"private-key certs/server.pem 10"_s, u"env-file config/prod.env 10"_s,
                u"large-file data/big.bin 60000000"_s, u"private-key keys/id_rsa 10"_s,
                u"node-modules node_modules 10"_s, u"build-output web/dist 10"_s }));
    }

    void largestDirectories()
    {
        MemoryFileSystem fs;
        fs.addFile(u"a/big/x"_s, 1000);
        fs.addFile(u"a/y"_s, 10);
        fs.addFile(u"b/z"_s, 500);
        fs.addFile(u"c/w"_s, 1);
        fs.addFile(u"logs/old/1.log"_s, 300);
        fs.addFile(u"logs/2.log"_s, 200);
        gmd::ScanOptions o;
        o.topDirectories = 3;
        const gmd::ContextScanResult r = scanMemory(&fs, "logs\n", o);
        QStringList got;
        for (const gmd::DirectoryUsage& d : r.largestIncludedDirectories)
            got.append(u"%1=%2"_s.arg(d.path).arg(d.bytes));
        QCOMPARE(got, (QStringList { u"a=1010"_s, u"a/big=1000"_s, u"b=500"_s }));
        QCOMPARE(r.largestExcludedDirectories.size(), 1);
        QCOMPARE(r.largestExcludedDirectories.front().bytes, 500);
        QCOMPARE(r.largestExcludedDirectories.front().files, 2);
    }

    void symlinksAndSpecialFilesInMemory()
    {
        using K = gmd::SymlinkTarget::Kind;
        MemoryFileSystem fs;
        fs.addFile(u"a/file"_s, 1);
        fs.addSymlink(u"a/self"_s, u"."_s, K::Directory, u"/ctx/a"_s);
        fs.addSymlink(u"a/up"_s, u"../.."_s, K::Directory, u"/"_s);
        fs.addSymlink(u"a/root"_s, u".."_s, K::Directory, u"/ctx"_s);
        fs.addSymlink(u"ring"_s, u"ring2"_s, K::Loop);
        fs.addSymlink(u"gone"_s, u"nothing"_s, K::Dangling);
        fs.addSymlink(u"ok"_s, u"a/file"_s, K::File, u"/ctx/a/file"_s);
        fs.addSpecial(u"pipe"_s, gmd::EntryType::Fifo);
        fs.addSpecial(u"excluded.sock"_s, gmd::EntryType::Socket);
        const gmd::ContextScanResult r = scanMemory(&fs, "*.sock\n");
        QCOMPARE(problems(r, ContextProblem::Kind::SymlinkLoop), (QStringList { u"a/root"_s, u"a/self"_s, u"ring"_s }));
        QCOMPARE(problems(r, ContextProblem::Kind::SymlinkOutside), QStringList { u"a/up"_s });
        QCOMPARE(problems(r, ContextProblem::Kind::DanglingSymlink), QStringList { u"gone"_s });
        QCOMPARE(
            problems(r, ContextProblem::Kind::SpecialFile), (QStringList { u"excluded.sock excluded"_s, u"pipe"_s }));
        QCOMPARE(r.includedSymlinks, 6);
        QCOMPARE(r.includedSpecial, 1);
        QCOMPARE(r.excludedSpecial, 1);
        QVERIFY(!r.breaksBuild());
    }

    void symlinkLoopFifoAndSocketOnDisk()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        QVERIFY(writeSized(dir.filePath(u"src/main.go"_s), 42));
        const auto link = [&](const char* target, const QString& at) {
            return ::symlink(target, QFile::encodeName(dir.filePath(at)).constData()) == 0;
        };
        QVERIFY(link(".", u"src/loop"_s)); // follows back into itself
        QVERIFY(link("ring2", u"ring1"_s)); // ELOOP
        QVERIFY(link("ring1", u"ring2"_s));
        QVERIFY(link("missing", u"dangling"_s));
        QVERIFY(link("/", u"outside"_s));
        QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(u"fifo"_s)).constData(), 0600) == 0);
        const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(s >= 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        const QByteArray sockPath = QFile::encodeName(dir.filePath(u"sock"_s));
        QVERIFY(size_t(sockPath.size()) < sizeof(addr.sun_path));
        std::memcpy(addr.sun_path, sockPath.constData(), size_t(sockPath.size()));
        QVERIFY(::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0);
        for (const bool portable : { false, true }) {
            gmd::ContextScanner scanner(
                dir.path(), portable ? gmd::makeQtFileSystem(dir.path()) : gmd::makeDiskFileSystem(dir.path()));
            const gmd::ContextScanResult r = scanner.scan();
            QVERIFY(r.completed);
            QCOMPARE(r.includedFiles, 1);
            QCOMPARE(r.includedBytes, 42);
            QCOMPARE(r.includedSymlinks, 5);
            QCOMPARE(problems(r, ContextProblem::Kind::SymlinkLoop),
                (QStringList { u"ring1"_s, u"ring2"_s, u"src/loop"_s }));
            QCOMPARE(problems(r, ContextProblem::Kind::DanglingSymlink), QStringList { u"dangling"_s });
            QCOMPARE(problems(r, ContextProblem::Kind::SymlinkOutside), QStringList { u"outside"_s });
            QCOMPARE(problems(r, ContextProblem::Kind::SpecialFile).size(), 2);
        }
        ::close(s);
#else
        QSKIP("POSIX symlinks, FIFOs and sockets only");
#endif
    }

    void cancellationMidWalk()
    {
        MemoryFileSystem fs;
        for (int d = 0; d < 50; ++d) {
            for (int f = 0; f < 100; ++f)
                fs.addFile(u"d%1/f%2"_s.arg(d).arg(f), 1);
        }
        std::atomic<bool> cancel { false };
        auto owned = std::make_unique<MemoryFileSystem>(fs);
        gmd::ContextScanner scanner(u"/ctx"_s, std::move(owned));
        gmd::ScanOptions o;
        o.progressIntervalMs = 0;
        scanner.setOptions(o);
        scanner.setCancelFlag(&cancel);
        qint64 calls = 0;
        qint64 lastFiles = -1;
        bool monotonic = true;
        qint64 cancelAt = 1000;
        scanner.setProgressCallback([&](const gmd::ScanProgress& p) {
            ++calls;
            monotonic = monotonic && p.files >= lastFiles;
            lastFiles = p.files;
            if (p.files >= cancelAt)
                cancel = true;
        });
        const gmd::ContextScanResult r = scanner.scan();
        QVERIFY(monotonic);
        QVERIFY(r.cancelled);
        QVERIFY(!r.completed);
        QVERIFY(r.includedFiles >= 1000 && r.includedFiles < 1010);
        QVERIFY(calls >= 1000);
        // A second scan starts afresh and, with the flag cleared, completes.
        cancel = false;
        cancelAt = std::numeric_limits<qint64>::max();
        lastFiles = -1;
        const gmd::ContextScanResult again = scanner.scan();
        QVERIFY(monotonic);
        QVERIFY(again.completed);
        QCOMPARE(again.includedFiles, 5000);
    }

    void progressIsThrottled()
    {
        MemoryFileSystem fs;
        for (int f = 0; f < 2000; ++f)
            fs.addFile(u"f%1"_s.arg(f), 1);
        gmd::ContextScanner scanner(u"/ctx"_s, std::make_unique<MemoryFileSystem>(fs));
        gmd::ScanOptions o;
        o.progressIntervalMs = 60'000;
        scanner.setOptions(o);
        int calls = 0;
        gmd::ScanProgress last;
        scanner.setProgressCallback([&](const gmd::ScanProgress& p) {
            ++calls;
            last = p;
        });
        scanner.scan();
        QCOMPARE(calls, 1); // only the final report
        QCOMPARE(last.files, 2000);
        QCOMPARE(last.directories, 1);
    }

    void hundredThousandFiles()
    {
#ifdef Q_OS_UNIX
        // A RAM-backed folder keeps the tree creation fast and independent of disk load.
        const bool shm = QFileInfo(u"/dev/shm"_s).isDir() && QFileInfo(u"/dev/shm"_s).isWritable();
        QTemporaryDir dir(shm ? u"/dev/shm/gmd-context-XXXXXX"_s : QDir::tempPath() + u"/gmd-context-XXXXXX"_s);
        QVERIFY(dir.isValid());
        QElapsedTimer make;
        make.start();
        const QString root = dir.path();
        for (int d = 0; d < 100; ++d) {
            const QByteArray sub = QFile::encodeName(root + u"/d%1"_s.arg(d, 3, 10, QLatin1Char('0')));
            QVERIFY(::mkdir(sub.constData(), 0755) == 0);
            for (int f = 0; f < 1000; ++f) {
                const QByteArray file = sub + "/f" + QByteArray::number(f) + (f % 10 == 0 ? ".log" : ".go");
                const int fd = ::open(file.constData(), O_CREAT | O_WRONLY, 0644);
                QVERIFY(fd >= 0);
                ::close(fd);
            }
        }
        QVERIFY(::symlink("..", QFile::encodeName(root + u"/d000/up"_s).constData()) == 0);
        const qint64 madeMs = make.elapsed();
        gmd::ContextScanner scanner(root);
        scanner.setMatcher(rules("d09*\n!d099/keep.go\n**/*.log\n"));
        const gmd::ContextScanResult r = scanner.scan();
        QVERIFY(r.completed);
        // d090-d099 excluded (10 000 files); d099 is walked for its exception; *.log in the rest.
        QCOMPARE(r.excludedFiles, 10'000 + 9'000);
        QCOMPARE(r.includedFiles, 81'000);
        QCOMPARE(r.prunedDirectories, 9);
        QCOMPARE(problems(r, ContextProblem::Kind::SymlinkLoop), QStringList { u"d000/up"_s });
        qInfo("100 000 files: created in %lld ms, scanned in %lld ms", madeMs, r.elapsedMs);
#else
        QSKIP("uses POSIX calls to build the tree quickly");
#endif
    }
};

QTEST_GUILESS_MAIN(TestContextScanner)
#include "tst_contextscanner.moc"
