// SPDX-License-Identifier: MIT
// StallDetector with a fake clock: which open item is reported as which kind of stall
// (go-hang-causes.md H1, H4, H7, H9, H11, H17, H20), once per item, with probe hints cited.
#include "testutil/testutil.h"
#include "trace/stalldetector.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Lines as "@ms text"; the state starts at 0.
gmd::TraceState feed(const QStringList& lines, gmd::TraceState state = {})
{
    if (state.startedMs() < 0)
        state.markStarted(0);
    gmd::TraceLineParser parser;
    for (const QString& l : lines) {
        const qsizetype sp = l.indexOf(u' ');
        state.apply(parser.feed(l.mid(sp + 1).toUtf8() + '\n'), l.mid(1, sp - 1).toLongLong());
    }
    return state;
}

QStringList kinds(const QList<gmd::StallFinding>& findings)
{
    QStringList out;
    for (const auto& f : findings)
        out.append(f.kindName() + u' ' + f.hangId);
    return out;
}

const QString P = u"http://127.0.0.1:28731/p/example.com/hello/@v/"_s;
const QString D = u"/c/vcs/c19bff20f376595d3737e49de02a1a8348d373f213b975e6a811d3818b33e08a"_s;

} // namespace

class TestStallDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kinds_data();
    void kinds();
    void oncePerItem();
    void probeHint();
    void message();
    void oldestAge();
};

void TestStallDetector::kinds_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<qint64>("stallAfter");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QStringList>("expected");
    const QStringList proxy { u"@0 # get "_s + P + u"v1.0.0.info"_s };
    QTest::addRow("H1 proxy request due")
        << proxy << qint64(5000) << qint64(5000) << QStringList { u"proxy-request H1"_s };
    QTest::addRow("H1 not yet due") << proxy << qint64(5000) << qint64(4999) << QStringList();
    QTest::addRow("H1 after 2 s") << proxy << qint64(2000) << qint64(2000) << QStringList { u"proxy-request H1"_s };
    QTest::addRow("answered in time") << QStringList { proxy.first(),
        u"@4000 # get "_s + P + u"v1.0.0.info: 200 OK (4.000s)"_s }
                                      << qint64(5000) << qint64(5000) << QStringList();
    QTest::addRow("H4 sumdb lookup") << QStringList {
        u"@0 # get https://sum.golang.org/lookup/example.com/hello@v1.0.0"_s
    } << qint64(5000) << qint64(6000) << QStringList { u"sumdb-request H4"_s };
    QTest::addRow("H17 go-get") << QStringList { u"@0 # get https://git.corp.example/x?go-get=1"_s } << qint64(5000)
                                << qint64(6000) << QStringList { u"go-get H17"_s };
    QTest::addRow("H9 toolchain zip via the proxy") << QStringList {
        u"@0 # get https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go1.99.0.linux-amd64.zip"_s
    } << qint64(5000) << qint64(6000) << QStringList { u"toolchain-request H9"_s };
    QTest::addRow("H1 other URL") << QStringList { u"@0 # get https://storage.googleapis.com/b/o"_s } << qint64(5000)
                                  << qint64(6000) << QStringList { u"http-request H1"_s };
    QTest::addRow("H7 ls-remote") << QStringList { u"@0 cd "_s + D + u"; git ls-remote -q origin"_s } << qint64(5000)
                                  << qint64(6000) << QStringList { u"credential-prompt H7"_s };
    QTest::addRow("H7 fetch with options first") << QStringList {
        u"@0 cd "_s + D + u"; git -c protocol.version=2 fetch -f --depth=1 origin refs/tags/v1.0.0:refs/tags/v1.0.0"_s
    } << qint64(5000) << qint64(6000) << QStringList { u"credential-prompt H7"_s };
    QTest::addRow("H20 git archive") << QStringList {
        u"@0 cd "_s + D + u"; git -c core.autocrlf=false archive --format=zip HEAD"_s
    } << qint64(5000) << qint64(6000) << QStringList { u"git-command H20"_s };
    QTest::addRow("H11 lock")
        << QStringList { u"@0 mkdir -p /c/vcs # git3 https://github.com/openshift/installer-aro"_s,
               u"@0 # lock "_s + D + u".lock"_s }
        << qint64(5000) << qint64(6000) << QStringList { u"lock-wait H11"_s };
    QTest::addRow("H11 lock taken") << QStringList { u"@0 # lock "_s + D + u".lock"_s,
        u"@10 # "_s + D + u" for git3 https://x.example/r"_s }
                                    << qint64(5000) << qint64(5005) << QStringList();
    QTest::addRow("H9 toolchain download")
        << QStringList { u"@0 go: downloading go1.99.0 (linux/amd64)"_s } << qint64(5000) << qint64(6000)
        << QStringList { u"toolchain-download H9"_s };
    QTest::addRow("H20 no output at all")
        << QStringList() << qint64(5000) << qint64(5000) << QStringList { u"no-output H20"_s };
    QTest::addRow("no output, not yet") << QStringList() << qint64(5000) << qint64(4000) << QStringList();
    QTest::addRow("silent after the last result")
        << QStringList { proxy.first(), u"@100 # get "_s + P + u"v1.0.0.info: 404 Not Found (0.100s)"_s }
        << qint64(5000) << qint64(5100) << QStringList { u"silent H20"_s };
    QTest::addRow("two stalls, oldest first")
        << QStringList { u"@0 # get https://sum.golang.org/latest"_s, u"@10 # get "_s + P + u"v1.0.0.mod"_s,
               u"@4000 # get "_s + P + u"v1.0.0.zip"_s }
        << qint64(5000) << qint64(5010) << QStringList { u"sumdb-request H4"_s, u"proxy-request H1"_s };
}

