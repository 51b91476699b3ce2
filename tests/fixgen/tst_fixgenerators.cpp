// SPDX-License-Identifier: MIT
// The environment fix generators on hand-made facts: where the value is decided (go env file,
// OS environment, ENV-1/ENV-4) picks go env -w/-u (confirm) or a copy-only step (manual), the
// value the check proved is taken over exactly (shell quoting undone), and shadowing (GMD010)
// offers both choices. The shell profile edit (the OS variable's line in ~/.bashrc, ~/.profile,
// ~/.zshrc, fish's config.fish) on real files in a temporary HOME, checked with `bash -n`; the
// GMD307 secret-mount rewrite on Dockerfile projects diagnosed like the fixture sweep.
#include "fix/textdocument.h"
#include "fixgen/fixgenerators.h"
#include "fixgentestutil.h"
#include "dockerfile/dockerfileparser.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

gmd::Facts hostFacts(const QString& name, const QString& value, gmd::EnvSource source)
{
    gmd::EnvContext host;
    host.id = u"host"_s;
    host.label = u"this machine"_s;
    gmd::EnvValue v;
    v.name = name;
    v.value = value;
    v.source = source;
    host.env.set(v);
    gmd::Facts facts;
    facts.environments << host;
    return facts;
}

gmd::Finding finding(const QString& id, const QString& subject, const QStringList& commands)
{
    gmd::Finding f;
    f.id = id;
    f.subject = subject;
    f.environment = u"host"_s;
    f.fix = gmd::FixHint { u"Do it."_s, commands };
    return f;
}

using GoEnvList = QList<gmd::GoEnvChange>;

/// The plan that edits the shell profile (it says how new shells' environment changes), or nullptr.
const gmd::FixPlan* profilePlanOf(const QList<gmd::FixPlan>& plans)
{
    for (const gmd::FixPlan& p : plans) {
        if (!p.shellEnvironment.isEmpty())
            return &p;
    }
    return nullptr;
}

/// `bash -n`: the edited startup file still parses (skipped when bash is missing).
bool bashAccepts(const QByteArray& script, QString* error)
{
    const QString bash = QStandardPaths::findExecutable(u"bash"_s);
    if (bash.isEmpty())
        return true;
    QProcess p;
    p.start(bash, { u"-n"_s });
    p.write(script);
    p.closeWriteChannel();
    if (!p.waitForFinished(10000))
        return false;
    *error = QString::fromUtf8(p.readAllStandardError());
    return p.exitCode() == 0;
}

