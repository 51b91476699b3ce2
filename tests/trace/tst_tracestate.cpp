// SPDX-License-Identifier: MIT
// TraceState: start and result lines matched by URL (OUT-2: interleaved, duplicated, special
// forms without a start line), VCS commands with their timing lines (OUT-3), lock waits
// (CACHE-3), toolchain downloads (TC-4), URL decoding (PROTO-1, SUMDB-3, VCS-1), timeline.
#include "testutil/testutil.h"
#include "trace/tracestate.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Feeds `lines` to a state, line i at time i * 1000 ms (or the time given as "@ms " prefix).
gmd::TraceState run(const QStringList& lines, const QStringList& bases = {})
{
    gmd::TraceState state;
    state.setProxyBases(bases);
    state.markStarted(0);
    gmd::TraceLineParser parser;
    qint64 t = 0;
    for (const QString& l : lines) {
        QString line = l;
        if (line.startsWith(u'@')) {
            const qsizetype sp = line.indexOf(u' ');
            t = line.mid(1, sp - 1).toLongLong();
            line = line.mid(sp + 1);
        } else {
            t += 1000;
        }
        state.apply(parser.feed(line.toUtf8() + '\n'), t);
    }
    state.apply(parser.finish(), t);
    return state;
}

const QString P = u"http://127.0.0.1:28731/p/example.com/hello/@v/"_s;

} // namespace

class TestTraceState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urls_data();
    void urls();
    void remoteHosts();
    void matching();
    void interleaved();
    void duplicates();
    void specialForms();
    void vcs();
    void toolchainDownload();
    void timeline();
};

void TestTraceState::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("bases");
    QTest::addColumn<QString>("expected"); // kind endpoint host module version sumdb base
    QTest::addRow("PROTO-1 list with a known base")
        << u"https://goproxy.corp/api/go.v1/github.com/!azure/azure-sdk/@v/list"_s
        << QStringList { u"https://goproxy.corp/api/go.v1/"_s }
        << u"proxy list goproxy.corp github.com/Azure/azure-sdk  - https://goproxy.corp/api/go.v1"_s;
    QTest::addRow("PROTO-1 info, base guessed from the first dotted element")
        << P + u"v1.0.0.info"_s << QStringList()
        << u"proxy info 127.0.0.1:28731 example.com/hello v1.0.0 - http://127.0.0.1:28731/p"_s;
    QTest::addRow("PROTO-1 escaped version")
        << u"https://proxy.golang.org/example.com/x/@v/v1.0.0-!r!c1.zip"_s << QStringList()
        << u"proxy zip proxy.golang.org example.com/x v1.0.0-RC1 - https://proxy.golang.org"_s;
    QTest::addRow("go percent-encodes the '!' of escaped paths")
        << u"http://127.0.0.1:28731/p/example.com/%21foo/bar/@v/v1.0.0.zip"_s << QStringList { u"http://127.0.0.1:28731/p"_s }
        << u"proxy zip 127.0.0.1:28731 example.com/Foo/bar v1.0.0 - http://127.0.0.1:28731/p"_s;
    QTest::addRow("PROTO-1 mod") << u"https://proxy.golang.org/example.com/x/@v/v1.2.3.mod"_s << QStringList()
                                 << u"proxy mod proxy.golang.org example.com/x v1.2.3 - https://proxy.golang.org"_s;
    QTest::addRow("PROTO-1 latest") << u"https://proxy.golang.org/golang.org/x/text/@latest"_s << QStringList()
                                    << u"proxy latest proxy.golang.org golang.org/x/text  - https://proxy.golang.org"_s;
    QTest::addRow("TC-3 toolchain zip")
        << u"https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go1.99.0.linux-amd64.zip"_s << QStringList()
        << u"proxy zip proxy.golang.org golang.org/toolchain v0.0.1-go1.99.0.linux-amd64 - https://proxy.golang.org"_s;
    QTest::addRow("SUMDB-3 supported via proxy")
        << u"https://proxy.golang.org/sumdb/sum.golang.org/supported"_s << QStringList { u"https://proxy.golang.org"_s }
        << u"sumdb supported proxy.golang.org   sum.golang.org https://proxy.golang.org"_s;
    QTest::addRow("SUMDB-3 lookup via proxy, unknown base")
        << u"https://goproxy.cn/sumdb/sum.golang.org/lookup/github.com/!x/y@v1.0.0"_s << QStringList()
        << u"sumdb lookup goproxy.cn github.com/X/y v1.0.0 sum.golang.org https://goproxy.cn"_s;
    QTest::addRow("SUMDB-3 tile direct") << u"https://sum.golang.org/tile/8/0/x089/123"_s << QStringList()
                                         << u"sumdb tile sum.golang.org   sum.golang.org https://sum.golang.org"_s;
    QTest::addRow("SUMDB-3 lookup direct")
        << u"https://sum.golang.org/lookup/golang.org/x/text@v0.3.0"_s << QStringList()
        << u"sumdb lookup sum.golang.org golang.org/x/text v0.3.0 sum.golang.org https://sum.golang.org"_s;
    QTest::addRow("SUMDB-3 latest direct")
        << u"https://sum.golang.org/latest"_s << QStringList()
        << u"sumdb latest-tree sum.golang.org   sum.golang.org https://sum.golang.org"_s;
    QTest::addRow("VCS-1 go-get")
        << u"https://git.corp.example/team/lib?go-get=1"_s << QStringList()
        << u"go-get go-get git.corp.example git.corp.example/team/lib  - https://git.corp.example"_s;
    QTest::addRow("other") << u"https://storage.googleapis.com/bucket/object"_s << QStringList()
                           << u"other  storage.googleapis.com   - "_s;
}