void TestStallDetector::kinds()
{
    QFETCH(QStringList, lines);
    QFETCH(qint64, stallAfter);
    QFETCH(qint64, now);
    QFETCH(QStringList, expected);
    gmd::StallDetector d(stallAfter);
    const QList<gmd::StallFinding> found = d.check(feed(lines), now);
    QCOMPARE(::kinds(found), expected);
    for (const auto& f : found) {
        QVERIFY(!f.cause.isEmpty());
        QVERIFY(!f.fix.isEmpty());
        QVERIFY(f.ageMs >= stallAfter);
    }
}

void TestStallDetector::oncePerItem()
{
    gmd::StallDetector d;
    gmd::TraceState s = feed({ u"@0 # get "_s + P + u"v1.0.0.info"_s });
    QCOMPARE(d.check(s, 5000).size(), 1);
    QCOMPARE(d.check(s, 6000).size(), 0);
    QCOMPARE(d.check(s, 60000).size(), 0);
    s = feed({ u"@61000 # get "_s + P + u"v1.0.0.mod"_s }, s);
    QCOMPARE(d.check(s, 62000).size(), 0);
    const QList<gmd::StallFinding> later = d.check(s, 66000);
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.first().url, P + u"v1.0.0.mod"_s);
    QCOMPARE(later.first().sinceMs, 61000);
    QCOMPARE(d.findings().size(), 2);
}

void TestStallDetector::probeHint()
{
    gmd::StallDetector d;
    // A hint without the port matches a host with one; another host's hint is not cited.
    d.setProbeHints({ { u"proxy.other"_s, u"healthy"_s, {} },
        { u"127.0.0.1"_s, u"accepted but silent"_s, u"no first byte after 10 s"_s } });
    const QList<gmd::StallFinding> f = d.check(feed({ u"@0 # get "_s + P + u"v1.0.0.info"_s }), 5000);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().host, u"127.0.0.1:28731"_s);
    QCOMPARE(f.first().probe, u"127.0.0.1: accepted but silent (no first byte after 10 s)"_s);
    QVERIFY(f.first().message().contains(u"Probe: 127.0.0.1: accepted but silent"_s));
}

void TestStallDetector::message()
{
    gmd::StallDetector d;
    const QList<gmd::StallFinding> f = d.check(
        feed({ u"@0 # get https://ghp_abcdefghijklmnopqrstuvwxyz0123456789@corp.example/m.example/x/@v/v1.0.0.zip"_s }),
        7500);
    QCOMPARE(f.size(), 1);
    const gmd::StallFinding& s = f.first();
    QCOMPARE(s.kind, gmd::StallFinding::Kind::ProxyRequest);
    QCOMPARE(s.module, u"m.example/x"_s);
    QCOMPARE(s.version, u"v1.0.0"_s);
    QCOMPARE(s.ageMs, 7500);
    QVERIFY2(s.summary.contains(u"7.5 s"_s), qPrintable(s.summary));
    QVERIFY2(s.summary.contains(u"proxy request for m.example/x@v1.0.0"_s), qPrintable(s.summary));
    QVERIFY2(!s.message().contains(u"ghp_"_s), qPrintable(s.message()));
    QVERIFY(s.message().contains(u"Fix: "_s));
    QVERIFY(s.cause.contains(u"NET-1"_s));
}

void TestStallDetector::oldestAge()
{
    QCOMPARE(gmd::StallDetector::oldestStallAge(feed({}), 3000), 3000);
    QCOMPARE(gmd::StallDetector::oldestStallAge(feed({ u"@100 # get "_s + P + u"v1.0.0.info"_s }), 3000), 2900);
    QCOMPARE(gmd::StallDetector::oldestStallAge(feed({ u"@100 go: finding module for package x"_s }), 3000), 0);
}

QTEST_GUILESS_MAIN(TestStallDetector)
#include "tst_stalldetector.moc"
