// SPDX-License-Identifier: MIT
// What COPY/ADD (and go commands) put into the image before a RUN (spec dockerfile.md G6, C1).
#include "dockertestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/// "-" when absent, else flags: named/dir/whole, the providing line and the context path.
QString describe(const gmd::ImagePathQuery& q)
{
    if (!q.copied)
        return u"-"_s;
    QString kind = q.named ? u"named"_s : (q.viaWholeContext ? u"whole"_s : u"dir"_s);
    if (!q.from.isEmpty())
        kind += u" from "_s + q.from;
    return u"%1 line %2 %3"_s.arg(kind).arg(q.location.line).arg(q.contextPath);
}

} // namespace

class TestCopyTracking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pathAtRun_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<int>("line"); // the instruction before which the state is taken
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const QByteArray modFirst = "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\n"
                                    "COPY . .\nRUN go build\n";
        QTest::addRow("G6 COPY go.mod go.sum ./ then download: go.mod in WORKDIR")
            << modFirst << 4 << u"/src/go.mod"_s << u"named line 3 go.mod"_s;
        QTest::addRow("go.sum copied with it") << modFirst << 4 << u"/src/go.sum"_s << u"named line 3 go.sum"_s;
        QTest::addRow("sources not copied yet") << modFirst << 4 << u"/src/main.go"_s << u"-"_s;
        QTest::addRow("G6 after COPY . . the whole context")
            << modFirst << 6 << u"/src/main.go"_s << u"whole line 5 main.go"_s;
        QTest::addRow("the newest COPY provides go.mod")
            << modFirst << 6 << u"/src/go.mod"_s << u"whole line 5 go.mod"_s;
        QTest::addRow("nothing outside the destination") << modFirst << 6 << u"/etc/go.mod"_s << u"-"_s;
        QTest::addRow("WORKDIR change between copy and download")
            << QByteArray("@exec-vendor.Dockerfile") << 6 << u"/app/go.mod"_s << u"named line 5 go.mod"_s;
        QTest::addRow("COPY to an explicit file path")
            << QByteArray("FROM golang:1.22\nCOPY go.mod /src/go.mod\nRUN go build\n") << 3 << u"/src/go.mod"_s
            << u"named line 2 go.mod"_s;
        QTest::addRow("COPY renames a file")
            << QByteArray("FROM golang:1.22\nCOPY go.mod.ci /src/go.mod\nRUN go build\n") << 3 << u"/src/go.mod"_s
            << u"named line 2 go.mod.ci"_s;
        QTest::addRow("C1 COPY destination expands variables")
            << QByteArray("FROM golang:1.22\nARG DIR=/build\nCOPY go.mod $DIR/\nRUN go build\n") << 4
            << u"/build/go.mod"_s << u"named line 3 go.mod"_s;
        QTest::addRow("a directory source copies its contents")
            << QByteArray("FROM golang:1.22\nWORKDIR /src\nCOPY tools/ ./tools/\nRUN go build\n") << 4
            << u"/src/tools/go.mod"_s << u"dir line 3 tools/go.mod"_s;
        QTest::addRow("wildcard source") << QByteArray("@buildplatform.Dockerfile") << 7 << u"/app/go.sum"_s
                                         << u"named line 6 go.sum"_s;
        QTest::addRow("relative destination without slash into WORKDIR")
            << QByteArray("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod .\nRUN go build\n") << 4 << u"/src/go.mod"_s
            << u"named line 3 go.mod"_s;
        QTest::addRow("COPY --from a stage") << QByteArray(
            "FROM golang:1.22 AS b\nRUN go build -o /out/app\nFROM alpine\nCOPY --from=b /out/app /app\n"
            "RUN /app\n") << 5 << u"/app"_s << u"named from b line 4 out/app"_s;
        QTest::addRow("S6 files are inherited by a child stage")
            << QByteArray("@proxy-env.Dockerfile") << 20 << u"/src/go.mod"_s << u"whole line 19 go.mod"_s;
        QTest::addRow("S6 an unrelated stage has no files")
            << QByteArray("FROM golang:1.22 AS a\nCOPY . /src\nFROM golang:1.22\nRUN go build\n") << 4
            << u"/src/go.mod"_s << u"-"_s;
        QTest::addRow("go mod init writes go.mod")
            << QByteArray("FROM golang:1.22\nWORKDIR /w\nRUN go mod init example.com/x\nRUN go build\n") << 4
            << u"/w/go.mod"_s << u"named line 3 "_s;
        QTest::addRow("heredoc COPY inline file")
            << QByteArray("FROM golang:1.22\nCOPY <<EOF /src/go.mod\nmodule x\nEOF\nRUN go build\n") << 5
            << u"/src/go.mod"_s << u"named line 2 "_s;
        QTest::addRow("heredoc COPY into a directory")
            << QByteArray("FROM golang:1.22\nCOPY <<go.mod /src/\nmodule x\ngo.mod\nRUN go build\n") << 5
            << u"/src/go.mod"_s << u"named line 2 "_s;
    }

    void pathAtRun()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(int, line);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const gmd::DockerfileAnalysis a = dockertest::analyze(dockertest::dockerfileText(dockerfile));
        const gmd::BuildState* state = dockertest::stateAt(a, line);
        QVERIFY(state);
        QCOMPARE(describe(state->pathInImage(path)), expected);
    }

    void wholeContext()
    {
        const gmd::DockerfileAnalysis a = dockertest::analyze(dockertest::fixture(u"multistage-cache.Dockerfile"_s));
        QVERIFY(!dockertest::stateAt(a, 10)->wholeContextCopied()); // G6: only go.mod and go.sum
        QVERIFY(dockertest::stateAt(a, 14)->wholeContextCopied());
        QVERIFY(dockertest::stateAt(a, 10)->copiedFileNamed(u"go.sum"_s));
        QVERIFY(!dockertest::stateAt(a, 10)->copiedFileNamed(u"main.go"_s));
        // The runtime stage is unrelated to the builder: it starts empty (S6).
        QVERIFY(!a.stages.at(1).final.wholeContextCopied());
    }

    void workdirAtRun()
    {
        const gmd::DockerfileAnalysis a = dockertest::analyze(dockertest::fixture(u"exec-vendor.Dockerfile"_s));
        const gmd::RunInfo* download = a.runAtLine(6);
        QVERIFY(download);
        QCOMPARE(download->workdir, u"/app"_s);
        const gmd::RunInfo* build = a.runAtLine(9);
        QVERIFY(build);
        QCOMPARE(build->workdir, u"/app/cmd/api"_s);
        // go.mod is not named in the RUN's WORKDIR (only cmd/api/ could hold one), but the
        // script does `cd /app` first.
        const gmd::BuildState* before = dockertest::stateAt(a, 9);
        QVERIFY(!before->pathInImage(build->workdir + u"/go.mod"_s).named);
        QCOMPARE(build->go.constFirst().directory, u"/app"_s);
        QVERIFY(before->pathInImage(build->go.constFirst().directory + u"/go.mod"_s).named);
    }

    void timelineHasEveryInstruction()
    {
        const gmd::DockerfileAnalysis a = dockertest::analyze(dockertest::fixture(u"private-ssh.Dockerfile"_s));
        const gmd::StageInfo& build = a.stages.at(0);
        QStringList lines;
        for (const gmd::TimelineStep& s : build.steps)
            lines.append(QString::number(s.location.line));
        QCOMPARE(lines.join(u' '), u"4 5 7 9 10 11 14 15"_s);
        QCOMPARE(build.steps.at(4).before.workdir, u"/workspace"_s);
        QCOMPARE(build.steps.at(0).before.workdir, u"/go"_s); // the image's WORKDIR
        QVERIFY(build.steps.at(0).before.isRoot());
        QCOMPARE(a.stages.at(1).steps.constFirst().before.workdir, u"/"_s); // scratch
    }
};

QTEST_GUILESS_MAIN(TestCopyTracking)
#include "tst_copytracking.moc"
