// SPDX-License-Identifier: MIT
// TraceLineParser: every row of vectors/x_trace_lines.tsv is recognised as its kind (OUT-2..4,
// TC-4/5), own rows check the fields, and chunked input (split lines, split UTF-8, CRLF) gives
// the same events as one piece, with continuation lines joined to their error (OUT-4).
#include "testutil/testutil.h"
#include "trace/tracelineparser.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Type = gmd::TraceEvent::Type;

QString typeName(Type t)
{
    static const char* const names[] = { "HttpStart", "HttpResult", "HttpError", "HttpSpecial", "VcsWorkdir", "VcsLock",
        "VcsReuse", "VcsCommand", "VcsDone", "Downloading", "ToolchainDownloading", "ToolchainSwitch", "ToolchainTrace",
        "GoAuthErrors", "GoError", "SecurityError", "Other" };
    return QString::fromLatin1(names[int(t)]);
}

QString errorKindName(gmd::TraceEvent::ErrorKind k)
{
    static const char* const names[] = { "None", "HttpStatus", "Network", "InvalidResponse", "ProxyOff",
        "ProxyListEmpty", "Verifying", "VcsExit", "ToolchainTooOld", "ToolchainNotAvailable", "Other" };
    return QString::fromLatin1(names[int(k)]);
}

/// One field of an event by name, as text.
QString field(const gmd::TraceEvent& e, const QString& name)
{
    const QMap<QString, QString> f {
        { u"type"_s, typeName(e.type) },
        { u"errorKind"_s, errorKindName(e.errorKind) },
        { u"url"_s, e.url },
        { u"status"_s, e.status ? QString::number(e.status) : QString() },
        { u"statusText"_s, e.statusText },
        { u"seconds"_s, e.seconds >= 0 ? QString::number(e.seconds, 'f', 3) : QString() },
        { u"error"_s, e.error },
        { u"dir"_s, e.dir },
        { u"vcsType"_s, e.vcsType },
        { u"remote"_s, e.remote },
        { u"lockFile"_s, e.lockFile },
        { u"vcs"_s, e.vcs },
        { u"command"_s, e.command },
        { u"module"_s, e.module },
        { u"version"_s, e.version },
        { u"goos"_s, e.goos },
        { u"goarch"_s, e.goarch },
        { u"text"_s, e.text },
        { u"continuation"_s, e.continuation.join(u'|') },
        { u"verifying"_s, e.verifying ? u"true"_s : u"false"_s },
        { u"line"_s, QString::number(e.lineNumber) },
    };
    return f.value(name, u"<no field %1>"_s.arg(name));
}

/// Everything an event says, for comparing event lists.
QString describe(const gmd::TraceEvent& e)
{
    QStringList parts;
    for (const QString& n : { u"type"_s, u"errorKind"_s, u"url"_s, u"status"_s, u"statusText"_s, u"seconds"_s,
             u"error"_s, u"dir"_s, u"remote"_s, u"lockFile"_s, u"command"_s, u"module"_s, u"version"_s, u"text"_s,
             u"continuation"_s, u"line"_s })
        parts.append(field(e, n));
    return parts.join(u'|');
}

Type expectedType(const QString& kind)
{
    static const QMap<QString, Type> map {
        { u"http_start"_s, Type::HttpStart },
        { u"http_result"_s, Type::HttpResult },
        { u"http_error"_s, Type::HttpError },
        { u"http_error_special"_s, Type::HttpSpecial },
        { u"vcs_workdir"_s, Type::VcsWorkdir },
        { u"vcs_lock"_s, Type::VcsLock },
        { u"vcs_reuse"_s, Type::VcsReuse },
        { u"vcs_cmd_start"_s, Type::VcsCommand },
        { u"vcs_cmd_done"_s, Type::VcsDone },
        { u"module_download"_s, Type::Downloading },
        { u"toolchain_download"_s, Type::ToolchainDownloading },
        { u"toolchain_switch"_s, Type::ToolchainSwitch },
        { u"toolchain_trace"_s, Type::ToolchainTrace },
        { u"goauth_errors"_s, Type::GoAuthErrors },
        { u"err_security"_s, Type::SecurityError },
    };
    return kind.startsWith(u"err_"_s) ? map.value(kind, Type::GoError) : map.value(kind, Type::Other);
}

QList<gmd::TraceEvent> parseAll(const QByteArray& text, int chunkSize)
{
    gmd::TraceLineParser p;
    QList<gmd::TraceEvent> out;
    for (qsizetype i = 0; i < text.size(); i += chunkSize)
        out += p.feed(text.mid(i, chunkSize));
    out += p.finish();
    return out;
}

} // namespace

class TestTraceLineParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data();
    void vectors();
    void lines_data();
    void lines();
    void chunks_data();
    void chunks();
    void continuation();
};

void TestTraceLineParser::vectors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("regex");
    QTest::addColumn<QString>("example");
    const gmdtest::TsvTable t = gmdtest::readTsv(gmdtest::vectorsDir() + u"/x_trace_lines.tsv"_s);
    const gmdtest::TsvTable raw = gmdtest::readTsv(gmdtest::vectorsDir() + u"/x_trace_lines.tsv"_s, false);
    if (!t.ok() || !raw.ok()) {
        QTest::addRow("vectors absent") << QString() << QString() << QString();
        return;
    }
    for (int i = 0; i < t.rows.size(); ++i) {
        const QString kind = t.field(i, u"kind"_s);
        QTest::addRow("OUT %s", qPrintable(gmdtest::rowName(t, i, kind)))
            << kind << raw.field(i, u"regex"_s) << t.field(i, u"example"_s);
    }
}

void TestTraceLineParser::vectors()
{
    if (QByteArray(QTest::currentDataTag()) == "vectors absent")
        QSKIP("vectors absent");
    QFETCH(QString, kind);
    QFETCH(QString, regex);
    QFETCH(QString, example);
    const QRegularExpression reference(regex);
    QVERIFY2(reference.isValid(), qPrintable(reference.errorString()));
    const QRegularExpressionMatch m = reference.match(example);
    QVERIFY2(m.hasMatch(), "the vector's own regex must match its example");

    QCOMPARE(gmd::traceLineKindName(gmd::classifyTraceLine(example)), kind);

    // Through the streaming parser; a continuation line needs an error line before it.
    QByteArray input = example.toUtf8() + '\n';
    if (kind == u"err_server_response"_s)
        input.prepend("go: example.com/hello@v1.0.0: reading https://proxy.example/x/@v/v1.0.0.info: 403 Forbidden\n");
    const QList<gmd::TraceEvent> events = parseAll(input, 1 << 20);
    QCOMPARE(events.size(), 1);
    const gmd::TraceEvent& e = events.first();
    QCOMPARE(typeName(e.type), typeName(expectedType(kind)));

    // Every non-empty capture of the reference regex is carried by some field of the event.
    const QString all = describe(e) + u'|' + field(e, u"goos"_s) + u'|' + field(e, u"goarch"_s) + u'|'
        + field(e, u"vcsType"_s) + u'|' + field(e, u"vcs"_s);
    for (int g = 1; g <= reference.captureCount(); ++g) {
        const QString cap = m.captured(g);
        QVERIFY2(cap.isEmpty() || all.contains(cap), qPrintable(u"capture %1 \"%2\" not in %3"_s.arg(g).arg(cap, all)));
    }
}

