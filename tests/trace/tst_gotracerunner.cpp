// SPDX-License-Identifier: MIT
// End to end with the real go against a loopback GOPROXY written here: a healthy proxy that
// answers 404 to everything (all requests resolved, go fails fast), and one that accepts and
// never answers (H1: the stall is reported after stallAfterMs naming the URL; cancel, the final
// stall timeout and the hard timeout kill the whole process group and leave no go behind).
#include "gocmd/goversion.h"
#include "testutil/testutil.h"
#include "trace/gotracerunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <optional>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

/// A minimal GOPROXY on 127.0.0.1: answers 404 to every GET, or (hang) reads and never answers.
class FakeProxy : public QObject
{
public:
    explicit FakeProxy(bool hang)
        : m_hang(hang)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
        });
    }
    QString base() const { return u"http://127.0.0.1:%1/p"_s.arg(m_server.serverPort()); }
    QStringList requests;

private:
    void onRead(QTcpSocket* s)
    {
        QByteArray& buf = m_buffers[s];
        buf += s->readAll();
        qsizetype end;
        while ((end = buf.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = buf.left(end);
            buf.remove(0, end + 4);
            requests.append(QString::fromLatin1(head.left(head.indexOf("\r\n"))));
            if (m_hang)
                continue; // H1: connected, request read, no answer ever
            s->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain; charset=utf-8\r\n"
                     "Content-Length: 10\r\n\r\nnot found\n");
        }
    }

    QTcpServer m_server;
    bool m_hang;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

/// Processes whose parent is this test and whose command name is `go` (from /proc/<pid>/stat).
QStringList goChildren()
{
    QStringList found;
    const QString self = QString::number(::getpid());
    for (const QString& pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        if (!pid.at(0).isDigit())
            continue;
        const QByteArray stat = gmdtest::readFile(u"/proc/"_s + pid + u"/stat"_s);
        const qsizetype open = stat.indexOf('(');
        const qsizetype close = stat.lastIndexOf(')');
        if (open < 0 || close < 0)
            continue;
        const QByteArray comm = stat.mid(open + 1, close - open - 1);
        const QList<QByteArray> rest = stat.mid(close + 2).split(' ');
        if (rest.size() > 1 && QString::fromLatin1(rest.at(1)) == self && comm == "go")
            found.append(pid);
    }
    return found;
}

bool groupGone(qint64 pgid)
{
    return ::kill(-pid_t(pgid), 0) == -1 && errno == ESRCH;
}

} // namespace

class TestGoTraceRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parseJson();
    void healthy404_data();
    void healthy404();
    void stallThenCancel();
    void stallTimeoutKills();
    void blockingHardTimeout();

private:
    gmd::GoTraceOptions options(const FakeProxy& proxy);

    QTemporaryDir m_tmp;
    QString m_go;
    QString m_goVersion;
};

void TestGoTraceRunner::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_go = gmdtest::goExecutable();
    if (m_go.isEmpty())
        return; // the e2e functions skip
    QVERIFY(gmdtest::writeFile(
        m_tmp.filePath(u"project/go.mod"_s), "module example.com/m\n\ngo 1.19\n\nrequire example.com/hello v1.0.0\n"));
    QProcess p;
    p.start(m_go, { u"version"_s });
    QVERIFY(p.waitForFinished(30000));
    m_goVersion = gmd::goVersionFromVersionOutput(QString::fromUtf8(p.readAllStandardOutput()));
    qInfo("go %s", qPrintable(m_goVersion));
}

void TestGoTraceRunner::parseJson()
{
    // go mod download -json: indented objects back to back, braces inside strings.
    const QByteArray out =
        "{\n\t\"Path\": \"example.com/a\",\n\t\"Version\": \"v1.0.0\",\n\t\"Error\": \"x: \\\"}{\\\"\"\n}\n"
        "{\n\t\"Path\": \"example.com/b\",\n\t\"Version\": \"v2.0.0\",\n\t\"Zip\": \"/c/b.zip\"\n}\n{\"Path\": ";
    const QList<gmd::GoDownloadResult> r = gmd::parseGoModDownloadJson(out);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r.at(0).error, u"x: \"}{\""_s);
    QCOMPARE(r.at(1).path, u"example.com/b"_s);
    QCOMPARE(r.at(1).zip, u"/c/b.zip"_s);
}

