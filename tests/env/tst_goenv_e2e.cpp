// SPDX-License-Identifier: MIT
// End to end with the real go: for each scenario (an OS environment and a go env file in a
// temporary HOME), the doctor's effective values must equal `go env -json`'s (and
// `go env GOTOOLCHAIN`'s) for every variable both know. Runs on go 1.19 (Debian 12) and 1.24
// (Debian 13) alike: the resolver must know each version's rules (ENV-1..8, ENV-6, GOENV-2).
#include "checks/factscollector.h"
#include "common/secrets.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Vars = QMap<QString, QString>;

} // namespace

class TestGoEnvE2e : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (gmdtest::goExecutable().isEmpty())
            QSKIP("no go command on this machine");
    }

    void matchesGoEnv_data()
    {
        QTest::addColumn<Vars>("os");            // "$HOME" in values is replaced by the temporary home
        QTest::addColumn<QByteArray>("envFile"); // written to $HOME/.config/go/env unless empty
        QTest::addColumn<QString>("checkVar");   // a variable whose value must be...
        QTest::addColumn<QString>("checkValue"); // ...this ("$HOME" replaced), or "*" for any
        QTest::addRow("nothing set") << Vars() << QByteArray() << u"GOPATH"_s << u"$HOME/go"_s;
        QTest::addRow("ENV-1 OS shadows the env file")
            << Vars{{u"GOPROXY"_s, u"https://x.example"_s}} << QByteArray("GOPROXY=https://b.example\n") << u"GOPROXY"_s << u"https://x.example"_s;
        QTest::addRow("ENV-2 empty OS value is ignored")
            << Vars{{u"GOPROXY"_s, QString()}} << QByteArray("GOPROXY=https://b.example\n") << u"GOPROXY"_s << u"https://b.example"_s;
        QTest::addRow("ENV-3 empty key in the file") << Vars() << QByteArray("GOPROXY=\nGOSUMDB=\n") << u"GOPROXY"_s << u"*"_s;
        QTest::addRow("ENV-5 duplicates, last wins") << Vars() << QByteArray("GOPROXY=https://b.example\nGOPROXY=https://c.example\n") << u"GOPROXY"_s << u"https://c.example"_s;
        QTest::addRow("ENV-5 ignored lines") << Vars() << QByteArray(" GOPROXY=https://a.example\nexport GOSUMDB=off\ngoprivate=x\nGOPROXY = y\n# GOFLAGS=-x\n") << u"GOSUMDB"_s << u"sum.golang.org"_s;
        QTest::addRow("ENV-5 quotes kept") << Vars() << QByteArray("GOPRIVATE=\"git.corp.example\"\n") << u"GOPRIVATE"_s << u"\"git.corp.example\""_s;
        QTest::addRow("ENV-5 CRLF keeps \\r") << Vars() << QByteArray("GOPRIVATE=git.corp.example\r\nGOFLAGS=-mod=mod\r\n") << u"GONOPROXY"_s << u"git.corp.example\r"_s;
        QTest::addRow("ENV-7 GOPRIVATE feeds GONOPROXY and GONOSUMDB") << Vars() << QByteArray("GOPRIVATE=*.corp.example\n") << u"GONOSUMDB"_s << u"*.corp.example"_s;
        QTest::addRow("ENV-2 empty GONOPROXY cannot undo GOPRIVATE") << Vars{{u"GONOPROXY"_s, QString()}} << QByteArray("GOPRIVATE=*.corp.example\n") << u"GONOPROXY"_s << u"*.corp.example"_s;
        QTest::addRow("PRIV-4 GONOPROXY=none") << Vars() << QByteArray("GOPRIVATE=*.corp.example\nGONOPROXY=none\n") << u"GONOPROXY"_s << u"none"_s;
        QTest::addRow("ENV-4 GOENV=off") << Vars{{u"GOENV"_s, u"off"_s}} << QByteArray("GOPROXY=https://b.example\n") << u"GOENV"_s << QString();
        QTest::addRow("ENV-4 GOENV names another file") << Vars{{u"GOENV"_s, u"$HOME/other.env"_s}} << QByteArray("GOPROXY=https://b.example\n") << u"GOENV"_s << u"$HOME/other.env"_s;
        QTest::addRow("ENV-4 XDG_CONFIG_HOME") << Vars{{u"XDG_CONFIG_HOME"_s, u"$HOME/xdg"_s}} << QByteArray("GOPROXY=https://b.example\n") << u"GOENV"_s << u"$HOME/xdg/go/env"_s;
        // Go 1.24's go env refuses to run without any cache location, so GOCACHE is given here.
        QTest::addRow("no HOME: no env file, no GOPATH") << Vars{{u"HOME"_s, u"<unset>"_s}, {u"GOCACHE"_s, u"$HOME/gocache"_s}}
                                                         << QByteArray() << u"GOPATH"_s << QString();
        QTest::addRow("ENV-7 GOMODCACHE follows GOPATH") << Vars{{u"GOPATH"_s, u"$HOME/gp1:$HOME/gp2"_s}} << QByteArray() << u"GOMODCACHE"_s << u"$HOME/gp1/pkg/mod"_s;
        QTest::addRow("GOPATH and GOMODCACHE in the file") << Vars() << QByteArray("GOPATH=/srv/gopath\nGOMODCACHE=/srv/modcache\n") << u"GOMODCACHE"_s << u"/srv/modcache"_s;
        QTest::addRow("XDG_CACHE_HOME") << Vars{{u"XDG_CACHE_HOME"_s, u"$HOME/cache"_s}} << QByteArray() << u"GOCACHE"_s << u"$HOME/cache/go-build"_s;
        QTest::addRow("GOFLAGS unchecked by go env") << Vars() << QByteArray("GOFLAGS=-mod=mod -bogus\n") << u"GOFLAGS"_s << u"-mod=mod -bogus"_s;
        QTest::addRow("GO111MODULE and GOINSECURE and GOVCS") << Vars{{u"GO111MODULE"_s, u"auto"_s}} << QByteArray("GOINSECURE=*.lan\nGOVCS=*:git\n") << u"GOVCS"_s << u"*:git"_s;
        QTest::addRow("GOSUMDB off in the OS") << Vars{{u"GOSUMDB"_s, u"off"_s}} << QByteArray() << u"GOSUMDB"_s << u"off"_s;
        QTest::addRow("GOTOOLCHAIN from the file") << Vars() << QByteArray("GOTOOLCHAIN=local\n") << u"GOPROXY"_s << u"*"_s;
        QTest::addRow("GOAUTH in the file") << Vars() << QByteArray("GOAUTH=off\n") << u"GOPROXY"_s << u"*"_s;
        QTest::addRow("GODEBUG from the OS") << Vars{{u"GODEBUG"_s, u"http2debug=1"_s}} << QByteArray() << u"GOPROXY"_s << u"*"_s;
    }
    void matchesGoEnv()
    {
        QFETCH(Vars, os);
        QFETCH(QByteArray, envFile);
        QFETCH(QString, checkVar);
        QFETCH(QString, checkValue);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString home = tmp.path();
        QDir(home).mkpath(u"project"_s);
        QProcessEnvironment env;
        env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        env.insert(u"HOME"_s, home);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        for (auto it = os.begin(); it != os.end(); ++it) {
            if (it.value() == u"<unset>"_s)
                env.remove(it.key());
            else
                env.insert(it.key(), QString(it.value()).replace(u"$HOME"_s, home));
        }
        if (!envFile.isEmpty()) {
            QString path = env.value(u"GOENV"_s);
            if (path.isEmpty() || path == u"off"_s)
                path = env.contains(u"XDG_CONFIG_HOME"_s) ? QString(env.value(u"XDG_CONFIG_HOME"_s) + u"/go/env"_s)
                                                          : QString(home + u"/.config/go/env"_s);
            QVERIFY(gmdtest::writeFile(path, envFile));
        }

        gmd::CollectOptions co;
        co.projectDir = home + u"/project"_s;
        co.environment = env;
        co.goCommand = gmdtest::goExecutable();
        co.goTimeoutMs = 60000;
        co.network = false;
        const gmd::Facts facts = gmd::collectFacts(co);
        QVERIFY2(facts.go.found, qPrintable(facts.go.problem));
        QVERIFY2(facts.go.envJsonOk, qPrintable(facts.go.envJsonError));

        const gmd::EffectiveEnv& mine = facts.host().env;
        int compared = 0;
        for (const QString& name : gmd::reportedVariables()) {
            if (!facts.go.envJson.contains(name))
                continue;
            QString goValue = facts.go.envJson.value(name);
            if (name == u"GOTOOLCHAIN"_s) {
                QVERIFY(facts.go.gotoolchainOk);
                goValue = facts.go.gotoolchain;
            }
            QVERIFY2(mine.value(name) == goValue,
                     qPrintable(u"%1: doctor '%2' (%3), go '%4'"_s.arg(name, mine.value(name),
                                                                       gmd::envSourceName(mine.get(name).source), goValue)));
            ++compared;
        }
        QVERIFY2(compared >= 14, qPrintable(u"only %1 variables compared"_s.arg(compared)));
        if (checkValue != u"*"_s)
            QCOMPARE(mine.value(checkVar), QString(checkValue).replace(u"$HOME"_s, home));
    }

    void shadowingHasBothSources()
    {
        QTemporaryDir tmp;
        QVERIFY(gmdtest::writeFile(tmp.path() + u"/.config/go/env"_s, "GOPROXY=https://b.example\n"));
        QDir(tmp.path()).mkpath(u"p"_s);
        QProcessEnvironment env;
        env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        env.insert(u"HOME"_s, tmp.path());
        env.insert(u"GOPROXY"_s, u"https://x.example"_s);
        gmd::CollectOptions co;
        co.projectDir = tmp.path() + u"/p"_s;
        co.environment = env;
        co.goCommand = gmdtest::goExecutable();
        co.goTimeoutMs = 60000;
        const gmd::EnvValue v = gmd::collectFacts(co).host().env.get(u"GOPROXY"_s);
        QCOMPARE(v.source, gmd::EnvSource::OsEnvironment);
        QVERIFY(!v.hidden.isEmpty());
        QCOMPARE(v.hidden.first().source, gmd::EnvSource::UserEnvFile);
        QCOMPARE(v.hidden.first().value, u"https://b.example"_s);
        QCOMPARE(v.hidden.first().location.line, 1);
    }
};

QTEST_GUILESS_MAIN(TestGoEnvE2e)
#include "tst_goenv_e2e.moc"