void TestTraceLineParser::lines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected"); // "field=value"
    QTest::addRow("OUT-2 start") << u"# get https://proxy.golang.org/golang.org/x/text/@v/list"_s
                                 << QStringList { u"type=HttpStart"_s,
                                        u"url=https://proxy.golang.org/golang.org/x/text/@v/list"_s };
    QTest::addRow("OUT-2 result 200") << u"# get https://proxy.golang.org/x/@v/list: 200 OK (0.123s)"_s
                                      << QStringList { u"type=HttpResult"_s, u"status=200"_s, u"statusText=OK"_s,
                                             u"seconds=0.123"_s };
    QTest::addRow("OUT-2 result without status text")
        << u"# get http://h/x: 599 (1.500s)"_s
        << QStringList { u"type=HttpResult"_s, u"status=599"_s, u"statusText="_s };
    QTest::addRow("OUT-2 error with a duration-like text inside")
        << u"# get http://h/x: net/http: timeout (10.000s) awaiting headers"_s
        << QStringList { u"type=HttpError"_s, u"error=net/http: timeout (10.000s) awaiting headers"_s };
    QTest::addRow("OUT-2 insecure credentials")
        << u"# get http://h/x: insecure credentials"_s
        << QStringList { u"type=HttpSpecial"_s, u"error=insecure credentials"_s };
    QTest::addRow("OUT-2 redacted password") << u"# get https://user:xxxxx@corp.example/m/@v/list"_s
                                             << QStringList { u"url=https://user:xxxxx@corp.example/m/@v/list"_s };
    QTest::addRow("masking a token in a URL")
        << u"# get https://ghp_abcdefghijklmnopqrstuvwxyz0123456789@corp.example/m/@v/list"_s
        << QStringList { u"url=https://xxxxx@corp.example/m/@v/list"_s };
    QTest::addRow("OUT-3 cmd quoted")
        << u"cd /c/vcs/ab; git -c protocol.version=2 fetch -f --depth=1 origin 'refs/tags/v1.0.0:refs/tags/v1.0.0'"_s
        << QStringList { u"type=VcsCommand"_s, u"dir=/c/vcs/ab"_s, u"vcs=git"_s };
    QTest::addRow("OUT-3 done without cd")
        << u"0.010s # git version"_s
        << QStringList { u"type=VcsDone"_s, u"dir="_s, u"command=version"_s, u"seconds=0.010"_s };
    QTest::addRow("OUT-3 hg workdir") << u"mkdir -p /c/vcs/x # vcs1.hg https://hg.example/r"_s
                                      << QStringList { u"type=VcsWorkdir"_s, u"vcsType=vcs1.hg"_s,
                                             u"remote=https://hg.example/r"_s };
    QTest::addRow("TC-4 toolchain download")
        << u"go: downloading go1.24.4 (darwin/arm64)"_s
        << QStringList { u"type=ToolchainDownloading"_s, u"version=go1.24.4"_s, u"goos=darwin"_s, u"goarch=arm64"_s };
    QTest::addRow("TC-5 default toolchain") << u"go: default toolchain set to go1.24.4 from GOTOOLCHAIN=local"_s
                                            << QStringList { u"type=ToolchainTrace"_s };
    QTest::addRow("TC-5 using local") << u"go: using local toolchain go1.24.4"_s
                                      << QStringList { u"type=ToolchainTrace"_s,
                                             u"text=using local toolchain go1.24.4"_s };
    QTest::addRow("OUT-4 verifying module with status")
        << u"go: example.com/hello@v1.0.0: verifying module: example.com/hello@v1.0.0: reading https://sum.golang.org/lookup/example.com/hello@v1.0.0: 410 Gone"_s
        << QStringList { u"type=GoError"_s, u"errorKind=HttpStatus"_s, u"verifying=true"_s, u"status=410"_s,
               u"module=example.com/hello"_s, u"version=v1.0.0"_s };
    QTest::addRow("OUT-4 verifying checksum mismatch")
        << u"go: example.com/hello@v1.0.0: verifying module: checksum mismatch"_s
        << QStringList { u"errorKind=Verifying"_s, u"text=verifying module: checksum mismatch"_s };
    QTest::addRow("OUT-4 exit status 128")
        << u"go: git.corp.example/x@v1.0.0: git ls-remote -q origin in /c/vcs/ab: exit status 128:"_s
        << QStringList { u"errorKind=VcsExit"_s, u"module=git.corp.example/x"_s };
    QTest::addRow("OUT-4 error without version")
        << u"go: git.corp.example/x: module lookup disabled by GOPROXY=off"_s
        << QStringList { u"errorKind=ProxyOff"_s, u"module=git.corp.example/x"_s, u"version="_s };
    QTest::addRow("OUT-4 go.mod not found is an error")
        << u"go: go.mod file not found in current directory or any parent directory; see 'go help modules'"_s
        << QStringList { u"type=GoError"_s, u"module="_s };
    QTest::addRow("informational go line")
        << u"go: finding module for package example.com/x"_s << QStringList { u"type=Other"_s };
    QTest::addRow("a -json brace") << u"{"_s << QStringList { u"type=Other"_s };
    QTest::addRow("empty line") << QString() << QStringList { u"type=Other"_s };
}

void TestTraceLineParser::lines()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    const QList<gmd::TraceEvent> events = parseAll(line.toUtf8() + '\n', 1 << 20);
    QCOMPARE(events.size(), 1);
    for (const QString& pair : expected) {
        const qsizetype eq = pair.indexOf(u'=');
        QCOMPARE(field(events.first(), pair.left(eq)), pair.mid(eq + 1));
    }
}

