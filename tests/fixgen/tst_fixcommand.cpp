// SPDX-License-Identifier: MIT
// gomoddoctor-cli fix and undo end to end, in process, with the real go in a temporary
// HOME/GOENV/XDG_STATE_HOME: a GOPROXY fix through go env -w (go env GOPROXY then shows the new
// value, undo restores the env file byte for byte), an automatic Dockerfile fix with
// --apply-safe, masking in --list/--show, and the usage errors. The shell profile fix for an OS
// variable that hides go env -w (GMD010) checked with a real interactive bash in the temporary
// HOME, and the ranked GOPROXY (GMD612) with two GOPROXY servers on 127.0.0.1.
#include "cli/cli.h"
#include "fix/journal.h"
#include "fixgentestutil.h"
#include "localgoproxy.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Sandbox
{
    QTemporaryDir tmp;
    QString project;
    QString envFile;
    QProcessEnvironment env;

    Sandbox()
    {
        project = tmp.filePath(u"project"_s);
        envFile = tmp.filePath(u"goenv"_s);
        QDir().mkpath(project);
        QDir().mkpath(tmp.filePath(u"home"_s));
        env.insert(u"HOME"_s, tmp.filePath(u"home"_s));
        env.insert(u"GOENV"_s, envFile);
        env.insert(u"XDG_STATE_HOME"_s, tmp.filePath(u"state"_s));
        env.insert(u"GOPATH"_s, tmp.filePath(u"gopath"_s));
        env.insert(u"GOMODCACHE"_s, tmp.filePath(u"gopath/pkg/mod"_s));
        env.insert(u"GOCACHE"_s, tmp.filePath(u"gocache"_s));
        env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
        env.insert(u"PATH"_s, QFileInfo(gmdtest::goExecutable()).absolutePath() + u":/usr/bin:/bin"_s);
        gmdtest::writeFile(project + u"/go.mod"_s, "module example.com/app\n\ngo 1.19\n");
        gmdtest::writeFile(project + u"/main.go"_s, "package main\n\nfunc main() {}\n");
    }

    int run(const QStringList& args, QString* out, QString* err = nullptr) const
    {
        QString o;
        QString e;
        QTextStream os(&o);
        QTextStream es(&e);
        gmd::cli::CliContext ctx;
        ctx.out = &os;
        ctx.err = &es;
        ctx.environment = env;
        ctx.workingDirectory = project;
        QStringList full = args;
        if (args.first() == u"fix"_s)
            full << u"--go"_s << gmdtest::goExecutable();
        const int code = gmd::cli::run(full, ctx);
        os.flush();
        es.flush();
        *out = o;
        if (err)
            *err = e;
        return code;
    }

    QString goEnv(const QString& name) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(gmdtest::goExecutable(), { u"env"_s, name });
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
};

/// A project whose Dockerfile (CRLF, no final newline) copies go.mod without go.sum (GMD301).
QByteArray writeGoSumProject(const Sandbox& s)
{
    const QString data = gmdtest::testDataDir() + u"/dockerfiles/naive-copy-all/"_s;
    gmdtest::writeFile(s.project + u"/go.sum"_s, gmdtest::readFile(data + u"go.sum"_s));
    gmdtest::writeFile(s.project + u"/.dockerignore"_s, ".git\n");
    const QByteArray dockerfile = "FROM golang:1.19\r\nWORKDIR /src\r\nCOPY go.mod ./\r\n"
                                  "RUN --mount=type=cache,target=/go/pkg/mod go mod download\r\nCOPY . .\r\n"
                                  "RUN --mount=type=cache,target=/go/pkg/mod "
                                  "--mount=type=cache,target=/root/.cache/go-build go build -o /app .";
    gmdtest::writeFile(s.project + u"/Dockerfile"_s, dockerfile);
    return dockerfile;
}

