// SPDX-License-Identifier: MIT
// gomoddoctor-cli check, run in-process (gmd::cli::run) against the real go with a temporary
// HOME/GOENV: the report formats, the exit codes (0 nothing reaches --fail-on, 1 something
// does, 2 the doctor could not run) and GOPROXY in the OS shadowing a go env -w value (ENV-1,
// GOENV-5, H14) reported with both values and their sources.
#include "cli/cli.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class TestCheckCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_project;
    QString m_goEnvFile;

    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment env;
        env.insert(u"PATH"_s, QFileInfo(gmdtest::goExecutable()).absolutePath() + u':' + qEnvironmentVariable("PATH"));
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"GOENV"_s, m_goEnvFile);
        env.insert(u"GOPATH"_s, m_home.filePath(u"go"_s));
        env.insert(u"GOCACHE"_s, m_home.filePath(u"cache"_s));
        env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        return env;
    }

    CliRun run(const QStringList& args, const QProcessEnvironment& env) const
    {
        CliRun r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        gmd::cli::CliContext ctx;
        ctx.out = &out;
        ctx.err = &err;
        ctx.environment = env;
        ctx.workingDirectory = m_project;
        r.exitCode = gmd::cli::run(args, ctx);
        out.flush();
        err.flush();
        return r;
    }

    static QJsonObject findingWithId(const QJsonObject& report, const QString& id)
    {
        for (const QJsonValue& v : report.value(u"findings"_s).toArray()) {
            if (v.toObject().value(u"id"_s).toString() == id)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (gmdtest::goExecutable().isEmpty())
            QSKIP("no go command on this machine");
        QVERIFY(m_home.isValid());
        m_project = m_home.filePath(u"project"_s);
        QVERIFY(QDir().mkpath(m_project));
        QVERIFY(gmdtest::writeFile(m_project + u"/go.mod"_s, "module example.com/app\n\ngo 1.19\n"));
        QVERIFY(gmdtest::writeFile(m_project + u"/main.go"_s, "package main\n\nfunc main() {}\n"));
        m_goEnvFile = m_home.filePath(u"goenv"_s);
    }

    // Issue 2, done-when: GOPROXY in the OS and another value from go env -w.
    void osShadowsGoEnvW()
    {
        QVERIFY(gmdtest::writeFile(m_goEnvFile, "GOPROXY=https://goproxy.example.org\n"));
        QProcessEnvironment env = baseEnvironment();
        env.insert(u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s);
        const CliRun r = run({ u"check"_s, m_project, u"--format"_s, u"json"_s, u"--no-network"_s, u"--fail-on"_s,
                                 u"never"_s, u"--no-docker"_s },
            env);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(u"schemaVersion"_s).toInt(), 1);
        const QJsonObject f = findingWithId(report, u"GMD010"_s);
        QVERIFY2(!f.isEmpty(), qPrintable(r.out.left(4000)));
        QCOMPARE(f.value(u"subject"_s).toString(), u"GOPROXY"_s);
        const QString evidence = QString::fromUtf8(QJsonDocument(f.value(u"evidence"_s).toArray()).toJson());
        QVERIFY2(evidence.contains(u"https://proxy.golang.org,direct"_s), qPrintable(evidence));
        QVERIFY2(evidence.contains(u"https://goproxy.example.org"_s), qPrintable(evidence));
        QVERIFY2(evidence.contains(m_goEnvFile), qPrintable(evidence)); // the file as the second source

        // The environment section names the winner and its source, with the hidden file value.
        bool seen = false;
        for (const QJsonValue& v : report.value(u"environment"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"name"_s).toString() != u"GOPROXY"_s)
                continue;
            seen = true;
            QCOMPARE(o.value(u"value"_s).toString(), u"https://proxy.golang.org,direct"_s);
            QCOMPARE(o.value(u"hidden"_s).toArray().first().toObject().value(u"value"_s).toString(),
                u"https://goproxy.example.org"_s);
        }
        QVERIFY(seen);
        // The doctor agrees with go env -json: no GMD003 mismatch finding.
        QVERIFY2(findingWithId(report, u"GMD003"_s).isEmpty(), qPrintable(r.out.left(4000)));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("envFile");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("0: a warning does not reach --fail-on error")
            << QStringList() << QByteArray("GOPROXY=https://goproxy.example.org\n") << 0;
        QTest::addRow("1: the warning reaches --fail-on warning")
            << QStringList { u"--fail-on"_s, u"warning"_s } << QByteArray("GOPROXY=https://goproxy.example.org\n") << 1;
        QTest::addRow("1: a GOPROXY without entries is an error (GMD100)") << QStringList() << QByteArray("GOPROXY=,\n")
                                                                            << 1;
        QTest::addRow("0: --fail-on never") << QStringList { u"--fail-on"_s, u"never"_s } << QByteArray("GOPROXY=,\n")
                                            << 0;
        QTest::addRow("2: unknown option") << QStringList { u"--frobnicate"_s } << QByteArray() << 2;
        QTest::addRow("2: bad --fail-on") << QStringList { u"--fail-on"_s, u"sometimes"_s } << QByteArray() << 2;
    }
    void exitCodes()
    {
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, envFile);
        QFETCH(int, exitCode);
        QVERIFY(gmdtest::writeFile(m_goEnvFile, envFile));
        QProcessEnvironment env = baseEnvironment();
        if (QByteArray(QTest::currentDataTag()).contains("warning"))
            env.insert(u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s); // GMD010, a warning
        const CliRun r = run(QStringList { u"check"_s, m_project, u"--no-network"_s, u"--no-docker"_s } + extra, env);
        QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1\n%2\n%3"_s.arg(r.exitCode).arg(r.err, r.out.left(3000))));
        if (exitCode == 2)
            QVERIFY(!r.err.isEmpty());
    }

    void missingFolderIsExitTwo()
    {
        const CliRun r = run({ u"check"_s, m_home.filePath(u"nope"_s), u"--no-network"_s }, baseEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"nope"_s), qPrintable(r.err));
    }

    void missingGoStillDiagnoses()
    {
        QVERIFY(gmdtest::writeFile(m_goEnvFile, QByteArray()));
        const CliRun r = run({ u"check"_s, m_project, u"--format"_s, u"json"_s, u"--no-network"_s, u"--no-docker"_s,
                                 u"--go"_s, m_home.filePath(u"no-such-go"_s), u"--fail-on"_s, u"never"_s },
            baseEnvironment());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(!findingWithId(report, u"GMD001"_s).isEmpty());
        QVERIFY(report.value(u"checks"_s).toArray().size() > 40); // the rest still ran
    }

    /// check --flowchart FILE writes the diagnosis path as DOT next to the report.
    void flowchartWritten()
    {
        QVERIFY(gmdtest::writeFile(m_goEnvFile, QByteArray()));
        const QString dot = m_home.filePath(u"path.dot"_s);
        const CliRun r = run({ u"check"_s, m_project, u"--no-network"_s, u"--no-docker"_s, u"--go"_s,
                                 m_home.filePath(u"no-such-go"_s), u"--flowchart"_s, dot, u"--fail-on"_s, u"never"_s },
            baseEnvironment());
        QCOMPARE(r.exitCode, 0);
        const QByteArray text = gmdtest::readFile(dot);
        QVERIFY2(text.startsWith("digraph diagnosis {"), text.constData());
        QVERIFY(text.contains("Most likely root cause:\\nGMD001"));
        QVERIFY(text.trimmed().endsWith('}'));
        const CliRun bad = run({ u"check"_s, m_project, u"--no-network"_s, u"--flowchart"_s,
                                   m_home.filePath(u"missing-folder/path.dot"_s) },
            baseEnvironment());
        QCOMPARE(bad.exitCode, 2);
    }

    void secretsAreMaskedInEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("text") << u"text"_s;
        QTest::addRow("json") << u"json"_s;
        QTest::addRow("sarif") << u"sarif"_s;
    }
    void secretsAreMaskedInEveryFormat()
    {
        QFETCH(QString, format);
        QVERIFY(gmdtest::writeFile(m_goEnvFile, "GOPROXY=https://bot:s3cr3tpass@goproxy.example.org,direct\n"));
        QProcessEnvironment env = baseEnvironment();
        env.insert(u"GOPROXY"_s, u"https://ci:an0therpass@proxy.example.com"_s);
        env.insert(u"HTTPS_PROXY"_s, u"http://user:pr0xypass@127.0.0.1:3128"_s);
        const CliRun r = run({ u"check"_s, m_project, u"--format"_s, format, u"--no-network"_s, u"--no-docker"_s,
                                 u"--fail-on"_s, u"never"_s },
            env);
        QCOMPARE(r.exitCode, 0);
        for (const QString& secret : { u"s3cr3tpass"_s, u"an0therpass"_s, u"pr0xypass"_s })
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), qPrintable(secret));
        QVERIFY(r.out.contains(u"xxxxx"_s));
    }

    void sarifShape()
    {
        QVERIFY(gmdtest::writeFile(m_goEnvFile, "GOPROXY=,\n"));
        const CliRun r = run({ u"check"_s, m_project, u"--format"_s, u"sarif"_s, u"--no-network"_s, u"--no-docker"_s },
            baseEnvironment());
        QCOMPARE(r.exitCode, 1);
        const QJsonObject log = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(log.value(u"version"_s).toString(), u"2.1.0"_s);
        const QJsonObject run0 = log.value(u"runs"_s).toArray().first().toObject();
        const QJsonArray rules = run0.value(u"tool"_s).toObject().value(u"driver"_s).toObject().value(u"rules"_s).toArray();
        QVERIFY(rules.size() > 40);
        QStringList resultIds;
        for (const QJsonValue& v : run0.value(u"results"_s).toArray())
            resultIds << v.toObject().value(u"ruleId"_s).toString();
        QVERIFY2(resultIds.contains(u"GMD100"_s), qPrintable(resultIds.join(u' ')));
    }

    void textHasNoColourWhenNotATerminal()
    {
        QVERIFY(gmdtest::writeFile(m_goEnvFile, "GOPROXY=off\n"));
        const CliRun r = run({ u"check"_s, m_project, u"--no-network"_s, u"--no-docker"_s }, baseEnvironment());
        QVERIFY(!r.out.contains(u'\x1b'));
        QVERIFY(r.out.contains(u"GMD101"_s));
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