void TestTraceLineParser::chunks_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("events");
    const QByteArray trace =
        "# get http://127.0.0.1:1/p/example.com/hello/@v/v1.0.0.mod\n"
        "mkdir -p /c/vcs # git3 https://git.example/r\n"
        "# lock /c/vcs/c19b\xe2\x80\xa6"
        "e08a.lock\n"
        "# get http://127.0.0.1:1/p/example.com/hello/@v/v1.0.0.mod: 404 Not Found (0.001s)\n"
        "go: example.com/hello@v1.0.0: reading http://127.0.0.1:1/p/example.com/hello/@v/v1.0.0.mod: 404 Not Found\n"
        "\tserver response: not found: example.com/hello@v1.0.0: invalid version\n"
        "cd /c/vcs/c19b\xe2\x80\xa6"
        "e08a; git ls-remote -q origin\n";
    QTest::addRow("LF") << trace << 6;
    QByteArray crlf = trace;
    crlf.replace("\n", "\r\n");
    QTest::addRow("CRLF") << crlf << 6;
    QTest::addRow("no final newline") << trace.chopped(1) << 6;
    QTest::addRow("error held until the end")
        << QByteArray("go: m.example/x@v1: Get \"https://p/x\": EOF\n\tmore\n") << 1;
}

void TestTraceLineParser::chunks()
{
    QFETCH(QByteArray, text);
    QFETCH(int, events);
    const QList<gmd::TraceEvent> whole = parseAll(text, int(text.size()) + 1);
    QCOMPARE(whole.size(), events);
    QStringList reference;
    for (const auto& e : whole)
        reference.append(describe(e));
    // Every chunk size, so that lines, CRLF pairs and the UTF-8 of '…' are split everywhere.
    for (int size = 1; size <= 17; ++size) {
        QStringList got;
        for (const auto& e : parseAll(text, size))
            got.append(describe(e));
        QCOMPARE(got, reference);
    }
    for (const auto& e : whole)
        QVERIFY2(!e.line.endsWith(u'\r') && !e.text.endsWith(u'\r'), qPrintable(e.line));
}

void TestTraceLineParser::continuation()
{
    gmd::TraceLineParser p;
    // OUT-4: held back until the next line shows the continuation is complete.
    QList<gmd::TraceEvent> ev = p.feed("go: example.com/hello@v1.0.0: reading https://p.example/x: 403 Forbidden\n");
    QVERIFY(ev.isEmpty());
    QVERIFY(p.hasPending());
    ev = p.feed("\tserver response: forbidden by corp policy\n\tcontact it@corp\n# get https://p.example/y\n");
    QCOMPARE(ev.size(), 2);
    QCOMPARE(ev.at(0).errorKind, gmd::TraceEvent::ErrorKind::HttpStatus);
    QCOMPARE(ev.at(0).status, 403);
    QCOMPARE(
        ev.at(0).continuation, (QStringList { u"server response: forbidden by corp policy"_s, u"contact it@corp"_s }));
    QCOMPARE(ev.at(0).text,
        u"reading https://p.example/x: 403 Forbidden\nserver response: forbidden by corp policy\ncontact it@corp"_s);
    QCOMPARE(ev.at(1).type, Type::HttpStart);
    QCOMPARE(ev.at(1).lineNumber, 4);

    // exit status 128 with git's stderr and the two trailer lines.
    ev = p.feed(
        "go: git.corp.example/x@v1.0.0: git ls-remote -q origin in /c/vcs/ab: exit status 128:\n"
        "\tfatal: could not read Username for 'https://git.corp.example': terminal prompts disabled\n"
        "Confirm the import path was entered correctly.\n"
        "If this is a private repository, see https://golang.org/doc/faq#git_https for additional information.\n");
    QVERIFY(ev.isEmpty());
    ev = p.flushPending();
    QCOMPARE(ev.size(), 1);
    QCOMPARE(ev.at(0).errorKind, gmd::TraceEvent::ErrorKind::VcsExit);
    QCOMPARE(ev.at(0).continuation.size(), 3);
    QVERIFY(ev.at(0).text.contains(u"terminal prompts disabled"_s));
    QVERIFY(!p.hasPending());

    // GOAUTH's errors are indented with two spaces.
    ev = p.feed("GOAUTH encountered errors for https://git.corp.example/x:\n  GOAUTH=git /tmp: exit status 1\n");
    ev += p.finish();
    QCOMPARE(ev.size(), 1);
    QCOMPARE(ev.at(0).type, Type::GoAuthErrors);
    QCOMPARE(ev.at(0).continuation, QStringList { u"GOAUTH=git /tmp: exit status 1"_s });

    // A secret in a continuation line is masked.
    ev = p.feed("go: m.example/x@v1: reading https://p/x: 401 Unauthorized\n\tserver response: token "
                "ghp_abcdefghijklmnopqrstuvwxyz0123456789 expired\n");
    ev += p.finish();
    QCOMPARE(ev.size(), 1);
    QVERIFY2(!ev.at(0).text.contains(u"ghp_abcdef"_s), qPrintable(ev.at(0).text));
}

QTEST_GUILESS_MAIN(TestTraceLineParser)
#include "tst_tracelineparser.moc"