void TestTraceState::urls()
{
    QFETCH(QString, url);
    QFETCH(QStringList, bases);
    QFETCH(QString, expected);
    const gmd::TraceUrlInfo i = gmd::decodeTraceUrl(url, bases);
    const QString got = QStringList { i.kindName(), i.endpointName(), i.host, i.module, i.version,
        i.sumdbName.isEmpty() ? u"-"_s : i.sumdbName, i.base }
                            .join(u' ');
    QCOMPARE(got, expected);
}

void TestTraceState::remoteHosts()
{
    QCOMPARE(gmd::vcsRemoteHost(u"https://GitHub.com/a/b"_s), u"github.com"_s);
    QCOMPARE(gmd::vcsRemoteHost(u"ssh://git@git.corp.example:2222/x"_s), u"git.corp.example"_s);
    QCOMPARE(gmd::vcsRemoteHost(u"git@github.com:a/b"_s), u"github.com"_s);
    QCOMPARE(gmd::vcsRemoteHost(u"/srv/repos/x"_s), QString());
}

void TestTraceState::matching()
{
    const gmd::TraceState s = run({ u"# get "_s + P + u"v1.0.0.mod"_s,
        u"# get "_s + P + u"v1.0.0.mod: 404 Not Found (0.001s)"_s, u"# get "_s + P + u"v1.0.0.info"_s });
    QCOMPARE(s.requests().size(), 2);
    QCOMPARE(s.requestsDone(), 1);
    QCOMPARE(s.requestsRunning(), 1);
    const gmd::TraceRequest& r = s.requests().at(0);
    QCOMPARE(r.outcome, gmd::TraceRequest::Outcome::NotFound);
    QCOMPARE(r.startMs, 1000);
    QCOMPARE(r.endMs, 2000);
    QCOMPARE(r.startLine, 1);
    QCOMPARE(r.endLine, 2);
    QCOMPARE(r.outcomeText(), u"404 Not Found (0.001s)"_s);
    QCOMPARE(r.info.module, u"example.com/hello"_s);
    QCOMPARE(s.lastOutputMs(), 3000);
    QVERIFY2(s.progressText().contains(u"1 requests done, 1 running"_s), qPrintable(s.progressText()));
    QVERIFY(s.progressText().contains(u"bytes are not reported"_s));
    const QList<gmd::TraceOpenItem> open = s.openItems();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().label, P + u"v1.0.0.info"_s);
}

