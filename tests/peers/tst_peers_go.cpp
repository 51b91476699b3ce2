// SPDX-License-Identifier: MIT
// The real go command against the loopback peers: LocalGoProxy must be good enough for
// `go mod download -x` (PROTO-1..4), its misbehaviour must show as go shows it (PROTO-3),
// and the committed certificate must work with SSL_CERT_FILE (NET-6).
#include "testpeers.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gmdtest;

namespace {

struct GoRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

/// A throw-away GOPATH/GOMODCACHE/HOME/GOCACHE (never the developer's own).
class GoSandbox
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString& relative) const { return m_dir.filePath(relative); }

    /// Runs go to completion (killed after 60 s).
    GoRun run(
        const QStringList& args, const QString& goproxy, const QString& workDir, const QString& sslCertFile = {}) const
    {
        QProcess go;
        start(go, args, goproxy, workDir, sslCertFile);
        GoRun result;
        result.finished = go.waitForFinished(60000);
        if (!result.finished) {
            go.kill();
            go.waitForFinished(5000);
        }
        result.exitCode = go.exitCode();
        result.out = go.readAllStandardOutput();
        result.err = go.readAllStandardError();
        return result;
    }

    /// Starts go in `process` with the sandbox environment.
    void start(QProcess& process, const QStringList& args, const QString& goproxy, const QString& workDir,
        const QString& sslCertFile = {}) const
    {
        QProcessEnvironment env;
        env.insert(u"PATH"_s, qEnvironmentVariable("PATH", u"/usr/local/bin:/usr/bin:/bin"_s));
        env.insert(u"HOME"_s, path(u"home"_s));
        env.insert(u"GOENV"_s, path(u"home/goenv"_s));
        env.insert(u"GOPATH"_s, path(u"gopath"_s));
        env.insert(u"GOMODCACHE"_s, path(u"modcache"_s));
        env.insert(u"GOCACHE"_s, path(u"gocache"_s));
        env.insert(u"GOFLAGS"_s, u"-modcacherw"_s); // so the temporary folder can be removed
        env.insert(u"GOPROXY"_s, goproxy);
        env.insert(u"GOSUMDB"_s, u"off"_s);
        env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
        env.insert(u"GO111MODULE"_s, u"on"_s);
        env.insert(u"GOWORK"_s, u"off"_s);
        env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
        if (!sslCertFile.isEmpty())
            env.insert(u"SSL_CERT_FILE"_s, sslCertFile);
        QDir().mkpath(workDir);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(workDir);
        process.start(goExecutable(), args);
    }

private:
    QTemporaryDir m_dir;
};

/// QByteArray::contains() does not take a QStringBuilder; this does (by conversion).
bool has(const QByteArray& haystack, const QByteArray& needle)
{
    return haystack.contains(needle);
}

const QString kUpper = u"example.com/Foo/bar"_s;
const QString kPlain = u"example.com/baz"_s;

void addFixtures(LocalGoProxy& proxy)
{
    proxy.addModule(kUpper, u"v1.0.0"_s,
        { { u"go.mod"_s, "module example.com/Foo/bar\n\ngo 1.16\n" },
            { u"bar.go"_s, "package bar\n\n// Name is checked by tst_peers_go.\nconst Name = \"bar\"\n" },
            { u"LICENSE"_s, "MIT\n" } });
    proxy.addModule(kPlain, u"v1.2.3"_s,
        { { u"go.mod"_s, "module example.com/baz\n\ngo 1.16\n" }, { u"baz.go"_s, "package baz\n" },
            { u"internal/deep/deep.go"_s, "package deep\n" } });
}

} // namespace

class TestPeersGo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void downloadFromLocalProxy();
    void gatekeepingProxyShowsServerResponse();
    void tlsProxyNeedsTrust();
    void stalledZipLeavesAStartLineOnly();
};

void TestPeersGo::initTestCase()
{
    const QString go = goExecutable();
    if (go.isEmpty() || !QFileInfo(go).isExecutable())
        QSKIP("no go command (GMD_TEST_GO / go on PATH at configure time)");
    QProcess version;
    version.start(go, { u"version"_s });
    version.waitForFinished(20000);
    qInfo("%s", version.readAllStandardOutput().trimmed().constData());
}

void TestPeersGo::downloadFromLocalProxy()
{
    LocalGoProxy proxy;
    addFixtures(proxy);
    GoSandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString main = sandbox.path(u"main"_s);
    QVERIFY(writeFile(main + u"/go.mod"_s,
        "module example.com/main\n\ngo 1.19\n\nrequire (\n\texample.com/Foo/bar v1.0.0\n"
        "\texample.com/baz v1.2.3\n)\n"));

    const GoRun run =
        sandbox.run({ u"mod"_s, u"download"_s, u"-x"_s, u"-json"_s, kUpper, kPlain }, proxy.baseUrl(), main);
    QVERIFY2(run.finished, run.err.constData());
    QVERIFY2(run.exitCode == 0, QByteArray(run.err + '\n' + run.out).constData());

    // OUT-2: a start line and a "200 OK (<s>)" result line per request, with the escaped path
    // (PROTO-2). go percent-encodes the '!' (url.PathEscape), in the request and in -x lines.
    const QByteArray zipUrl = proxy.baseUrl().toUtf8() + "/example.com/%21foo/bar/@v/v1.0.0.zip";
    bool sawRawTarget = false;
    for (const PeerRequest& r : proxy.requests())
        sawRawTarget = sawRawTarget || r.target == "/example.com/%21foo/bar/@v/v1.0.0.zip";
    QVERIFY(sawRawTarget);
    QVERIFY2(has(run.err, "# get " + zipUrl + '\n'), run.err.constData());
    QVERIFY2(has(run.err, "# get " + zipUrl + ": 200 OK ("), run.err.constData());
    QVERIFY(proxy.requestPaths().contains("/example.com/!foo/bar/@v/v1.0.0.zip"));
    QVERIFY(proxy.requestPaths().contains("/example.com/baz/@v/v1.2.3.zip"));

    // -json: one object per module, with the extracted folder.
    int objects = 0;
    for (const QByteArray& chunk : run.out.split('}')) {
        const QJsonObject o = QJsonDocument::fromJson(chunk + '}').object();
        if (o.isEmpty())
            continue;
        ++objects;
        QVERIFY2(!o.contains(u"Error"_s), qPrintable(o.value(u"Error"_s).toString()));
    }
    QCOMPARE(objects, 2);
    const QString upperDir = sandbox.path(u"modcache/example.com/!foo/bar@v1.0.0"_s);
    QVERIFY(readFile(upperDir + u"/bar.go"_s).contains("const Name = \"bar\""));
    QCOMPARE(readFile(sandbox.path(u"modcache/example.com/baz@v1.2.3/internal/deep/deep.go"_s)),
        QByteArray("package deep\n"));
    QCOMPARE(readFile(sandbox.path(u"modcache/cache/download/example.com/!foo/bar/@v/v1.0.0.zip"_s)),
        proxy.zip(kUpper, u"v1.0.0"_s));
}