gmd::GoTraceOptions TestGoTraceRunner::options(const FakeProxy& proxy)
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, m_tmp.filePath(u"home"_s));
    env.insert(u"GOENV"_s, m_tmp.filePath(u"home/goenv"_s));
    env.insert(u"GOPATH"_s, m_tmp.filePath(u"gopath"_s));
    env.insert(u"GOCACHE"_s, m_tmp.filePath(u"gocache"_s));
    env.insert(u"GOPROXY"_s, proxy.base());
    env.insert(u"GOSUMDB"_s, u"off"_s);
    env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
    env.insert(u"GOFLAGS"_s, u"-modcacherw"_s);
    gmd::GoTraceOptions o;
    o.goExecutable = m_go;
    o.projectDir = m_tmp.filePath(u"project"_s);
    o.environment = env;
    return o;
}

void TestGoTraceRunner::healthy404_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("askVersion");
    QTest::addRow("OUT-2 404 proxy") << false << true;
    QTest::addRow("OUT-2 404 proxy -json all") << true << false;
}

void TestGoTraceRunner::healthy404()
{
    if (m_go.isEmpty())
        QSKIP("no go command on this machine");
    QFETCH(bool, json);
    QFETCH(bool, askVersion);
    FakeProxy proxy(false);
    gmd::GoTraceOptions o = options(proxy);
    o.json = json;
    o.all = json;
    if (!askVersion)
        o.goVersion = m_goVersion;
    gmd::GoTraceRunner runner;
    std::optional<gmd::GoTraceSummary> summary;
    int progressSignals = 0;
    QList<gmd::TraceEvent> events;
    connect(&runner, &gmd::GoTraceRunner::finished, this, [&](const gmd::GoTraceSummary& s) { summary = s; });
    connect(&runner, &gmd::GoTraceRunner::progress, this, [&](int, int) { ++progressSignals; });
    connect(&runner, &gmd::GoTraceRunner::traceEvent, this, [&](const gmd::TraceEvent& e) { events.append(e); });
    QVERIFY(runner.start(o));
    QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 60000);
    const gmd::GoTraceSummary& s = *summary;
    QVERIFY2(s.started, qPrintable(s.startError));
    QCOMPARE(s.goVersion, m_goVersion);
    QVERIFY2(s.exitCode != 0, s.stderrData.constData());
    QVERIFY(!s.killed && !s.cancelled && !s.timedOut);
    QVERIFY2(!s.requests.isEmpty(), s.stderrData.constData());
    for (const gmd::TraceRequest& r : s.requests) {
        QVERIFY2(r.done(), qPrintable(r.url));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.info.module, u"example.com/hello"_s);
        QVERIFY(r.url.startsWith(proxy.base() + u"/example.com/hello/@v/"_s));
    }
    QCOMPARE(runner.state().requestsRunning(), 0);
    QVERIFY(progressSignals > 0);
    QVERIFY(s.stalls.isEmpty());
    QCOMPARE(proxy.requests.size(), s.requests.size());
    if (json) {
        QVERIFY2(s.stdoutData.contains("\"Error\""), s.stdoutData.constData());
        QCOMPARE(s.results.size(), 1);
        QCOMPARE(s.results.first().path, u"example.com/hello"_s);
        QCOMPARE(s.results.first().version, u"v1.0.0"_s);
        QVERIFY2(s.results.first().error.contains(u"404 Not Found"_s), qPrintable(s.results.first().error));
    } else {
        QVERIFY2(!s.errors.isEmpty(), s.stderrData.constData());
        QCOMPARE(s.errors.first().module, u"example.com/hello"_s);
        QCOMPARE(s.errors.first().status, 404);
    }
    // TC-5: GODEBUG=toolchaintrace=1 is added from Go 1.24 on.
    const bool traced = gmd::compareGoVersions(m_goVersion, u"1.24") >= 0;
    QCOMPARE(s.addedEnvironment.contains(u"GODEBUG=toolchaintrace=1"_s), traced);
    if (traced)
        QVERIFY2(!s.toolchainLines.isEmpty(), s.stderrData.constData());
    QVERIFY(!s.modCache.isEmpty());
    QVERIFY(s.modCacheRemoved);
    QVERIFY(!QFileInfo::exists(s.modCache));
    QVERIFY(groupGone(s.processGroup));
}