void TestTraceState::interleaved()
{
    // OUT-2: concurrent requests; results arrive in another order, with an error in between.
    const QString a = P + u"v1.0.0.mod"_s;
    const QString b = u"https://proxy.golang.org/golang.org/x/text/@v/list"_s;
    const QString c = u"https://proxy.golang.org/golang.org/x/net/@v/list"_s;
    const gmd::TraceState s = run({ u"@100 # get "_s + a, u"@200 # get "_s + b, u"@300 # get "_s + c,
        u"@400 # get "_s + c + u": 200 OK (0.100s)"_s,
        u"@500 go: example.com/hello@v1.0.0: reading "_s + a + u": 404 Not Found"_s,
        u"@600 # get "_s + a + u": Get \""_s + a + u"\": dial tcp: i/o timeout"_s });
    QCOMPARE(s.requests().size(), 3);
    QCOMPARE(s.requests().at(0).outcome, gmd::TraceRequest::Outcome::Failed);
    QCOMPARE(s.requests().at(0).endMs, 600);
    QCOMPARE(s.requests().at(0).error, u"Get \""_s + a + u"\": dial tcp: i/o timeout"_s);
    QCOMPARE(s.requests().at(1).outcome, gmd::TraceRequest::Outcome::Running);
    QCOMPARE(s.requests().at(2).outcome, gmd::TraceRequest::Outcome::Ok);
    QCOMPARE(s.requests().at(2).endMs, 400);
    QCOMPARE(s.errors().size(), 1);
    QCOMPARE(s.errors().first().module, u"example.com/hello"_s);
    QCOMPARE(s.openItems().size(), 1);
    QCOMPARE(s.openItems().first().startMs, 200);
}

void TestTraceState::duplicates()
{
    // The same URL twice: the first result belongs to the oldest start line.
    const QString u = P + u"v1.0.0.mod"_s;
    const gmd::TraceState s =
        run({ u"@10 # get "_s + u, u"@20 # get "_s + u, u"@30 # get "_s + u + u": 404 Not Found (0.020s)"_s,
            u"@40 # get "_s + u + u": 200 OK (0.020s)"_s, u"@50 # get "_s + u });
    QCOMPARE(s.requests().size(), 3);
    QCOMPARE(s.requests().at(0).endMs, 30);
    QCOMPARE(s.requests().at(0).status, 404);
    QCOMPARE(s.requests().at(1).endMs, 40);
    QCOMPARE(s.requests().at(1).status, 200);
    QVERIFY(!s.requests().at(2).done());
    QCOMPARE(s.requestsRunning(), 1);
    QCOMPARE(s.requestsDone(), 2);
}

void TestTraceState::specialForms()
{
    // OUT-2: `insecure` has no start line; it must not close another request's start.
    const gmd::TraceState s =
        run({ u"# get https://p.example/m/@v/list"_s, u"# get http://git.lan/x?go-get=1: insecure"_s });
    QCOMPARE(s.requests().size(), 2);
    QCOMPARE(s.requests().at(1).outcome, gmd::TraceRequest::Outcome::Refused);
    QVERIFY(!s.requests().at(1).hasStartLine);
    QCOMPARE(s.requests().at(1).info.kind, gmd::TraceUrlInfo::Kind::GoGet);
    QCOMPARE(s.requestsRunning(), 1);
}

