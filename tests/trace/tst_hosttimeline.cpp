// SPDX-License-Identifier: MIT
// trace/hosttimeline.h: the per-host activity and timeline of a trace (issue 4 progress), and
// the size of the downloaded files.
#include "trace/hosttimeline.h"
#include "testutil/testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

gmd::TraceRequest request(const QString& host, qint64 start, qint64 end,
    gmd::TraceRequest::Outcome outcome = gmd::TraceRequest::Outcome::Ok)
{
    gmd::TraceRequest r;
    r.url = u"https://%1/x/@v/list"_s.arg(host);
    r.info.host = host;
    r.startMs = start;
    r.endMs = end;
    r.outcome = end < 0 ? gmd::TraceRequest::Outcome::Running : outcome;
    return r;
}

} // namespace

class TestHostTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void activity_data()
    {
        QTest::addColumn<QList<gmd::TraceRequest>>("requests");
        QTest::addColumn<QString>("expected"); // host requests/done/failed/running first last busy; ...
        QTest::addRow("one host, overlapping requests merge into busy time")
            << QList<gmd::TraceRequest> { request(u"proxy.example"_s, 0, 100), request(u"proxy.example"_s, 50, 200) }
            << u"proxy.example 2/2/0/0 0 200 200"_s;
        QTest::addRow("two hosts in order of first contact, a gap is not busy")
            << QList<gmd::TraceRequest> { request(u"b.example"_s, 10, 20), request(u"a.example"_s, 30, 40),
                   request(u"b.example"_s, 100, 150) }
            << u"b.example 2/2/0/0 10 150 60; a.example 1/1/0/0 30 40 10"_s;
        QTest::addRow("NET-1 a request without result stays open until now")
            << QList<gmd::TraceRequest> { request(u"silent.example"_s, 100, -1) } << u"silent.example 1/0/0/1 100 -1 900"_s;
        QTest::addRow("PROXY-8 a 404 is done but not OK")
            << QList<gmd::TraceRequest> { request(u"p.example"_s, 0, 5, gmd::TraceRequest::Outcome::NotFound) }
            << u"p.example 1/1/1/0 0 5 5"_s;
    }
    void activity()
    {
        QFETCH(QList<gmd::TraceRequest>, requests);
        QFETCH(QString, expected);
        QStringList got;
        for (const gmd::HostActivity& a : gmd::hostActivity(requests, 1000))
            got << u"%1 %2/%3/%4/%5 %6 %7 %8"_s.arg(a.host)
                       .arg(a.requests)
                       .arg(a.done)
                       .arg(a.failed)
                       .arg(a.running)
                       .arg(a.firstStartMs)
                       .arg(a.lastEndMs)
                       .arg(a.busyMs);
        QCOMPARE(got.join(u"; "_s), expected);
    }

    void render()
    {
        const QList<gmd::TraceRequest> requests { request(u"proxy.example"_s, 0, 250),
            request(u"silent.example"_s, 500, -1) };
        const QString text = gmd::renderHostTimeline(requests, 1000, 8);
        QCOMPARE(text,
            u"proxy.example  |===.....| 1 request, 1 done, 0.25 s busy\n"
            "silent.example |....>>>>| 1 request, 0 done, 1 still open, 0.50 s busy\n"_s);
        QVERIFY(gmd::renderHostTimeline({}, 1000).isEmpty());
    }

    void directorySize()
    {
        QTemporaryDir tmp;
        QCOMPARE(gmd::directorySize(tmp.filePath(u"missing"_s)), qint64(0));
        QVERIFY(gmdtest::writeFile(tmp.filePath(u"a/b.zip"_s), QByteArray(1000, 'x')));
        QVERIFY(gmdtest::writeFile(tmp.filePath(u"c.info"_s), QByteArray(24, 'y')));
        QCOMPARE(gmd::directorySize(tmp.path()), qint64(1024));
    }
};

QTEST_GUILESS_MAIN(TestHostTimeline)
#include "tst_hosttimeline.moc"
