// SPDX-License-Identifier: MIT
// Issue 4 "Done when", end to end with loopback peers and the real go: `check` names a silent
// GOPROXY (H1, NET-1) as the top finding while `go mod download` still hangs on it; a closed
// HTTPS_PROXY port is blamed on HTTPS_PROXY (NET-3, H3); `trace` of a healthy download resolves
// every request with no finding, and `trace` against the silent server ends after --stall-after
// with the stall finding and no process left. Asserts classes and subjects, never timings.
#include "cli/cli.h"
#include "testpeers.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <cerrno>

using namespace Qt::Literals::StringLiterals;
using namespace gmdtest;

namespace {

const QString kDep = u"github.com/gmdtest/dep"_s; // a well-known host: the probes ask for it

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class Sandbox
{
public:
    Sandbox()
    {
        QDir(m_dir.path()).mkpath(u"project"_s);
        QFile f(project() + u"/go.mod"_s);
        if (f.open(QIODevice::WriteOnly))
            f.write("module example.com/app\n\ngo 1.19\n\nrequire github.com/gmdtest/dep v1.0.0\n");
    }
    QString project() const { return m_dir.filePath(u"project"_s); }

    /// A clean environment: temporary HOME/GOPATH/GOMODCACHE, no proxy variable of the machine.
    QProcessEnvironment env(const QString& goproxy) const
    {
        QProcessEnvironment e;
        e.insert(u"PATH"_s, qEnvironmentVariable("PATH", u"/usr/local/bin:/usr/bin:/bin"_s));
        e.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        e.insert(u"GOENV"_s, m_dir.filePath(u"home/goenv"_s));
        e.insert(u"GOPATH"_s, m_dir.filePath(u"gopath"_s));
        e.insert(u"GOMODCACHE"_s, m_dir.filePath(u"modcache"_s));
        e.insert(u"GOCACHE"_s, m_dir.filePath(u"gocache"_s));
        e.insert(u"GOFLAGS"_s, u"-modcacherw"_s);
        e.insert(u"GOPROXY"_s, goproxy);
        e.insert(u"GOSUMDB"_s, u"off"_s); // no sum.golang.org: network only to 127.0.0.1
        e.insert(u"GOTOOLCHAIN"_s, u"local"_s);
        e.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
        return e;
    }

    CliRun cli(const QStringList& args, const QProcessEnvironment& env) const
    {
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        gmd::cli::CliContext ctx;
        ctx.out = &o;
        ctx.err = &e;
        ctx.environment = env;
        ctx.workingDirectory = project();
        CliRun r;
        r.code = gmd::cli::run(args + QStringList { u"--go"_s, goExecutable() }, ctx);
        o.flush();
        e.flush();
        r.out = out;
        r.err = err;
        return r;
    }

private:
    QTemporaryDir m_dir;
};

void addDep(LocalGoProxy& proxy)
{
    proxy.addModule(kDep, u"v1.0.0"_s,
        { { u"go.mod"_s, "module github.com/gmdtest/dep\n\ngo 1.16\n" }, { u"dep.go"_s, "package dep\n" } });
}

bool processGroupGone(qint64 pgid)
{
    return pgid > 0 && ::kill(-pid_t(pgid), 0) != 0 && errno == ESRCH;
}

} // namespace

class TestCliNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString go = goExecutable();
        if (go.isEmpty() || !QFileInfo(go).isExecutable())
            QSKIP("no go command (GMD_TEST_GO / go on PATH at configure time)");
    }

    /// H1, NET-1: the doctor names the silent GOPROXY while go, started at the same moment, hangs.
    void checkNamesSilentProxyWhileGoHangs()
    {
        SilentServer silent;
        Sandbox box;
        const QProcessEnvironment env = box.env(silent.baseUrl());
        QProcess go;
        go.setProcessEnvironment(env);
        go.setWorkingDirectory(box.project());
        go.start(goExecutable(), { u"mod"_s, u"download"_s, u"-x"_s });
        QVERIFY(go.waitForStarted(10000));

        const CliRun r = box.cli({ u"check"_s, u"--format"_s, u"json"_s, u"--timeout"_s, u"2"_s, u"--no-docker"_s }, env);
        const bool goStillRunning = go.state() == QProcess::Running;
        go.kill();
        go.waitForFinished(5000);
        QVERIFY(goStillRunning);
        const QJsonArray findings = r.json().value(u"findings"_s).toArray();
        QVERIFY2(!findings.isEmpty(), qPrintable(r.out + r.err));
        const QJsonObject top = findings.first().toObject();
        QCOMPARE(top.value(u"id"_s).toString(), u"GMD610"_s);
        QCOMPARE(top.value(u"subject"_s).toString(), u"GOPROXY"_s);
        QVERIFY2(top.value(u"message"_s).toString().contains(silent.baseUrl()), qPrintable(top.value(u"message"_s).toString()));
        // The per-probe stage timings are in the report.
        const QJsonArray runs = r.json().value(u"probes"_s).toObject().value(u"runs"_s).toArray();
        QVERIFY(!runs.isEmpty());
        const QJsonObject probe = runs.first().toObject().value(u"probes"_s).toArray().first().toObject();
        QCOMPARE(probe.value(u"outcome"_s).toString(), u"silent"_s);
        QVERIFY(probe.value(u"stages"_s).toObject().contains(u"connect"_s));
    }

    /// NET-3, H3: a proxy variable at a closed port is the top finding's subject.
    void checkBlamesClosedHttpsProxy()
    {
        // Go never proxies loopback hosts (NET-3), so the GOPROXY is a public name: the probe only
        // ever talks to the proxy on 127.0.0.1 (the proxy resolves names, so no DNS lookup either).
        Sandbox box;
        QProcessEnvironment env = box.env(u"https://proxy.golang.org,direct"_s);
        env.insert(u"HTTPS_PROXY"_s, u"http://127.0.0.1:%1"_s.arg(closedPort()));
        const CliRun r = box.cli({ u"check"_s, u"--format"_s, u"json"_s, u"--no-docker"_s }, env);
        const QJsonArray findings = r.json().value(u"findings"_s).toArray();
        QVERIFY2(!findings.isEmpty(), qPrintable(r.out + r.err));
        const QJsonObject top = findings.first().toObject();
        QCOMPARE(top.value(u"subject"_s).toString(), u"HTTPS_PROXY"_s);
        QCOMPARE(top.value(u"id"_s).toString(), u"GMD603"_s);
    }

    /// --no-network: no probe, and the report says so.
    void checkWithoutNetwork()
    {
        SilentServer silent;
        Sandbox box;
        const CliRun r = box.cli({ u"check"_s, u"--format"_s, u"json"_s, u"--no-network"_s, u"--no-docker"_s },
            box.env(silent.baseUrl()));
        QCOMPARE(silent.connectionCount(), 0);
        QVERIFY(!r.json().value(u"probes"_s).toObject().value(u"ran"_s).toBool());
        QVERIFY(r.json().value(u"notes"_s).toArray().contains(u"Network probes were skipped (--no-network)."_s));
    }

    /// The probe command alone, with a 404 peer (PROXY-8) and a healthy one.
    void probeCommandClassifies()
    {
        LocalGoProxy proxy;
        addDep(proxy);
        StatusServer forbidden(403, "forbidden\n");
        Sandbox box;
        const CliRun r = box.cli({ u"probe"_s, u"--format"_s, u"json"_s, u"--no-docker"_s },
            box.env(forbidden.baseUrl() + u","_s + proxy.baseUrl() + u",direct"_s));
        const QJsonArray findings = r.json().value(u"findings"_s).toArray();
        QVERIFY2(!findings.isEmpty(), qPrintable(r.out + r.err));
        QVERIFY2(findings.first().toObject().value(u"id"_s).toString() == u"GMD608"_s, qPrintable(r.out));
        QCOMPARE(r.code, 1);
    }

    /// Each outcome class against its loopback peer, through the probe command: the top finding's
    /// check and subject (issue 4 "Done when").
    void probeNamesEachClass_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("subject");
        QTest::addRow("H1 NET-1 accepted and silent") << u"silent"_s << u"GMD610"_s << u"GOPROXY"_s;
        QTest::addRow("H2 headers then a stalled body") << u"stalled"_s << u"GMD610"_s << u"GOPROXY"_s;
        QTest::addRow("H2 connection refused") << u"refused"_s << u"GMD601"_s << u"GOPROXY"_s;
        QTest::addRow("PROXY-8 404 from the last entry") << u"404"_s << u"GMD607"_s << u"GOPROXY"_s;
        QTest::addRow("PROXY-8 410 from the last entry") << u"410"_s << u"GMD607"_s << u"GOPROXY"_s;
        QTest::addRow("H15 403 stops a ',' list") << u"403"_s << u"GMD608"_s << u"GOPROXY"_s;
        QTest::addRow("PROXY-8 500") << u"500"_s << u"GMD609"_s << u"GOPROXY"_s;
        QTest::addRow("H3 NET-6 self-signed certificate") << u"tls"_s << u"GMD605"_s << u"GOPROXY"_s;
        QTest::addRow("H16 slow proxy") << u"slow"_s << u"GMD611"_s << u"GOPROXY"_s;
        QTest::addRow("H3 407 from the HTTP proxy") << u"407"_s << u"GMD604"_s << u"HTTPS_PROXY"_s;
    }
    void probeNamesEachClass()
    {
        QFETCH(QString, peer);
        QFETCH(QString, id);
        QFETCH(QString, subject);
        std::unique_ptr<LoopbackPeer> server;
        QString goproxy;
        QString httpsProxy;
        if (peer == u"silent"_s) {
            server = std::make_unique<SilentServer>();
        } else if (peer == u"stalled"_s) {
            server = std::make_unique<StallAfterHeadersServer>();
        } else if (peer == u"refused"_s) {
            goproxy = u"http://127.0.0.1:%1"_s.arg(closedPort());
        } else if (peer == u"tls"_s) {
            server = std::make_unique<TlsServer>();
        } else if (peer == u"slow"_s) {
            auto proxy = std::make_unique<LocalGoProxy>();
            addDep(*proxy);
            proxy->setLatencyMs(2300); // over the 2 s slow threshold (H16)
            server = std::move(proxy);
        } else if (peer == u"407"_s) {
            ConnectProxy::Options o;
            o.user = "bob";
            o.password = "secret";
            server = std::make_unique<ConnectProxy>(o);
            goproxy = u"https://proxy.golang.org"_s; // proxied (loopback never is, NET-3)
            httpsProxy = server->baseUrl();
        } else {
            server = std::make_unique<StatusServer>(peer.toInt(), "no\n");
        }
        if (goproxy.isEmpty())
            goproxy = server->baseUrl();
        Sandbox box;
        QProcessEnvironment env = box.env(goproxy);
        if (!httpsProxy.isEmpty())
            env.insert(u"HTTPS_PROXY"_s, httpsProxy);
        // Slow (H16) must stay under the response timeout, or it would be silent (H1).
        const QString timeout = peer == u"slow"_s ? u"4"_s : u"2"_s;
        const CliRun r = box.cli({ u"probe"_s, u"--format"_s, u"json"_s, u"--no-docker"_s, u"--timeout"_s, timeout,
                                     u"--connect-timeout"_s, u"2"_s },
            env);
        const QJsonArray findings = r.json().value(u"findings"_s).toArray();
        QVERIFY2(!findings.isEmpty(), qPrintable(r.out + r.err));
        const QJsonObject top = findings.first().toObject();
        QStringList seen; // compact: every finding and probe outcome, for the failure message
        for (const QJsonValue& f : findings)
            seen << f.toObject().value(u"id"_s).toString() + u' ' + f.toObject().value(u"subject"_s).toString();
        for (const QJsonValue& run : r.json().value(u"probes"_s).toObject().value(u"runs"_s).toArray()) {
            for (const QJsonValue& p : run.toObject().value(u"probes"_s).toArray())
                seen << p.toObject().value(u"outcome"_s).toString() + u' ' + p.toObject().value(u"error"_s).toString();
        }
        QVERIFY2(top.value(u"id"_s).toString() == id, qPrintable(seen.join(u" | "_s)));
        QCOMPARE(top.value(u"subject"_s).toString(), subject);
    }

    /// Proxy ranking (issue 4 section 2, PROXY-1, PROXY-8): a faster candidate given with --proxy
    /// comes first in the recommended GOPROXY, `direct` last. --no-defaults: loopback only.
    void probeRanksProxies()
    {
        LocalGoProxy slow;
        addDep(slow);
        slow.setLatencyMs(300);
        LocalGoProxy fast;
        addDep(fast);
        Sandbox box;
        const CliRun r = box.cli({ u"probe"_s, u"--format"_s, u"json"_s, u"--no-docker"_s, u"--no-defaults"_s,
                                     u"--rounds"_s, u"2"_s, u"--proxy"_s, fast.baseUrl() },
            box.env(slow.baseUrl() + u",direct"_s));
        const QJsonObject ranking = r.json().value(u"probes"_s).toObject().value(u"ranking"_s).toObject();
        QVERIFY2(!ranking.isEmpty(), qPrintable(r.out + r.err));
        const QString recommended = ranking.value(u"recommendedGoproxy"_s).toString();
        QVERIFY2(recommended.startsWith(fast.baseUrl()), qPrintable(recommended));
        QVERIFY2(recommended.endsWith(u"direct"_s), qPrintable(recommended));
        bool fired = false;
        for (const QJsonValue& f : r.json().value(u"findings"_s).toArray())
            fired = fired || f.toObject().value(u"id"_s).toString() == u"GMD612"_s;
        QVERIFY2(fired, qPrintable(r.out));
    }

    /// OUT-2: a healthy download, every request resolved, no finding.
    void traceHealthyDownload()
    {
        LocalGoProxy proxy;
        addDep(proxy);
        Sandbox box;
        const CliRun r = box.cli({ u"trace"_s, u"--format"_s, u"json"_s, u"--stall-after"_s, u"5"_s },
            box.env(proxy.baseUrl()));
        const QJsonObject o = r.json();
        QVERIFY2(o.value(u"exitCode"_s).toInt() == 0, qPrintable(r.out + r.err));
        QVERIFY(o.value(u"requestsDone"_s).toInt() > 0);
        QCOMPARE(o.value(u"requestsRunning"_s).toInt(), 0);
        QVERIFY2(o.value(u"stalls"_s).toArray().isEmpty(), qPrintable(r.out));
        QVERIFY2(o.value(u"findings"_s).toArray().isEmpty(), qPrintable(r.out));
        QVERIFY(o.value(u"modCacheRemoved"_s).toBool());
        QVERIFY(o.value(u"downloadedBytes"_s).toDouble() > 0); // the fixture module's zip and more
        const QJsonArray hosts = o.value(u"hosts"_s).toArray();
        QCOMPARE(hosts.size(), 1); // only the loopback proxy
        QCOMPARE(hosts.first().toObject().value(u"running"_s).toInt(), 0);
        QCOMPARE(r.code, 0);
    }

    /// H1, NET-1: the trace ends after --stall-after with the stall finding, no process left.
    void traceSilentServerEndsWithStall()
    {
        SilentServer silent;
        Sandbox box;
        const CliRun r = box.cli({ u"trace"_s, u"--format"_s, u"json"_s, u"--stall-after"_s, u"2"_s, u"--timeout"_s,
                                     u"2"_s },
            box.env(silent.baseUrl()));
        const QJsonObject o = r.json();
        const QJsonArray stalls = o.value(u"stalls"_s).toArray();
        QVERIFY2(!stalls.isEmpty(), qPrintable(r.out + r.err));
        QCOMPARE(stalls.first().toObject().value(u"kind"_s).toString(), u"proxy-request"_s);
        QVERIFY(stalls.first().toObject().value(u"url"_s).toString().startsWith(silent.baseUrl()));
        QVERIFY(o.value(u"killed"_s).toBool());
        QVERIFY(processGroupGone(qint64(o.value(u"processGroup"_s).toDouble())));
        // Joined with the probes: the network finding names the same server.
        const QJsonArray findings = o.value(u"findings"_s).toArray();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().toObject().value(u"id"_s).toString(), u"GMD610"_s);
        QCOMPARE(r.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_cli_network.moc"