void TestTraceState::vcs()
{
    const QString remote = u"https://git.corp.example/team/lib"_s;
    const QString dir = u"/c/vcs/"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(QByteArray("git3:" + remote.toUtf8()), QCryptographicHash::Sha256).toHex());
    const gmd::TraceState s = run({ u"@100 mkdir -p /c/vcs # git3 "_s + remote, u"@110 # lock "_s + dir + u".lock"_s,
        u"@5000 mkdir -p "_s + dir + u" # git3 "_s + remote, u"@5010 cd "_s + dir + u"; git init --bare"_s,
        u"@5020 cd "_s + dir + u"; git ls-remote -q origin"_s, u"@5030 0.010s # cd "_s + dir + u"; git init --bare"_s,
        u"@5040 cd "_s + dir + u"; git tag -l"_s, u"@5050 cd "_s + dir + u"; git tag -l"_s,
        u"@5060 0.005s # cd "_s + dir + u"; git tag -l"_s, u"@5070 0.003s # git version"_s });
    // CACHE-3: the lock wait ends when the repo dir shows up again; its remote comes from the
    // sha256 of "git3:" + remote (VCS-4).
    QCOMPARE(s.lockWaits().size(), 1);
    QCOMPARE(s.lockWaits().first().remote, remote);
    QCOMPARE(s.lockWaits().first().startMs, 110);
    QCOMPARE(s.lockWaits().first().endMs, 5000);
    QCOMPARE(s.vcsCommands().size(), 5);
    QCOMPARE(s.vcsCommands().at(0).endMs, 5030);
    QCOMPARE(s.vcsCommands().at(0).seconds, 0.010);
    QCOMPARE(s.vcsCommands().at(0).remote, remote);
    QVERIFY(!s.vcsCommands().at(1).done());
    QVERIFY(s.vcsCommands().at(1).talksToRemote());
    QCOMPARE(s.vcsCommands().at(2).endMs, 5060); // FIFO for the same command line
    QVERIFY(!s.vcsCommands().at(3).done());
    QCOMPARE(s.vcsRunning(), 2);
    const QList<gmd::TraceOpenItem> open = s.openItems();
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(0).label, u"cd "_s + dir + u"; git ls-remote -q origin"_s);
    QCOMPARE(open.at(0).kind, gmd::TraceOpenItem::Kind::VcsCommand);
    QVERIFY(s.hosts().contains(u"git.corp.example"_s));
}

void TestTraceState::toolchainDownload()
{
    gmd::TraceState s = run({ u"@100 go: downloading go1.99.0 (linux/amd64)"_s });
    QCOMPARE(s.openItems().size(), 1);
    QCOMPARE(s.openItems().first().kind, gmd::TraceOpenItem::Kind::ToolchainDownload);
    gmd::TraceLineParser p;
    s.apply(p.feed("go: upgrading toolchain to go1.99.0 (required by go line in go.mod; upgrade allowed by "
                   "GOTOOLCHAIN=auto)\n"),
        900);
    QVERIFY(s.openItems().isEmpty());
    QCOMPARE(s.toolchainDownloads().first().endMs, 900);
    QCOMPARE(s.toolchainLines().size(), 1);
}

void TestTraceState::timeline()
{
    const gmd::TraceState s = run({ u"@10 # get https://b.example/m.example/x/@v/list"_s,
        u"@20 # get https://a.example/m.example/x/@v/list"_s, u"@30 # get https://b.example/m.example/y/@v/list"_s,
        u"@40 # get https://b.example/m.example/x/@v/list: 200 OK (0.030s)"_s });
    QCOMPARE(s.hosts(), (QStringList { u"b.example"_s, u"a.example"_s }));
    const QList<gmd::TraceTimelineEntry> t = s.timeline();
    QCOMPARE(t.size(), 3);
    QCOMPARE(t.at(0).host, u"b.example"_s);
    QCOMPARE(t.at(0).endMs, 40);
    QVERIFY(t.at(0).ok);
    QCOMPARE(t.at(1).host, u"b.example"_s);
    QCOMPARE(t.at(1).endMs, -1);
    QCOMPARE(t.at(1).outcome, u"no answer yet"_s);
    QCOMPARE(t.at(2).host, u"a.example"_s);
}

QTEST_GUILESS_MAIN(TestTraceState)
#include "tst_tracestate.moc"