const gmd::Finding* findingWithId(const QList<gmd::Finding>& findings, const QString& id)
{
    for (const gmd::Finding& f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

gmdtest::ProjectFiles goProject(const QByteArray& dockerfile)
{
    return { { u"go.mod"_s, "module example.com/app\n\ngo 1.22\n" }, { u"go.sum"_s, "" },
        { u"main.go"_s, "package main\n\nfunc main() {}\n" }, { u".dockerignore"_s, ".git\n" },
        { u"Dockerfile"_s, dockerfile } };
}

} // namespace

Q_DECLARE_METATYPE(gmd::EnvSource)
Q_DECLARE_METATYPE(gmdtest::ProjectFiles)
Q_DECLARE_METATYPE(gmd::FixSafety)

class TestFixGenerators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void env_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<gmd::EnvSource>("source");
        QTest::addColumn<QStringList>("commands");
        QTest::addColumn<int>("plans");
        QTest::addColumn<gmd::FixSafety>("safety");
        QTest::addColumn<GoEnvList>("goEnv");
        QTest::addColumn<QStringList>("manual");
        const auto file = gmd::EnvSource::UserEnvFile;
        const auto os = gmd::EnvSource::OsEnvironment;
        QTest::addRow("GMD101 GOPROXY=off in the go env file: go env -w (ENV-4)")
            << u"GMD101"_s << u"GOPROXY"_s << file
            << QStringList { u"go env -w GOPROXY=https://proxy.golang.org,direct"_s } << 1 << gmd::FixSafety::Confirm
            << GoEnvList { { u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s } } << QStringList();
        QTest::addRow("GMD101 GOPROXY=off in the OS environment: manual (ENV-1)")
            << u"GMD101"_s << u"GOPROXY"_s << os << QStringList { u"export GOPROXY=https://proxy.golang.org,direct"_s }
            << 1 << gmd::FixSafety::Manual << GoEnvList()
            << QStringList { u"export GOPROXY=https://proxy.golang.org,direct"_s };
        QTest::addRow("GMD102 quoted suggestion is unquoted")
            << u"GMD102"_s << u"GOPROXY"_s << file << QStringList { u"go env -w GOPROXY='https://a.example|direct'"_s }
            << 1 << gmd::FixSafety::Confirm << GoEnvList { { u"GOPROXY"_s, u"https://a.example|direct"_s } }
            << QStringList();
        QTest::addRow("GMD100 empty key in the file: go env -u (ENV-3)")
            << u"GMD100"_s << u"GOPROXY"_s << file << QStringList { u"go env -u GOPROXY"_s } << 1
            << gmd::FixSafety::Confirm << GoEnvList { { u"GOPROXY"_s, std::nullopt } } << QStringList();
        QTest::addRow("GMD110 GOSUMDB=off: unset plus GONOSUMDB patterns")
            << u"GMD110"_s << u"GOSUMDB"_s << file
            << QStringList { u"go env -u GOSUMDB"_s, u"go env -w GONOSUMDB=git.corp.example"_s } << 1
            << gmd::FixSafety::Confirm
            << GoEnvList { { u"GOSUMDB"_s, std::nullopt }, { u"GONOSUMDB"_s, u"git.corp.example"_s } } << QStringList();
        QTest::addRow("GMD140 GOTOOLCHAIN invalid")
            << u"GMD140"_s << u"GOTOOLCHAIN"_s << file << QStringList { u"go env -w GOTOOLCHAIN=auto"_s } << 1
            << gmd::FixSafety::Confirm << GoEnvList { { u"GOTOOLCHAIN"_s, u"auto"_s } } << QStringList();
        QTest::addRow("GMD131 GOFLAGS with a space in a value")
            << u"GMD131"_s << u"GOFLAGS"_s << file << QStringList { u"go env -w GOFLAGS='-mod=mod -trimpath'"_s } << 1
            << gmd::FixSafety::Confirm << GoEnvList { { u"GOFLAGS"_s, u"-mod=mod -trimpath"_s } } << QStringList();
        QTest::addRow("GMD010 shadowing: go env -u or remove the OS variable")
            << u"GMD010"_s << u"GOPROXY"_s << os << QStringList { u"unset GOPROXY"_s } << 2 << gmd::FixSafety::Confirm
            << GoEnvList { { u"GOPROXY"_s, std::nullopt } } << QStringList();
        QTest::addRow("GMD104 explains only: no plan")
            << u"GMD104"_s << u"GOPROXY"_s << file << QStringList { u"go env -w GOPROXY=x"_s } << 0
            << gmd::FixSafety::Confirm << GoEnvList() << QStringList();
    }

    void env()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(gmd::EnvSource, source);
        QFETCH(QStringList, commands);
        QFETCH(int, plans);
        QFETCH(gmd::FixSafety, safety);
        QFETCH(GoEnvList, goEnv);
        QFETCH(QStringList, manual);
        const gmd::Facts facts = hostFacts(name, u"off"_s, source);
        const QList<gmd::FixPlan> got = gmd::fixPlansFor(facts, finding(id, name, commands));
        QCOMPARE(got.size(), plans);
        if (plans == 0)
            return;
        const gmd::FixPlan& p = got.first();
        QVERIFY2(gmd::validateFixPlan(p).isEmpty(), qPrintable(gmd::validateFixPlan(p).join(u"; "_s)));
        QCOMPARE(p.safety, safety);
        QCOMPARE(p.goEnv, goEnv);
        QCOMPARE(p.findingId, id);
        QVERIFY(p.id.startsWith(id + u':' + name + u':'));
        QStringList gotManual;
        for (const gmd::ManualStep& m : p.manual)
            gotManual += m.commands;
        QCOMPARE(gotManual, manual);
        if (id == u"GMD010"_s) {
            const gmd::FixPlan& second = got.at(1);
            QCOMPARE(second.safety, gmd::FixSafety::Manual);
            QVERIFY(!second.isApplicable());
            QCOMPARE(second.manual.value(0).commands, QStringList { u"unset GOPROXY"_s });
            QVERIFY(second.id != p.id);
        }
    }

    /// Issue 5 section 1: removing or changing an OS variable is offered as an explicit edit of
    /// the shell profile line that sets it, only when every such line is a plain assignment.
    void profile_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("commands");
        QTest::addColumn<gmdtest::ProjectFiles>("files"); // under HOME
        QTest::addColumn<gmdtest::ProjectFiles>("expected"); // edited files; empty: no profile plan
        const QStringList unset { u"unset GOPROXY"_s };
        QTest::addRow("GMD010 export in an if block of .bashrc: ':' keeps the block valid")
            << u"GMD010"_s << unset
            << gmdtest::ProjectFiles { { u".bashrc"_s, "if [ -d /opt ]; then\n    export GOPROXY=https://goproxy.example.com\nfi\n" } }
            << gmdtest::ProjectFiles { { u".bashrc"_s, "if [ -d /opt ]; then\n    : # disabled by Go Module Doctor (GMD010): "
                                                       "export GOPROXY=https://goproxy.example.com\nfi\n" } };
        QTest::addRow("GMD010 assignment and separate export in .profile, CRLF kept")
            << u"GMD010"_s << unset
            << gmdtest::ProjectFiles { { u".profile"_s, "GOPROXY='https://a.example|direct'\r\nexport GOPROXY\r\n" } }
            << gmdtest::ProjectFiles { { u".profile"_s, ": # disabled by Go Module Doctor (GMD010): "
                                                        "GOPROXY='https://a.example|direct'\r\nexport GOPROXY\r\n" } };
        QTest::addRow("GMD010 set in .bashrc and .zshrc: both edited")
            << u"GMD010"_s << unset
            << gmdtest::ProjectFiles { { u".bashrc"_s, "export GOPROXY=direct # work\n" },
                   { u".zshrc"_s, "typeset -x GOPROXY=direct" } }
            << gmdtest::ProjectFiles { { u".bashrc"_s, ": # disabled by Go Module Doctor (GMD010): export GOPROXY=direct # work\n" },
                   { u".zshrc"_s, ": # disabled by Go Module Doctor (GMD010): typeset -x GOPROXY=direct" } };
        QTest::addRow("GMD010 fish set -gx: commented out")
            << u"GMD010"_s << unset
            << gmdtest::ProjectFiles { { u".config/fish/config.fish"_s, "if status is-interactive\n    set -gx GOPROXY direct\nend\n" } }
            << gmdtest::ProjectFiles { { u".config/fish/config.fish"_s,
                   "if status is-interactive\n    # set -gx GOPROXY direct  # disabled by Go Module Doctor (GMD010)\nend\n" } };
        QTest::addRow("GMD010 command substitution: no profile plan")
            << u"GMD010"_s << unset
            << gmdtest::ProjectFiles { { u".bashrc"_s, "export GOPROXY=$(cat ~/.goproxy)\n" } } << gmdtest::ProjectFiles();
        QTest::addRow("GMD010 compound line: no profile plan")
            << u"GMD010"_s << unset
            << gmdtest::ProjectFiles { { u".bashrc"_s, "[ -d /opt ] && export GOPROXY=direct\n" } } << gmdtest::ProjectFiles();
        QTest::addRow("GMD010 one plain and one complex line: no profile plan")
            << u"GMD010"_s << unset
            << gmdtest::ProjectFiles { { u".profile"_s, "export GOPROXY=direct\n" },
                   { u".bashrc"_s, "export GOPROXY=\"$(cat ~/.p)\"\n" } }
            << gmdtest::ProjectFiles();
        QTest::addRow("GMD010 continuation line: no profile plan")
            << u"GMD010"_s << unset
            << gmdtest::ProjectFiles { { u".bashrc"_s, "export GOFLAGS=-mod=mod \\\n  GOPROXY=direct\n" } }
            << gmdtest::ProjectFiles();
        QTest::addRow("GMD010 only a comment mentions it: no profile plan")
            << u"GMD010"_s << unset << gmdtest::ProjectFiles { { u".bashrc"_s, "# export GOPROXY=direct\n" } }
            << gmdtest::ProjectFiles();
        QTest::addRow("GMD101 OS value replaced in place, quoting added")
            << u"GMD101"_s << QStringList { u"export GOPROXY='https://proxy.golang.org|direct'"_s }
            << gmdtest::ProjectFiles { { u".bashrc"_s, "alias ll='ls -l'\nexport GOPROXY=off\n" } }
            << gmdtest::ProjectFiles { { u".bashrc"_s, "alias ll='ls -l'\nexport GOPROXY='https://proxy.golang.org|direct'\n" } };
        QTest::addRow("GMD101 fish value replaced")
            << u"GMD101"_s << QStringList { u"export GOPROXY=https://proxy.golang.org,direct"_s }
            << gmdtest::ProjectFiles { { u".config/fish/config.fish"_s, "set -x GOPROXY off\n" } }
            << gmdtest::ProjectFiles { { u".config/fish/config.fish"_s, "set -x GOPROXY 'https://proxy.golang.org,direct'\n" } };
    }

    void profile()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, commands);
        QFETCH(gmdtest::ProjectFiles, files);
        QFETCH(gmdtest::ProjectFiles, expected);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(gmdtest::writeProject(home.path(), files));
        gmd::Facts facts = hostFacts(u"GOPROXY"_s, u"off"_s, gmd::EnvSource::OsEnvironment);
        facts.hostInputs.os.insert(u"HOME"_s, home.path());
        const QList<gmd::FixPlan> plans = gmd::fixPlansFor(facts, finding(id, u"GOPROXY"_s, commands));
        const gmd::FixPlan* p = profilePlanOf(plans);
        if (expected.isEmpty()) {
            QVERIFY2(!p, p ? qPrintable(p->title) : "");
            QVERIFY(!plans.isEmpty()); // the copy-only advice stays
            return;
        }
        QVERIFY2(p, qPrintable(u"%1 plans, none edits the profile"_s.arg(plans.size())));
        QVERIFY2(gmd::validateFixPlan(*p).isEmpty(), qPrintable(gmd::validateFixPlan(*p).join(u"; "_s)));
        QCOMPARE(p->safety, gmd::FixSafety::Confirm);
        QCOMPARE(p->shellEnvironment.size(), 1);
        QCOMPARE(p->shellEnvironment.first().key, u"GOPROXY"_s);
        QCOMPARE(p->shellEnvironment.first().value.has_value(), id != u"GMD010"_s);
        QVERIFY(!p->manual.isEmpty()); // what to do in shells that are already open
        QCOMPARE(p->edits.size(), expected.size());
        for (const gmd::FileEdit& e : p->edits) {
            const QString rel = QDir(home.path()).relativeFilePath(e.path);
            QVERIFY2(expected.contains(rel), qPrintable(rel));
            QCOMPARE(e.original, files.value(rel));
            QCOMPARE(QString::fromUtf8(e.replacement), QString::fromUtf8(expected.value(rel)));
            QString error;
            if (!rel.endsWith(u".fish"_s))
                QVERIFY2(bashAccepts(e.replacement, &error), qPrintable(error));
        }
    }

    /// GMD307: credentials in ARG/ENV become secret mounts on the RUNs that use them (spec
    /// dockerfile B4: env= of a secret mount), only when that is the same command.
    void secretMount_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QByteArray>("expected"); // empty: no plan
        QTest::addRow("ARG used by one RUN")
            << QByteArray("FROM golang:1.22 AS build\nARG GITHUB_TOKEN\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
                          "RUN ./fetch.sh \"$GITHUB_TOKEN\" && go mod download\n")
            << QByteArray("FROM golang:1.22 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
                          "RUN --mount=type=secret,id=GITHUB_TOKEN,env=GITHUB_TOKEN ./fetch.sh \"$GITHUB_TOKEN\" && go mod download\n");
        QTest::addRow("ARG used by two RUNs, one with continuation lines")
            << QByteArray("FROM golang:1.22\nARG NPM_TOKEN\nRUN echo start\nRUN ./a.sh ${NPM_TOKEN}\nRUN ./b.sh \\\n  \"$NPM_TOKEN\"\n")
            << QByteArray("FROM golang:1.22\nRUN echo start\nRUN --mount=type=secret,id=NPM_TOKEN,env=NPM_TOKEN ./a.sh ${NPM_TOKEN}\n"
                          "RUN --mount=type=secret,id=NPM_TOKEN,env=NPM_TOKEN ./b.sh \\\n  \"$NPM_TOKEN\"\n");
        QTest::addRow("ENV with a credential value, CRLF")
            << QByteArray("FROM golang:1.22\r\nENV API_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ\r\nRUN ./fetch.sh \"$API_TOKEN\"\r\n")
            << QByteArray("FROM golang:1.22\r\nRUN --mount=type=secret,id=API_TOKEN,env=API_TOKEN ./fetch.sh \"$API_TOKEN\"\r\n");
        QTest::addRow("RUN writes the token into ~/.gitconfig: no plan")
            << QByteArray("FROM golang:1.22\nARG GITHUB_TOKEN\nRUN git config --global url.\"https://${GITHUB_TOKEN}@github.com/\".insteadOf "
                          "\"https://github.com/\" && go mod download\n")
            << QByteArray();
        QTest::addRow("exec-form RUN uses it: no plan")
            << QByteArray("FROM golang:1.22\nARG GITHUB_TOKEN\nRUN ./a.sh \"$GITHUB_TOKEN\"\nRUN [\"sh\", \"-c\", \"./b.sh $GITHUB_TOKEN\"]\n")
            << QByteArray();
        QTest::addRow("ARG declares two variables: no plan")
            << QByteArray("FROM golang:1.22\nARG GITHUB_TOKEN VERSION=1\nRUN ./a.sh \"$GITHUB_TOKEN\"\n") << QByteArray();
        QTest::addRow("SHELL instruction in the stage: no plan")
            << QByteArray("FROM golang:1.22\nSHELL [\"/bin/bash\", \"-c\"]\nARG GITHUB_TOKEN\nRUN ./a.sh \"$GITHUB_TOKEN\"\n")
            << QByteArray();
        QTest::addRow("another instruction expands it: no plan")
            << QByteArray("FROM golang:1.22\nARG GITHUB_TOKEN\nLABEL t=$GITHUB_TOKEN\nRUN ./a.sh \"$GITHUB_TOKEN\"\n")
            << QByteArray();
        QTest::addRow("ENV inherited by a later stage: no plan")
            << QByteArray("FROM golang:1.22 AS base\nENV API_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ\n"
                          "RUN ./fetch.sh \"$API_TOKEN\"\nFROM base\nRUN go version\n")
            << QByteArray();
    }

    void secretMount()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QByteArray, expected);
        QTemporaryDir home;
        QTemporaryDir dir;
        QVERIFY(home.isValid() && dir.isValid());
        QVERIFY(gmdtest::writeProject(dir.path(), goProject(dockerfile)));
        const gmdtest::ProjectDiagnosis d = gmdtest::diagnoseProject(dir.path(), home.path());
        const gmd::Finding* f = findingWithId(d.findings, u"GMD307"_s);
        QVERIFY2(f, "GMD307 does not fire");
        QList<gmd::FixPlan> plans;
        for (const gmd::Finding& g : d.findings) {
            if (g.id == u"GMD307"_s)
                plans += gmd::fixPlansFor(d.facts, g);
        }
        if (expected.isEmpty()) {
            QVERIFY2(plans.isEmpty(), qPrintable(plans.value(0).title));
            return;
        }
        QVERIFY(!plans.isEmpty());
        const gmd::FixPlan& p = plans.first();
        QVERIFY2(gmd::validateFixPlan(p).isEmpty(), qPrintable(gmd::validateFixPlan(p).join(u"; "_s)));
        QCOMPARE(p.safety, gmd::FixSafety::Confirm);
        QCOMPARE(p.edits.size(), 1);
        QCOMPARE(p.edits.first().original, dockerfile);
        QCOMPARE(QString::fromUtf8(p.edits.first().replacement), QString::fromUtf8(expected));
        QVERIFY(gmd::parseDockerfile(p.edits.first().replacement).ok());
        QVERIFY(!p.manual.isEmpty() && p.manual.first().commands.first().contains(u"--secret id="_s));
        // Applied, no GMD307 is left and nothing new fires.
        QVERIFY(gmdtest::writeFile(dir.filePath(u"Dockerfile"_s), p.edits.first().replacement));
        const gmdtest::ProjectDiagnosis after = gmdtest::diagnoseProject(dir.path(), home.path());
        QVERIFY(!findingWithId(after.findings, u"GMD307"_s));
        const QMap<QString, int> was = gmdtest::idCounts(d.findings);
        const QMap<QString, int> now = gmdtest::idCounts(after.findings);
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            QVERIFY2(it.value() <= was.value(it.key()), qPrintable(it.key() + u" appeared"_s));
    }

    /// Issue 5 section 1 "set ENV GOPROXY/GOPRIVATE/GOFLAGS lines": on an ENV with several pairs
    /// only the pair of the finding changes or goes; the others keep their text as written.
    void envLinePairs_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray tail = "WORKDIR /src\nCOPY go.mod go.sum ./\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\n";
        QTest::addRow("GMD101 GOPROXY=off between two pairs, indentation kept")
            << u"GMD101"_s << QByteArray("FROM golang:1.22\n  ENV CGO_ENABLED=0 GOPROXY=off GOFLAGS=\"-mod=mod\"\n" + tail)
            << QByteArray("FROM golang:1.22\n  ENV CGO_ENABLED=0 GOPROXY=https://proxy.golang.org,direct GOFLAGS=\"-mod=mod\"\n" + tail);
        QTest::addRow("GMD101 single pair")
            << u"GMD101"_s << QByteArray("FROM golang:1.22\nENV GOPROXY=off\n" + tail)
            << QByteArray("FROM golang:1.22\nENV GOPROXY=https://proxy.golang.org,direct\n" + tail);
    }

    void envLinePairs()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, dockerfile);
        QFETCH(QByteArray, expected);
        QTemporaryDir home;
        QTemporaryDir dir;
        QVERIFY(home.isValid() && dir.isValid());
        QVERIFY(gmdtest::writeProject(dir.path(), goProject(dockerfile)));
        const gmdtest::ProjectDiagnosis d = gmdtest::diagnoseProject(dir.path(), home.path());
        const gmd::Finding* f = findingWithId(d.findings, id);
        QVERIFY2(f, qPrintable(id + u" does not fire"_s));
        const QList<gmd::FixPlan> plans = gmd::fixPlansFor(d.facts, *f);
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first().edits.size(), 1);
        QCOMPARE(QString::fromUtf8(plans.first().edits.first().replacement), QString::fromUtf8(expected));
    }

    void secretsMaskedInTitles()
    {
        const gmd::Facts facts = hostFacts(u"GOPROXY"_s, u"off"_s, gmd::EnvSource::UserEnvFile);
        const QList<gmd::FixPlan> got = gmd::fixPlansFor(facts,
            finding(
                u"GMD101"_s, u"GOPROXY"_s, { u"go env -w GOPROXY=https://user:s3cr3tpass@proxy.example,direct"_s }));
        QCOMPARE(got.size(), 1);
        QVERIFY2(!got.first().title.contains(u"s3cr3tpass"_s), qPrintable(got.first().title));
        QCOMPARE(
            got.first().goEnv.value(0).value.value_or(QString()), u"https://user:s3cr3tpass@proxy.example,direct"_s);
    }

    void unknownEnvironmentGivesNothing()
    {
        gmd::Facts facts = hostFacts(u"GOPROXY"_s, u"off"_s, gmd::EnvSource::UserEnvFile);
        gmd::Finding f = finding(u"GMD101"_s, u"GOPROXY"_s, { u"go env -w GOPROXY=direct"_s });
        f.environment = u"Dockerfile:x:3"_s;
        QVERIFY(gmd::fixPlansFor(facts, f).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFixGenerators)
#include "tst_fixgenerators.moc"
