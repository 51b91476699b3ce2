// SPDX-License-Identifier: MIT
// Finding go commands in RUN instructions (spec dockerfile.md G, A8.10 heredocs, A7 exec form).
#include "dockertestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/// "subcommand@dir" per invocation, with [assignments] and {go env -w/-u} when present.
QString summary(const gmd::RunInfo& run)
{
    QStringList out;
    for (const gmd::GoInvocation& g : run.go) {
        QString s = g.subcommand + u'@' + (g.directoryKnown ? g.directory : u"?"_s);
        QStringList assignments;
        for (const auto& kv : g.assignments)
            assignments.append(kv.first + u'=' + kv.second);
        if (!assignments.isEmpty())
            s += u" ["_s + assignments.join(u' ') + u']';
        QStringList writes;
        for (const auto& kv : g.envWrites)
            writes.append(u"w:"_s + kv.first + u'=' + kv.second);
        for (const QString& name : g.envUnsets)
            writes.append(u"u:"_s + name);
        if (!writes.isEmpty())
            s += u" {"_s + writes.join(u' ') + u'}';
        out.append(s);
    }
    return out.join(u"; "_s);
}

} // namespace

class TestGoRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("run"); // instructions after "FROM golang:1.22\nWORKDIR /src\n"
        QTest::addColumn<QString>("expected");
        QTest::addRow("go mod download") << QByteArray("RUN go mod download") << u"mod download@/src"_s;
        QTest::addRow("after &&") << QByteArray("RUN apk add git && go mod download") << u"mod download@/src"_s;
        QTest::addRow("after ;") << QByteArray("RUN set -e; go build ./...") << u"build@/src"_s;
        QTest::addRow("in a pipe") << QByteArray("RUN go list -m all | sort") << u"list@/src"_s;
        QTest::addRow("after ||") << QByteArray("RUN false || go vet ./...") << u"vet@/src"_s;
        QTest::addRow("cd sub && go mod download")
            << QByteArray("RUN cd sub && go mod download") << u"mod download@/src/sub"_s;
        QTest::addRow("cd to an absolute path") << QByteArray("RUN cd /app && go test ./...") << u"test@/app"_s;
        QTest::addRow("cd .. climbs") << QByteArray("RUN cd ../x && go build") << u"build@/x"_s;
        QTest::addRow("subshell cd does not leak")
            << QByteArray("RUN (cd tools && go install ./...) && go build") << u"install@/src/tools; build@/src"_s;
        QTest::addRow("cd with a variable from ENV")
            << QByteArray("ENV APP=/opt/app\nRUN cd $APP && go build") << u"build@/opt/app"_s;
        QTest::addRow("cd $GOPATH from the image") << QByteArray("RUN cd ${GOPATH}/src && go get") << u"get@/go/src"_s;
        QTest::addRow("cd with an unknown variable") << QByteArray("RUN cd $NOPE && go build") << u"build@?"_s;
        QTest::addRow("env prefix GOFLAGS")
            << QByteArray("RUN GOFLAGS=-mod=mod go build ./...") << u"build@/src [GOFLAGS=-mod=mod]"_s;
        QTest::addRow("env prefix CGO_ENABLED") << QByteArray("RUN CGO_ENABLED=0 GOOS=linux go build -o /app")
                                                << u"build@/src [CGO_ENABLED=0 GOOS=linux]"_s;
        QTest::addRow("quoted prefix value") << QByteArray("RUN GOFLAGS=\"-mod=mod -trimpath\" go build")
                                             << u"build@/src [GOFLAGS=-mod=mod -trimpath]"_s;
        QTest::addRow("full path to go") << QByteArray("RUN /usr/local/go/bin/go build") << u"build@/src"_s;
        QTest::addRow("env wrapper") << QByteArray("RUN env GOPROXY=direct go mod download")
                                     << u"mod download@/src [GOPROXY=direct]"_s;
        QTest::addRow("exec wrapper") << QByteArray("RUN exec go run ./cmd/gen") << u"run@/src"_s;
        QTest::addRow("A7 exec form") << QByteArray("RUN [\"go\", \"mod\", \"download\"]") << u"mod download@/src"_s;
        QTest::addRow("A7 exec form sh -c")
            << QByteArray("RUN [\"/bin/sh\", \"-c\", \"cd tools && go generate ./...\"]") << u"generate@/src/tools"_s;
        QTest::addRow("sh -c string") << QByteArray("RUN sh -c 'go mod tidy && go mod verify'")
                                      << u"mod tidy@/src; mod verify@/src"_s;
        QTest::addRow("bash -eo pipefail -c")
            << QByteArray("RUN bash -eo pipefail -c \"go list -m all | tee /m\"") << u"list@/src"_s;
        QTest::addRow("if then fi") << QByteArray("RUN if [ -f go.mod ]; then go mod download; fi")
                                    << u"mod download@/src"_s;
        QTest::addRow("A8.10 heredoc script")
            << QByteArray("RUN <<EOF\nset -e\ncd tools\ngo mod download\nEOF") << u"mod download@/src/tools"_s;
        QTest::addRow("A8.10 heredoc with a shell")
            << QByteArray("RUN bash <<'EOF'\ngo build ./...\nEOF") << u"build@/src"_s;
        QTest::addRow("A8.10 heredoc #! shell script")
            << QByteArray("RUN <<EOF\n#!/usr/bin/env bash\ngo test ./...\nEOF") << u"test@/src"_s;
        QTest::addRow("A8.10 heredoc #! python is not shell")
            << QByteArray("RUN <<EOF\n#!/usr/bin/env python3\nimport os\nos.system('go build')\nEOF") << QString();
        QTest::addRow("cat heredoc is data")
            << QByteArray("RUN cat <<EOF > /tmp/notes\ngo mod download\nEOF") << QString();
        QTest::addRow("nested heredoc inside a script is data")
            << QByteArray("RUN <<EOF\ncat > /tmp/x <<'INNER'\ngo get bad\nINNER\ngo build\nEOF") << u"build@/src"_s;
        QTest::addRow("go env -w") << QByteArray("RUN go env -w GOPROXY=direct GONOSUMDB=corp")
                                   << u"env@/src {w:GOPROXY=direct w:GONOSUMDB=corp}"_s;
        QTest::addRow("go env -u") << QByteArray("RUN go env -u GOPROXY") << u"env@/src {u:GOPROXY}"_s;
        QTest::addRow("go env -w with an ENV value") << QByteArray("ENV P=https://p\nRUN go env -w GOPROXY=$P,direct")
                                                     << u"env@/src {w:GOPROXY=https://p,direct}"_s;
        QTest::addRow("go -C dir") << QByteArray("RUN go -C tools build") << u"build@/src/tools"_s;
        QTest::addRow("go work sync") << QByteArray("RUN go work sync") << u"work sync@/src"_s;
        QTest::addRow("go version") << QByteArray("RUN go version") << u"version@/src"_s;
        QTest::addRow("comment after the command") << QByteArray("RUN go build # go test") << u"build@/src"_s;
        QTest::addRow("not go: gofmt and echo")
            << QByteArray("RUN gofmt -l . && echo go build && golangci-lint run") << QString();
        QTest::addRow("go inside a quoted argument is not run")
            << QByteArray("RUN echo \"go mod download\"") << QString();
        QTest::addRow("continuation lines")
            << QByteArray("RUN apk add git \\\n && cd sub \\\n && go mod download") << u"mod download@/src/sub"_s;
        QTest::addRow("WORKDIR relative to the previous")
            << QByteArray("WORKDIR app\nRUN go build") << u"build@/src/app"_s;
        QTest::addRow("several commands")
            << QByteArray("RUN go mod download && go build -o /bin/a ./cmd/a && go test ./...")
            << u"mod download@/src; build@/src; test@/src"_s;
    }

    void detect()
    {
        QFETCH(QByteArray, run);
        QFETCH(QString, expected);
        const QByteArray text = "FROM golang:1.22\nWORKDIR /src\n" + run + "\n";
        const gmd::DockerfileAnalysis a = dockertest::analyze(text);
        QVERIFY(!a.runs.isEmpty());
        QCOMPARE(summary(a.runs.constLast()), expected);
    }

    void locations_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QString>("expected"); // "subcommand line:col" per invocation
        QTest::addRow("continuation: the line of the go command")
            << QByteArray("FROM golang:1.22\nRUN apk add git \\\n  && go mod download\n") << u"mod download 3:6"_s;
        QTest::addRow("heredoc script lines")
            << QByteArray("@heredoc.Dockerfile") << u"env 7:1; mod download 8:18; install 15:1; list 17:5"_s;
        QTest::addRow("multi-line mounts")
            << QByteArray("@multistage-cache.Dockerfile") << u"mod download 12:5; build 16:37"_s;
        QTest::addRow("exec form: the instruction")
            << QByteArray("@exec-vendor.Dockerfile") << u"mod download 6:1; mod vendor 9:1; build 9:1"_s;
    }

    void locations()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QString, expected);
        const gmd::DockerfileAnalysis a = dockertest::analyze(dockertest::dockerfileText(dockerfile));
        QStringList got;
        for (const gmd::RunInfo& r : a.runs) {
            for (const gmd::GoInvocation& g : r.go) {
                got.append(u"%1 %2:%3"_s.arg(g.subcommand).arg(g.location.line).arg(g.location.column));
                QCOMPARE(g.location.file, u"Dockerfile"_s);
            }
        }
        QCOMPARE(got.join(u"; "_s), expected);
    }

    void runDetails()
    {
        const gmd::DockerfileAnalysis a = dockertest::analyze(dockertest::fixture(u"private-ssh.Dockerfile"_s));
        const gmd::RunInfo* download = a.runAtLine(11);
        QVERIFY(download);
        QCOMPARE(download->goSubcommands(), QStringList { u"mod download"_s });
        QVERIFY(download->hasCredentialMount()); // G4
        const QList<gmd::RunMount> caches = download->cacheMounts();
        QCOMPARE(caches.size(), 1);
        QCOMPARE(caches.constFirst().target, u"/go/pkg/mod"_s);
        QCOMPARE(caches.constFirst().effectiveCacheId(), u"gomod"_s);
        QCOMPARE(caches.constFirst().effectiveSharing(), u"locked"_s); // G3
        QCOMPARE(download->workdir, u"/workspace"_s);
        QVERIFY(download->go.constFirst().mayDownloadModules());
        const gmd::RunInfo* git = a.runAtLine(7);
        QVERIFY(git && !git->invokesGo() && git->context < 0);
    }

    void mountValuesAreExpanded()
    {
        // B4.4/B4.5: option values expanded against the stage environment, relative targets
        // resolved against WORKDIR.
        const gmd::DockerfileAnalysis a =
            dockertest::analyze("FROM golang:1.22\nARG CACHE_ID=mods\nWORKDIR /w\n"
                                "RUN --network=none --mount=type=cache,id=$CACHE_ID,target=cache go build\n");
        const gmd::RunInfo* r = a.runAtLine(4);
        QVERIFY(r);
        QCOMPARE(r->network, u"none"_s); // G2
        QCOMPARE(r->mounts.size(), 1);
        QCOMPARE(r->mounts.constFirst().id, u"mods"_s);
        QCOMPARE(r->mounts.constFirst().target, u"/w/cache"_s);
    }

    void mayDownloadModules_data()
    {
        QTest::addColumn<QString>("subcommand");
        QTest::addColumn<bool>("downloads");
        QTest::addRow("mod download") << u"mod download"_s << true;
        QTest::addRow("build") << u"build"_s << true;
        QTest::addRow("get") << u"get"_s << true;
        QTest::addRow("mod tidy") << u"mod tidy"_s << true;
        QTest::addRow("env") << u"env"_s << false;
        QTest::addRow("version") << u"version"_s << false;
        QTest::addRow("fmt") << u"fmt"_s << false;
    }

    void mayDownloadModules()
    {
        QFETCH(QString, subcommand);
        QFETCH(bool, downloads);
        gmd::GoInvocation g;
        g.subcommand = subcommand;
        QCOMPARE(g.mayDownloadModules(), downloads);
    }
};

QTEST_GUILESS_MAIN(TestGoRun)
#include "tst_gorun.moc"