void TestPeersGo::gatekeepingProxyShowsServerResponse()
{
    LocalGoProxy proxy;
    addFixtures(proxy);
    proxy.setBehaviour(kPlain, { .status = 403, .body = "blocked by policy\nask the platform team\n" }); // H15
    GoSandbox sandbox;
    const GoRun run = sandbox.run(
        { u"mod"_s, u"download"_s, u"-x"_s, kPlain + u"@v1.2.3"_s }, proxy.baseUrl(), sandbox.path(u"empty"_s));
    QVERIFY2(run.finished, run.err.constData());
    qInfo("go said:\n%s", run.err.constData());
    QVERIFY(run.exitCode != 0);
    // PROTO-3: "reading <URL>: <status line>", then the text/plain body as "server response:".
    const QByteArray url = proxy.moduleUrl(kPlain, u"/@v/v1.2.3.info"_s).toUtf8();
    QVERIFY2(has(run.err, "reading " + url + ": 403 Forbidden\n\tserver response:"), run.err.constData());
    QVERIFY2(run.err.contains("blocked by policy"), run.err.constData());
}

void TestPeersGo::tlsProxyNeedsTrust()
{
    LocalGoProxy proxy(LocalGoProxy::Options { .tls = true });
    QVERIFY2(proxy.isListening(), qPrintable(proxy.errorString()));
    addFixtures(proxy);
    GoSandbox sandbox;
    const QStringList args { u"mod"_s, u"download"_s, u"-x"_s, kUpper + u"@v1.0.0"_s };

    // Untrusted: H3 / NET-6 (or no system store at all in a minimal root).
    const GoRun untrusted = sandbox.run(args, proxy.baseUrl(), sandbox.path(u"empty"_s));
    QVERIFY2(untrusted.finished, untrusted.err.constData());
    qInfo("go said:\n%s", untrusted.err.constData());
    QVERIFY(untrusted.exitCode != 0);
    QVERIFY2(untrusted.err.contains("certificate signed by unknown authority")
            || untrusted.err.contains("failed to load system roots"),
        untrusted.err.constData());
    QCOMPARE(proxy.requestCount(), 0);

    // Trusted through SSL_CERT_FILE.
    const GoRun trusted = sandbox.run(args, proxy.baseUrl(), sandbox.path(u"empty"_s), tlsCertificatePath());
    QVERIFY2(trusted.finished, trusted.err.constData());
    QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
    QVERIFY(proxy.requestPaths().contains("/example.com/!foo/bar/@v/v1.0.0.zip"));
    QVERIFY(QFileInfo::exists(sandbox.path(u"modcache/example.com/!foo/bar@v1.0.0/bar.go"_s)));
}

void TestPeersGo::stalledZipLeavesAStartLineOnly()
{
    // H1 / NET-1 with the real go: the .zip request never gets an answer, go waits for ever
    // and -x shows a start line without a result line (OUT-2). The peer thread keeps the test
    // thread free; the test ends go itself.
    LocalGoProxy proxy;
    addFixtures(proxy);
    proxy.setBehaviour(kPlain, { .suffix = u".zip"_s, .delayBeforeHeadersMs = -1 });
    GoSandbox sandbox;
    QProcess go;
    sandbox.start(
        go, { u"mod"_s, u"download"_s, u"-x"_s, kPlain + u"@v1.2.3"_s }, proxy.baseUrl(), sandbox.path(u"empty"_s));
    QVERIFY(go.waitForStarted(10000));
    QVERIFY(proxy.waitForRequests(3, 10000)); // .info, .mod, then the .zip that stalls
    QVERIFY(!go.waitForFinished(500)); // still waiting
    go.kill();
    go.waitForFinished(5000);
    const QByteArray err = go.readAllStandardError();
    const QByteArray zipUrl = proxy.moduleUrl(kPlain, u"/@v/v1.2.3.zip"_s).toUtf8();
    QVERIFY2(has(err, "# get " + zipUrl + '\n'), err.constData());
    QVERIFY2(!has(err, "# get " + zipUrl + ": "), err.constData());
    QVERIFY2(
        has(err, "# get " + proxy.moduleUrl(kPlain, u"/@v/v1.2.3.mod"_s).toUtf8() + ": 200 OK ("), err.constData());
}

QTEST_GUILESS_MAIN(TestPeersGo)
#include "tst_peers_go.moc"