/// Runs `sh script` in the sandbox's environment; its standard error goes to `err`.
int runSh(const Sandbox& s, const QString& script, QString* err)
{
    QProcess p;
    p.setProcessEnvironment(s.env);
    p.setWorkingDirectory(s.project);
    p.start(u"/bin/sh"_s, { script });
    if (!p.waitForFinished(60000))
        return -1;
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString firstIdOf(const QString& list, const QString& prefix)
{
    for (const QString& line : list.split(u'\n')) {
        if (line.startsWith(prefix))
            return line.section(u' ', 0, 0);
    }
    return {};
}

} // namespace

class TestFixCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (gmdtest::goExecutable().isEmpty())
            QSKIP("no go command");
    }

    void goproxyThroughGoEnvAndUndo()
    {
        Sandbox s;
        QVERIFY(s.tmp.isValid());
        const QByteArray original = "# written by hand\r\nGOPROXY=off\nGOFLAGS=-mod=mod\n";
        QVERIFY(gmdtest::writeFile(s.envFile, original));
        QString out;
        QString err;
        QCOMPARE(s.run({ u"fix"_s, u"--list"_s }, &out, &err), 0);
        const QString id = firstIdOf(out, u"GMD101:GOPROXY:"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(out + err));
        QVERIFY2(out.contains(id + u"  [confirm]"_s), qPrintable(out));

        QCOMPARE(s.run({ u"fix"_s, u"--show"_s, id }, &out), 0);
        QVERIFY2(out.contains(u"go env -w GOPROXY=https://proxy.golang.org,direct"_s), qPrintable(out));

        QCOMPARE(s.run({ u"fix"_s, u"--apply"_s, id }, &out, &err), 0);
        QVERIFY2(out.contains(id + u": verified fixed"_s), qPrintable(out + err));
        QCOMPARE(s.goEnv(u"GOPROXY"_s), u"https://proxy.golang.org,direct"_s);
        QCOMPARE(s.goEnv(u"GOFLAGS"_s), u"-mod=mod"_s);

        QCOMPARE(s.run({ u"undo"_s, u"--last"_s }, &out, &err), 0);
        QVERIFY2(out.contains(u"undone"_s), qPrintable(out + err));
        QCOMPARE(gmdtest::readFile(s.envFile), original);
        QCOMPARE(s.goEnv(u"GOPROXY"_s), u"off"_s);
        QCOMPARE(s.run({ u"undo"_s }, &out, &err), 1); // nothing left to undo
    }

    void applySafeFixesDockerfileAndUndo()
    {
        Sandbox s;
        QVERIFY(gmdtest::writeFile(s.envFile, ""));
        const QString data = gmdtest::testDataDir() + u"/dockerfiles/naive-copy-all/"_s;
        QVERIFY(gmdtest::writeFile(s.project + u"/go.sum"_s, gmdtest::readFile(data + u"go.sum"_s)));
        QVERIFY(gmdtest::writeFile(s.project + u"/.dockerignore"_s, ".git\n"));
        const QByteArray dockerfile = "FROM golang:1.19\r\nWORKDIR /src\r\nCOPY go.mod ./\r\n"
                                      "RUN --mount=type=cache,target=/go/pkg/mod go mod download\r\nCOPY . .\r\n"
                                      "RUN --mount=type=cache,target=/go/pkg/mod "
                                      "--mount=type=cache,target=/root/.cache/go-build go build -o /app .";
        QVERIFY(gmdtest::writeFile(s.project + u"/Dockerfile"_s, dockerfile));
        QString out;
        QString err;
        QCOMPARE(s.run({ u"fix"_s, u"--list"_s }, &out, &err), 0);
        const QString id = firstIdOf(out, u"GMD301:"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(out + err));
        QVERIFY2(out.contains(id + u"  [automatic]"_s), qPrintable(out));
        QCOMPARE(s.run({ u"fix"_s, u"--show"_s, id }, &out), 0);
        QVERIFY2(out.contains(u"+COPY go.mod go.sum ./\r"_s), qPrintable(out));

        QCOMPARE(s.run({ u"fix"_s, u"--apply-safe"_s }, &out, &err), 0);
        QVERIFY2(out.contains(id + u": verified fixed"_s), qPrintable(out + err));
        const QByteArray fixed = gmdtest::readFile(s.project + u"/Dockerfile"_s);
        QVERIFY2(fixed.contains("COPY go.mod go.sum ./\r\n"), fixed.constData());
        QVERIFY(!fixed.endsWith('\n'));

        QCOMPARE(s.run({ u"undo"_s }, &out, &err), 0);
        QCOMPARE(gmdtest::readFile(s.project + u"/Dockerfile"_s), dockerfile);
    }

    void secretsMasked()
    {
        Sandbox s;
        QVERIFY(gmdtest::writeFile(s.envFile, "GOPROXY=https://user:s3cr3tpass@proxy.example;direct\n"));
        QString out;
        QString err;
        QCOMPARE(s.run({ u"fix"_s, u"--list"_s }, &out, &err), 0);
        QVERIFY2(!out.contains(u"s3cr3tpass"_s), qPrintable(out));
        const QString id = firstIdOf(out, u"GMD102:"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(out + err));
        QCOMPARE(s.run({ u"fix"_s, u"--show"_s, id }, &out), 0);
        QVERIFY2(!out.contains(u"s3cr3tpass"_s), qPrintable(out));
        QVERIFY2(out.contains(u"proxy.example,direct"_s), qPrintable(out));
    }

    void repairScriptPassesShellcheckAndIsIdempotent()
    {
        Sandbox s;
        const QByteArray envOriginal = "GOPROXY=off\n";
        QVERIFY(gmdtest::writeFile(s.envFile, envOriginal));
        const QByteArray dockerfile = writeGoSumProject(s);
        const QString script = s.tmp.filePath(u"repair.sh"_s);
        QString out;
        QString err;
        QCOMPARE(s.run({ u"fix"_s, u"--script"_s, script }, &out, &err), 0);
        QVERIFY2(out.contains(u"wrote"_s), qPrintable(out + err));
        const QByteArray text = gmdtest::readFile(script);
        QVERIFY(text.startsWith("#!/bin/sh\n"));
        QVERIFY(text.contains("\nset -eu\n"));
        QVERIFY(text.contains("GMD301:"));
        QVERIFY(text.contains("GMD101:GOPROXY:1"));

        const QString shellcheck = QStandardPaths::findExecutable(u"shellcheck"_s);
        if (shellcheck.isEmpty())
            QSKIP("shellcheck is not installed");
        QProcess sc;
        sc.start(shellcheck, { u"-s"_s, u"sh"_s, script });
        QVERIFY(sc.waitForFinished(60000));
        QVERIFY2(sc.exitCode() == 0, sc.readAllStandardOutput().constData());

        QCOMPARE(runSh(s, script, &err), 0);
        QVERIFY2(err.contains(u"changed: "_s), qPrintable(err));
        QCOMPARE(s.goEnv(u"GOPROXY"_s), u"https://proxy.golang.org,direct"_s);
        const QByteArray fixedDockerfile = gmdtest::readFile(s.project + u"/Dockerfile"_s);
        QVERIFY(fixedDockerfile != dockerfile);
        QVERIFY(fixedDockerfile.contains("COPY go.mod go.sum ./\r\n"));
        // What the script may touch: the project and the go env file with their backups. (go's
        // own caches and telemetry counters under HOME change with every go run.)
        auto scriptFiles = [&s] {
            gmdtest::ProjectFiles files = gmdtest::readProject(s.tmp.path());
            files.removeIf([](const auto& it) {
                return it.key().startsWith(u"gocache/"_s) || it.key().startsWith(u"home/"_s)
                    || it.key().startsWith(u"gopath/"_s);
            });
            return files;
        };
        const gmdtest::ProjectFiles afterFirst = scriptFiles();

        // The second run changes nothing: same bytes, no new backups.
        QCOMPARE(runSh(s, script, &err), 0);
        QVERIFY2(err.contains(u"already fixed"_s) && err.contains(u"already set: GOPROXY"_s), qPrintable(err));
        QCOMPARE(scriptFiles(), afterFirst);
        // The backups hold the old bytes.
        bool backupFound = false;
        for (auto it = afterFirst.cbegin(); it != afterFirst.cend(); ++it) {
            if (it.key().startsWith(u"project/Dockerfile.gomoddoctor-backup-"_s)) {
                backupFound = true;
                QCOMPARE(it.value(), dockerfile);
            }
            if (it.key().startsWith(u"goenv.gomoddoctor-backup-"_s))
                QCOMPARE(it.value(), envOriginal);
        }
        QVERIFY(backupFound);
    }

    void repairScriptRefusesUnexpectedState()
    {
        Sandbox s;
        const QByteArray envOriginal = "GOPROXY=off\n";
        QVERIFY(gmdtest::writeFile(s.envFile, envOriginal));
        writeGoSumProject(s);
        const QString script = s.tmp.filePath(u"repair.sh"_s);
        QString out;
        QString err;
        QCOMPARE(s.run({ u"fix"_s, u"--script"_s, script }, &out, &err), 0);
        const QByteArray edited = "FROM golang:1.22\nCOPY go.mod ./\n";
        QVERIFY(gmdtest::writeFile(s.project + u"/Dockerfile"_s, edited));
        QVERIFY(runSh(s, script, &err) != 0);
        QVERIFY2(err.contains(u"not in the expected state"_s), qPrintable(err));
        QCOMPARE(gmdtest::readFile(s.project + u"/Dockerfile"_s), edited);
        QCOMPARE(gmdtest::readFile(s.envFile), envOriginal);
    }

    /// Issue 5 section 1: GMD010 with the profile choice. The OS GOPROXY comes from ~/.bashrc;
    /// the plan disables that line, verification diagnoses with the environment of a new shell,
    /// a new interactive bash no longer has GOPROXY, and undo restores ~/.bashrc byte for byte.
    void shadowingFixedInShellProfile()
    {
        const QString bash = QStandardPaths::findExecutable(u"bash"_s);
        if (bash.isEmpty())
            QSKIP("bash is not installed");
        Sandbox s;
        QVERIFY(gmdtest::writeFile(s.envFile, "GOPROXY=https://proxy.golang.org,direct\n"));
        const QString bashrc = s.env.value(u"HOME"_s) + u"/.bashrc"_s;
        const QByteArray original = "# ~/.bashrc\nif [ -n \"$PS1\" ]; then\n  export GOPROXY=https://goproxy.example.com\nfi\n";
        QVERIFY(gmdtest::writeFile(bashrc, original));
        s.env.insert(u"GOPROXY"_s, u"https://goproxy.example.com"_s); // what this shell got from it
        auto newShellGoproxy = [&] {
            QProcess p;
            QProcessEnvironment e = s.env;
            e.remove(u"GOPROXY"_s); // a new terminal: only what the startup files set
            p.setProcessEnvironment(e);
            p.start(bash, { u"-ic"_s, u"printf '%s' \"${GOPROXY-unset}\""_s });
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        QCOMPARE(newShellGoproxy(), u"https://goproxy.example.com"_s);

        QString out;
        QString err;
        QCOMPARE(s.run({ u"fix"_s, u"--list"_s }, &out, &err), 0);
        QString id;
        for (const QString& line : out.split(u'\n')) {
            if (line.startsWith(u"GMD010:GOPROXY:"_s) && line.contains(u"shell profile"_s))
                id = line.section(u' ', 0, 0);
        }
        QVERIFY2(!id.isEmpty(), qPrintable(out + err));
        QVERIFY2(out.contains(id + u"  [confirm]"_s), qPrintable(out));
        QCOMPARE(s.run({ u"fix"_s, u"--show"_s, id }, &out), 0);
        QVERIFY2(out.contains(u"+  : # disabled by Go Module Doctor (GMD010): export GOPROXY="_s), qPrintable(out));

        QCOMPARE(s.run({ u"fix"_s, u"--apply"_s, id }, &out, &err), 0);
        QVERIFY2(out.contains(id + u": verified fixed"_s), qPrintable(out + err));
        QVERIFY2(out.contains(u"unset GOPROXY"_s), qPrintable(out));
        QCOMPARE(newShellGoproxy(), u"unset"_s);
        // In that new shell go uses the go env -w value again.
        QProcessEnvironment fresh = s.env;
        fresh.remove(u"GOPROXY"_s);
        QProcess go;
        go.setProcessEnvironment(fresh);
        go.start(gmdtest::goExecutable(), { u"env"_s, u"GOPROXY"_s });
        QVERIFY(go.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(go.readAllStandardOutput()).trimmed(), u"https://proxy.golang.org,direct"_s);

        QCOMPARE(s.run({ u"undo"_s }, &out, &err), 0);
        QCOMPARE(gmdtest::readFile(bashrc), original);
        QCOMPARE(newShellGoproxy(), u"https://goproxy.example.com"_s);
    }

    /// Issue 5 section 1 with issue 4's ranking: fix --rank-proxies measures a slow and a fast
    /// GOPROXY on 127.0.0.1, offers GMD612's order through go env -w, and after apply go env
    /// GOPROXY starts with the fast one; the ranking run again agrees (verified fixed).
    void rankedGoproxyApplied()
    {
        const auto module = [](gmdtest::LocalGoProxy& p) {
            p.addModule(u"github.com/gmdtest/dep"_s, u"v1.0.0"_s,
                { { u"go.mod"_s, "module github.com/gmdtest/dep\n\ngo 1.16\n" }, { u"dep.go"_s, "package dep\n" } });
        };
        gmdtest::LocalGoProxy slow;
        module(slow);
        slow.setLatencyMs(300);
        gmdtest::LocalGoProxy fast;
        module(fast);
        Sandbox s;
        QVERIFY(gmdtest::writeFile(s.project + u"/go.mod"_s,
            "module example.com/app\n\ngo 1.19\n\nrequire github.com/gmdtest/dep v1.0.0\n"));
        const QByteArray envOriginal = "GOPROXY=" + slow.baseUrl().toUtf8() + ",direct\n";
        QVERIFY(gmdtest::writeFile(s.envFile, envOriginal));
        s.env.insert(u"GOSUMDB"_s, u"off"_s); // no sum.golang.org: network only to 127.0.0.1
        s.env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
        const QStringList rank { u"--no-defaults"_s, u"--rounds"_s, u"2"_s, u"--proxy"_s, fast.baseUrl() };
        QString out;
        QString err;
        QCOMPARE(s.run(QStringList { u"fix"_s, u"--list"_s } + rank, &out, &err), 0);
        const QString id = firstIdOf(out, u"GMD612:"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(out + err));
        QCOMPARE(s.run(QStringList { u"fix"_s, u"--apply"_s, id } + rank, &out, &err), 0);
        QVERIFY2(out.contains(id + u": verified fixed"_s), qPrintable(out + err));
        const QString now = s.goEnv(u"GOPROXY"_s);
        QVERIFY2(now.startsWith(fast.baseUrl()) && now.endsWith(u"direct"_s), qPrintable(now));
        QCOMPARE(s.run({ u"undo"_s }, &out, &err), 0);
        QCOMPARE(gmdtest::readFile(s.envFile), envOriginal);
    }

    /// Issue 5 section 3 from the CLI: --show says where each edited file stands in git, --apply
    /// warns about a file with uncommitted changes, and --commit commits the fix alone (only the
    /// fixed file; the user's other change stays uncommitted).
    void gitStatusAndCommit()
    {
        Sandbox s;
        QVERIFY(gmdtest::writeFile(s.envFile, ""));
        const QByteArray dockerfile = writeGoSumProject(s);
        QVERIFY(gmdtest::writeFile(s.project + u"/notes.txt"_s, "first\n"));
        auto git = [&](const QStringList& args) {
            QProcess p;
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
            e.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
            p.setProcessEnvironment(e);
            p.setWorkingDirectory(s.project);
            p.start(u"git"_s, args);
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        if (QStandardPaths::findExecutable(u"git"_s).isEmpty())
            QSKIP("git is not installed");
        git({ u"init"_s, u"-q"_s, u"-b"_s, u"main"_s });
        git({ u"config"_s, u"user.name"_s, u"Fix Tester"_s });
        git({ u"config"_s, u"user.email"_s, u"fix@example.invalid"_s });
        git({ u"add"_s, u"."_s });
        git({ u"commit"_s, u"-q"_s, u"-m"_s, u"initial"_s });
        const QString head = git({ u"rev-parse"_s, u"HEAD"_s }).trimmed();
        QVERIFY(gmdtest::writeFile(s.project + u"/notes.txt"_s, "first\nsecond, not part of any fix\n"));

        QString out;
        QString err;
        QCOMPARE(s.run({ u"fix"_s, u"--list"_s }, &out, &err), 0);
        const QString id = firstIdOf(out, u"GMD301:"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(out + err));
        QCOMPARE(s.run({ u"fix"_s, u"--show"_s, id }, &out, &err), 0);
        QVERIFY2(out.contains(u"git: Dockerfile: tracked, no uncommitted changes"_s), qPrintable(out));

        QCOMPARE(s.run({ u"fix"_s, u"--apply"_s, id, u"--commit"_s }, &out, &err), 0);
        QVERIFY2(out.contains(id + u": committed "_s) && out.contains(id + u": verified fixed"_s), qPrintable(out + err));
        QCOMPARE(git({ u"rev-parse"_s, u"HEAD~1"_s }).trimmed(), head);
        QCOMPARE(git({ u"show"_s, u"--name-only"_s, u"--format="_s, u"HEAD"_s }).trimmed(), u"Dockerfile"_s);
        QVERIFY(git({ u"log"_s, u"-1"_s, u"--format=%s"_s }).startsWith(u"Fix GMD301"_s));
        QCOMPARE(git({ u"status"_s, u"--porcelain"_s }), u" M notes.txt\n"_s);
        QVERIFY(gmdtest::readFile(s.project + u"/Dockerfile"_s) != dockerfile);

        // Undo restores the file; editing a dirty file without --commit only warns.
        QCOMPARE(s.run({ u"undo"_s }, &out, &err), 0);
        QCOMPARE(gmdtest::readFile(s.project + u"/Dockerfile"_s), dockerfile);
        QCOMPARE(s.run({ u"fix"_s, u"--apply"_s, id }, &out, &err), 0);
        QVERIFY2(err.contains(u"Dockerfile has uncommitted changes"_s), qPrintable(err));
        QCOMPARE(s.run({ u"fix"_s, u"--commit"_s }, &out, &err), 2); // --commit needs --apply
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("unknown fix id") << QStringList { u"fix"_s, u"--show"_s, u"GMD999:x:1"_s };
        QTest::addRow("apply unknown id") << QStringList { u"fix"_s, u"--apply"_s, u"nope"_s };
        QTest::addRow("unknown option") << QStringList { u"fix"_s, u"--frobnicate"_s };
        QTest::addRow("show and apply") << QStringList { u"fix"_s, u"--show"_s, u"a"_s, u"--apply"_s, u"b"_s };
        QTest::addRow("rounds out of range") << QStringList { u"fix"_s, u"--rounds"_s, u"0"_s };
        QTest::addRow("proxy without a URL") << QStringList { u"fix"_s, u"--proxy"_s };
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        Sandbox s;
        QString out;
        QCOMPARE(s.run(args, &out), 2);
    }
};

QTEST_GUILESS_MAIN(TestFixCommand)
#include "tst_fixcommand.moc"