void TestGoTraceRunner::stallThenCancel()
{
    if (m_go.isEmpty())
        QSKIP("no go command on this machine");
    FakeProxy proxy(true);
    gmd::GoTraceOptions o = options(proxy);
    o.stallAfterMs = 2000;
    gmd::GoTraceRunner runner;
    std::optional<gmd::GoTraceSummary> summary;
    QList<gmd::StallFinding> stalls;
    qint64 firstStallAt = -1;
    QElapsedTimer clock;
    connect(&runner, &gmd::GoTraceRunner::finished, this, [&](const gmd::GoTraceSummary& s) { summary = s; });
    connect(&runner, &gmd::GoTraceRunner::stallDetected, this, [&](const gmd::StallFinding& f) {
        if (stalls.isEmpty())
            firstStallAt = clock.elapsed();
        stalls.append(f);
    });
    clock.start();
    QVERIFY(runner.start(o));
    QTRY_VERIFY_WITH_TIMEOUT(!stalls.isEmpty(), 30000);
    const gmd::StallFinding& f = stalls.first();
    QCOMPARE(f.kind, gmd::StallFinding::Kind::ProxyRequest);
    QVERIFY2(f.url.startsWith(proxy.base() + u"/example.com/hello/@v/"_s), qPrintable(f.url));
    QVERIFY2(f.summary.contains(f.url), qPrintable(f.summary));
    QCOMPARE(f.hangId, u"H1"_s);
    QVERIFY(f.ageMs >= 2000);
    QVERIFY(firstStallAt >= 2000);
    QVERIFY(!proxy.requests.isEmpty());

    const qint64 pgid = runner.processGroup();
    QVERIFY(pgid > 0);
    QCOMPARE(::kill(-pid_t(pgid), 0), 0); // go is alive, waiting
    QVERIFY(!goChildren().isEmpty());
    runner.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 10000);
    QVERIFY(summary->cancelled);
    QVERIFY(summary->killed);
    QCOMPARE(summary->processGroup, pgid);
    QCOMPARE(summary->stalls.size(), stalls.size());
    QCOMPARE(summary->requests.first().outcome, gmd::TraceRequest::Outcome::Running);
    QTRY_VERIFY_WITH_TIMEOUT(groupGone(pgid), 5000);
    QCOMPARE(goChildren(), QStringList());
    QVERIFY(summary->modCacheRemoved);
}

void TestGoTraceRunner::stallTimeoutKills()
{
    if (m_go.isEmpty())
        QSKIP("no go command on this machine");
    FakeProxy proxy(true);
    gmd::GoTraceOptions o = options(proxy);
    o.goVersion = m_goVersion;
    o.stallAfterMs = 1000;
    o.killAfterStallMs = 3000;
    gmd::GoTraceRunner runner;
    std::optional<gmd::GoTraceSummary> summary;
    connect(&runner, &gmd::GoTraceRunner::finished, this, [&](const gmd::GoTraceSummary& s) { summary = s; });
    QVERIFY(runner.start(o));
    QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 30000);
    QVERIFY(summary->stallTimeout);
    QVERIFY(summary->killed);
    QVERIFY(!summary->cancelled);
    QVERIFY2(summary->killReason.startsWith(u"stalled for"_s), qPrintable(summary->killReason));
    QVERIFY(!summary->stalls.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(groupGone(summary->processGroup), 5000);
    QCOMPARE(goChildren(), QStringList());
}

void TestGoTraceRunner::blockingHardTimeout()
{
    if (m_go.isEmpty())
        QSKIP("no go command on this machine");
    FakeProxy proxy(true);
    gmd::GoTraceOptions o = options(proxy);
    o.stallAfterMs = 1000;
    int stalls = 0;
    QElapsedTimer clock;
    clock.start();
    const gmd::GoTraceSummary s = gmd::runGoTrace(o, 3000, nullptr, [&](const gmd::StallFinding&) { ++stalls; });
    QVERIFY(s.timedOut);
    QVERIFY(s.killed);
    QVERIFY(s.elapsedMs >= 3000);
    QVERIFY(clock.elapsed() < 15000);
    QVERIFY(stalls > 0);
    QTRY_VERIFY_WITH_TIMEOUT(groupGone(s.processGroup), 5000);
    QCOMPARE(goChildren(), QStringList());
}

QTEST_GUILESS_MAIN(TestGoTraceRunner)
#include "tst_gotracerunner.moc"
