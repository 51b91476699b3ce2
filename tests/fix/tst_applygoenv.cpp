// SPDX-License-Identifier: MIT
// go env changes with the real go (issue 5 section 4) in a temporary HOME/GOENV: apply runs
// go env -w/-u, the GOENV file bytes are journaled, undo restores them byte for byte.
#include "common/processrunner.h"
#include "fix/applyplan.h"
#include "fixtestutil.h"
#include "testutil/testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gmd;
using namespace fixtest;

class TestApplyGoEnv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void applyAndUndo();
};

namespace {

QString goEnv(const QString& go, const QProcessEnvironment& env, const QString& key)
{
    ProcessOptions o;
    o.environment = env;
    o.workingDirectory = env.value(u"HOME"_s);
    o.timeoutMs = 60000;
    return QString::fromUtf8(runProcess(go, { u"env"_s, key }, o).out).trimmed();
}

} // namespace

void TestApplyGoEnv::applyAndUndo()
{
    const QString go = gmdtest::goExecutable();
    if (go.isEmpty())
        QSKIP("go is not installed");
    QTemporaryDir tmp;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& k : { u"GOPROXY"_s, u"GOFLAGS"_s, u"GONOSUMDB"_s, u"GOPRIVATE"_s })
        env.remove(k);
    env.insert(u"HOME"_s, tmp.path());
    env.insert(u"GOPATH"_s, tmp.filePath(u"gopath"_s));
    env.insert(u"GOMODCACHE"_s, tmp.filePath(u"gopath/pkg/mod"_s));
    env.insert(u"GOCACHE"_s, tmp.filePath(u"cache"_s));
    env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
    const QString envFile = tmp.filePath(u"config/go/env"_s);
    env.insert(u"GOENV"_s, envFile);
    const QByteArray before = "GOPROXY=off\nGOFLAGS=-mod=mod\n";
    QVERIFY(writeBytes(envFile, before, 0600));
    QCOMPARE(goEnv(go, env, u"GOPROXY"_s), u"off"_s);

    FixPlan p;
    p.id = u"GMD100:GOPROXY:1"_s;
    p.findingId = u"GMD100"_s;
    p.title = u"Use the public proxy"_s;
    p.goEnv = { GoEnvChange { u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s },
        GoEnvChange { u"GOFLAGS"_s, std::nullopt } };
    ApplyOptions o;
    o.goExecutable = go;
    o.goEnvironment = env;
    o.goEnvFile = envFile;
    o.journalDirectory = tmp.filePath(u"journal"_s);
    const ApplyResult r = applyPlan(p, o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(goEnv(go, env, u"GOPROXY"_s), u"https://proxy.golang.org,direct"_s);
    QCOMPARE(goEnv(go, env, u"GOFLAGS"_s), QString());

    const auto entry = Journal(o.journalDirectory).entry(r.journalEntryId);
    QVERIFY(entry && entry->goEnv);
    QCOMPARE(entry->goEnv->oldBytes, before);
    QCOMPARE(entry->goEnv->newBytes, readBytes(envFile));
    QCOMPARE(entry->goEnv->oldValues.value(u"GOPROXY"_s), u"off"_s);

    const UndoResult u = Journal(o.journalDirectory).undo(r.journalEntryId);
    QVERIFY2(u.ok, qPrintable(u.error));
    QCOMPARE(sha(readBytes(envFile)), sha(before));
    QCOMPARE(goEnv(go, env, u"GOPROXY"_s), u"off"_s);
}

QTEST_GUILESS_MAIN(TestApplyGoEnv)
#include "tst_applygoenv.moc"
