// SPDX-License-Identifier: MIT
// The go command's effective environment at a RUN (spec dockerfile.md S4-S8, ENV-1..8).
#include "dockertestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDockerEnv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void value_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QStringList>("buildArgs");
        QTest::addColumn<int>("runLine");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("source"); // envSourceKey
        QTest::addColumn<int>("line"); // Dockerfile line of the value, 0 = none

        const QByteArray global = "ARG GOPROXY=https://global.example\nFROM golang:1.22\n";
        QTest::addRow("S4 global ARG is not visible until re-declared")
            << global + "RUN go mod download\n"
            << QStringList() << 3 << u"GOPROXY"_s << u"https://proxy.golang.org,direct"_s << u"goroot-go-env"_s << 0;
        QTest::addRow("S4 global ARG re-declared takes the global default")
            << global + "ARG GOPROXY\nRUN go mod download\n"
            << QStringList() << 4 << u"GOPROXY"_s << u"https://global.example"_s << u"dockerfile-arg"_s << 1;
        QTest::addRow("S4 --build-arg wins over the global default")
            << global + "ARG GOPROXY\nRUN go mod download\n"
            << QStringList { u"GOPROXY=https://cli.example"_s } << 4 << u"GOPROXY"_s << u"https://cli.example"_s
            << u"build-arg"_s << 3;
        QTest::addRow("S4 own default wins over the global value")
            << global + "ARG GOPROXY=https://stage.example\nRUN go mod download\n"
            << QStringList() << 4 << u"GOPROXY"_s << u"https://stage.example"_s << u"dockerfile-arg"_s << 3;
        QTest::addRow("S7 build arg for an undeclared name is not passed")
            << QByteArray("FROM golang:1.22\nRUN go mod download\n") << QStringList { u"GOFLAGS=-mod=vendor"_s } << 2
            << u"GOFLAGS"_s << QString() << u"unset"_s << 0;
        QTest::addRow("S5 ENV after ARG wins")
            << QByteArray("FROM golang:1.22\nARG GOFLAGS=-mod=vendor\nENV GOFLAGS=-mod=mod\nRUN go build\n")
            << QStringList() << 4 << u"GOFLAGS"_s << u"-mod=mod"_s << u"dockerfile-env"_s << 3;
        QTest::addRow("S5 ARG after ENV with --build-arg wins for RUN")
            << QByteArray("FROM golang:1.22\nENV GOFLAGS=-mod=mod\nARG GOFLAGS\nRUN go build\n")
            << QStringList { u"GOFLAGS=-mod=vendor"_s } << 4 << u"GOFLAGS"_s << u"-mod=vendor"_s << u"build-arg"_s << 3;
        QTest::addRow("S5 ARG after ENV without a value keeps the ENV")
            << QByteArray("FROM golang:1.22\nENV GOFLAGS=-mod=mod\nARG GOFLAGS\nRUN go build\n") << QStringList() << 4
            << u"GOFLAGS"_s << u"-mod=mod"_s << u"dockerfile-env"_s << 2;
        QTest::addRow("S8 proxy build arg reaches RUN without an ARG")
            << QByteArray("FROM golang:1.22\nRUN go mod download\n") << QStringList { u"https_proxy=http://p:3128"_s }
            << 2 << u"HTTPS_PROXY"_s << u"http://p:3128"_s << u"proxy-build-arg"_s << 0;
        QTest::addRow("S8 proxy build arg in lower case too")
            << QByteArray("FROM golang:1.22\nRUN go mod download\n") << QStringList { u"HTTPS_PROXY=http://p:3128"_s }
            << 2 << u"https_proxy"_s << u"http://p:3128"_s << u"proxy-build-arg"_s << 0;
        QTest::addRow("S8 the lower-case spelling wins")
            << QByteArray("FROM golang:1.22\nRUN go mod download\n")
            << QStringList { u"HTTPS_PROXY=http://upper"_s, u"https_proxy=http://lower"_s } << 2 << u"HTTPS_PROXY"_s
            << u"http://lower"_s << u"proxy-build-arg"_s << 0;
        QTest::addRow("S8 empty proxy build arg is not passed")
            << QByteArray("FROM golang:1.22\nRUN go mod download\n") << QStringList { u"NO_PROXY="_s } << 2
            << u"NO_PROXY"_s << QString() << u"unset"_s << 0;
        QTest::addRow("S8 shell form: the proxy arg after ENV wins")
            << QByteArray("FROM golang:1.22\nENV HTTPS_PROXY=http://env\nRUN go mod download\n")
            << QStringList { u"HTTPS_PROXY=http://arg"_s } << 3 << u"HTTPS_PROXY"_s << u"http://arg"_s
            << u"proxy-build-arg"_s << 0;
        QTest::addRow("S8 exec form: Go keeps the first entry (ENV)")
            << QByteArray("FROM golang:1.22\nENV HTTPS_PROXY=http://env\nRUN [\"go\", \"mod\", \"download\"]\n")
            << QStringList { u"HTTPS_PROXY=http://arg"_s } << 3 << u"HTTPS_PROXY"_s << u"http://env"_s
            << u"dockerfile-env"_s << 2;
        QTest::addRow("S8 declared proxy ARG behaves like any ARG")
            << QByteArray("FROM golang:1.22\nARG HTTP_PROXY\nRUN [\"go\", \"mod\", \"download\"]\n")
            << QStringList { u"HTTP_PROXY=http://declared"_s } << 3 << u"HTTP_PROXY"_s << u"http://declared"_s
            << u"build-arg"_s << 2;
        QTest::addRow("S6 parent stage ENV carried into the child")
            << QByteArray("@proxy-env.Dockerfile") << QStringList() << 10 << u"GOPROXY"_s
            << u"https://proxy.corp.example,direct"_s << u"dockerfile-env"_s << 3;
        QTest::addRow("S6 grandchild inherits too")
            << QByteArray("@proxy-env.Dockerfile") << QStringList() << 20 << u"GONOSUMDB"_s << u"git.corp.example.com"_s
            << u"dockerfile-env"_s << 3;
        QTest::addRow("S6 unrelated stage shares nothing")
            << QByteArray("@proxy-env.Dockerfile") << QStringList() << 16 << u"GOPROXY"_s
            << u"https://proxy.golang.org,direct"_s << u"goroot-go-env"_s << 0;
        QTest::addRow("S6 unrelated stage: declared proxy ARG from --build-arg")
            << QByteArray("@proxy-env.Dockerfile") << QStringList { u"HTTPS_PROXY=http://proxy:8080"_s } << 16
            << u"HTTPS_PROXY"_s << u"http://proxy:8080"_s << u"proxy-build-arg"_s << 0;
        QTest::addRow("base image GOTOOLCHAIN=local")
            << QByteArray("FROM golang:1.22\nRUN go mod download\n") << QStringList() << 2 << u"GOTOOLCHAIN"_s
            << u"local"_s << u"base-image"_s << 1;
        QTest::addRow("ENV GOTOOLCHAIN=auto in the parent overrides the image")
            << QByteArray("@proxy-env.Dockerfile") << QStringList() << 10 << u"GOTOOLCHAIN"_s << u"auto"_s
            << u"dockerfile-env"_s << 5;
        QTest::addRow("Go 1.20 image does not read GOTOOLCHAIN")
            << QByteArray("FROM golang:1.20\nENV GOTOOLCHAIN=local\nRUN go build\n") << QStringList() << 3
            << u"GOTOOLCHAIN"_s << u"local"_s << u"unset"_s << 0;
        QTest::addRow("Go 1.20 image: GOPROXY built in")
            << QByteArray("FROM golang:1.20\nRUN go build\n") << QStringList() << 2 << u"GOPROXY"_s
            << u"https://proxy.golang.org,direct"_s << u"default"_s << 0;
        QTest::addRow("GOPATH from the base image")
            << QByteArray("FROM golang:1.22-alpine\nRUN go mod download\n") << QStringList() << 2 << u"GOPATH"_s
            << u"/go"_s << u"base-image"_s << 1;
        QTest::addRow("GOMODCACHE derived from the image GOPATH")
            << QByteArray("FROM golang:1.22-alpine\nRUN go mod download\n") << QStringList() << 2 << u"GOMODCACHE"_s
            << u"/go/pkg/mod"_s << u"derived"_s << 0;
        QTest::addRow("GOCACHE under root's HOME")
            << QByteArray("FROM golang:1.22-alpine\nRUN go mod download\n") << QStringList() << 2 << u"GOCACHE"_s
            << u"/root/.cache/go-build"_s << u"default"_s << 0;
        QTest::addRow("go env -w persists to a later RUN")
            << QByteArray("FROM golang:1.22\nRUN go env -w GOPRIVATE=corp.example\nRUN go mod download\n")
            << QStringList() << 3 << u"GOPRIVATE"_s << u"corp.example"_s << u"user-env-file"_s << 2;
        QTest::addRow("go env -w persists into a child stage")
            << QByteArray("FROM golang:1.22 AS a\nRUN go env -w GOFLAGS=-mod=mod\nFROM a\nRUN go build\n")
            << QStringList() << 4 << u"GOFLAGS"_s << u"-mod=mod"_s << u"user-env-file"_s << 2;
        QTest::addRow("go env -u removes the setting")
            << QByteArray("FROM golang:1.22\nRUN go env -w GOPROXY=direct\nRUN go env -u GOPROXY\nRUN go build\n")
            << QStringList() << 4 << u"GOPROXY"_s << u"https://proxy.golang.org,direct"_s << u"goroot-go-env"_s << 0;
        QTest::addRow("go env -w in the same RUN before the download")
            << QByteArray("FROM golang:1.22\nRUN go env -w GOPROXY=direct && go mod download\n") << QStringList() << 2
            << u"GOPROXY"_s << u"direct"_s << u"user-env-file"_s << 2;
        QTest::addRow("ENV hides go env -w (ENV-1)")
            << QByteArray("FROM golang:1.22\nENV GOPROXY=off\nRUN go env -w GOPROXY=direct\nRUN go build\n")
            << QStringList() << 4 << u"GOPROXY"_s << u"off"_s << u"dockerfile-env"_s << 2;
        QTest::addRow("USER change: root's go env -w file is not read")
            << QByteArray("FROM golang:1.22\nRUN go env -w GOPRIVATE=corp.example\nUSER nobody\nRUN go build\n")
            << QStringList() << 4 << u"GOPRIVATE"_s << QString() << u"unset"_s << 0;
        QTest::addRow("go env -w under a named user")
            << QByteArray("@alpine-go.Dockerfile") << QStringList() << 9 << u"GOPRIVATE"_s << u"example.com/private"_s
            << u"user-env-file"_s << 6;
        QTest::addRow("env prefix on the RUN line")
            << QByteArray("FROM golang:1.22\nENV GOFLAGS=-mod=vendor\nRUN GOFLAGS=-mod=mod go build ./...\n")
            << QStringList() << 3 << u"GOFLAGS"_s << u"-mod=mod"_s << u"dockerfile-env"_s << 3;
        QTest::addRow("export before the go command")
            << QByteArray("FROM golang:1.22\nRUN export GOPRIVATE=corp.example && go mod download\n") << QStringList()
            << 2 << u"GOPRIVATE"_s << u"corp.example"_s << u"dockerfile-env"_s << 2;
        QTest::addRow("C1 ENV values see the environment before the ENV")
            << QByteArray("FROM golang:1.22\nENV A=one\nENV A=two GOFLAGS=-tags=$A\nRUN go build\n") << QStringList()
            << 4 << u"GOFLAGS"_s << u"-tags=one"_s << u"dockerfile-env"_s << 3;
        QTest::addRow("C1 ENV expands ARG values")
            << QByteArray("FROM golang:1.22\nARG PROXY=https://p.example\nENV GOPROXY=${PROXY},direct\nRUN go build\n")
            << QStringList() << 4 << u"GOPROXY"_s << u"https://p.example,direct"_s << u"dockerfile-env"_s << 3;
        QTest::addRow("B3.8 the parent's ONBUILD trigger runs in the child")
            << QByteArray("FROM golang:1.22 AS base\nONBUILD ENV GOFLAGS=-mod=mod\nFROM base\nRUN go build\n")
            << QStringList() << 4 << u"GOFLAGS"_s << u"-mod=mod"_s << u"dockerfile-env"_s << 2;
        QTest::addRow("B3.8 ONBUILD does not run in its own stage")
            << QByteArray("FROM golang:1.22 AS base\nONBUILD ENV GOFLAGS=-mod=mod\nRUN go build\n") << QStringList()
            << 3 << u"GOFLAGS"_s << QString() << u"unset"_s << 0;
        QTest::addRow("unknown base image: go.env assumed upstream")
            << QByteArray("FROM alpine:3.20\nRUN apk add go\nRUN go mod download\n") << QStringList() << 3
            << u"GOPROXY"_s << u"https://proxy.golang.org,direct"_s << u"goroot-go-env"_s << 0;
        QTest::addRow("unknown base image: no GOPATH from the image")
            << QByteArray("FROM alpine:3.20\nRUN go mod download\n") << QStringList() << 2 << u"GOPATH"_s
            << u"/root/go"_s << u"default"_s << 0;
        QTest::addRow("heredoc script: go env -w then download")
            << QByteArray("@heredoc.Dockerfile") << QStringList() << 5 << u"GOPROXY"_s
            << u"https://goproxy.corp.example,direct"_s << u"user-env-file"_s << 7;
        QTest::addRow("heredoc go env -w persists to later RUNs")
            << QByteArray("@heredoc.Dockerfile") << QStringList() << 17 << u"GOPROXY"_s
            << u"https://goproxy.corp.example,direct"_s << u"user-env-file"_s << 7;
        QTest::addRow("GOPRIVATE from a stage ARG through ENV")
            << QByteArray("@private-ssh.Dockerfile") << QStringList() << 11 << u"GOPRIVATE"_s
            << u"git.corp.example.com/*"_s << u"dockerfile-env"_s << 5;
        QTest::addRow("GONOPROXY derived from GOPRIVATE")
            << QByteArray("@private-ssh.Dockerfile") << QStringList() << 11 << u"GONOPROXY"_s
            << u"git.corp.example.com/*"_s << u"derived"_s << 0;
    }

    void value()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QStringList, buildArgs);
        QFETCH(int, runLine);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, source);
        QFETCH(int, line);
        const gmd::DockerfileAnalysis a =
            dockertest::analyze(dockertest::dockerfileText(dockerfile), dockertest::withBuildArgs(buildArgs));
        const gmd::EnvContext* ctx = dockertest::contextAt(a, runLine);
        QVERIFY2(ctx, qPrintable(u"no go context at line %1"_s.arg(runLine)));
        const gmd::EnvValue v = ctx->env.get(name);
        QCOMPARE(v.value, value);
        QCOMPARE(gmd::envSourceKey(v.source), source);
        // Lines of the Dockerfile only (go.env and the like have their own file).
        QCOMPARE(v.location.file == u"Dockerfile"_s ? v.location.line : 0, line);
    }

    void hiddenChain()
    {
        // The ENV in the parent hides the base image's GOTOOLCHAIN=local, which hides go.env's auto.
        const gmd::DockerfileAnalysis a = dockertest::analyze(dockertest::fixture(u"proxy-env.Dockerfile"_s));
        const gmd::EnvContext* ctx = dockertest::contextAt(a, 10);
        QVERIFY(ctx);
        const gmd::EnvValue v = ctx->env.get(u"GOTOOLCHAIN"_s);
        QCOMPARE(v.hidden.size(), 2);
        QCOMPARE(v.hidden.at(0).source, gmd::EnvSource::BaseImage);
        QCOMPARE(v.hidden.at(0).value, u"local"_s);
        QCOMPARE(v.hidden.at(0).origin, u"golang:1.21"_s);
        QCOMPARE(v.hidden.at(1).source, gmd::EnvSource::GoRootEnvFile);
        QCOMPARE(v.hidden.at(1).value, u"auto"_s);
    }

    void unknownImageGoEnvIsAnAssumption()
    {
        const gmd::DockerfileAnalysis a = dockertest::analyze("FROM alpine:3.20\nRUN go mod download\n");
        const gmd::EnvContext* ctx = dockertest::contextAt(a, 2);
        QVERIFY(ctx);
        QVERIFY(ctx->goVersion.isEmpty());
        const gmd::EnvValue v = ctx->env.get(u"GOSUMDB"_s);
        QCOMPARE(v.source, gmd::EnvSource::GoRootEnvFile);
        QVERIFY(v.origin.contains(u"assumed"_s));
        QVERIFY(!v.location.isValid());
    }

    void emptyEnvIsEvidence()
    {
        // ENV GOPROXY= is ignored by go (ENV-2); the empty assignment stays visible as evidence.
        const gmd::DockerfileAnalysis a = dockertest::analyze("FROM golang:1.22\nENV GOPROXY=\nRUN go build\n");
        const gmd::EnvValue v = dockertest::contextAt(a, 3)->env.get(u"GOPROXY"_s);
        QCOMPARE(v.value, u"https://proxy.golang.org,direct"_s);
        QVERIFY(v.osSetButEmpty);
        QVERIFY(!v.hidden.isEmpty());
        QCOMPARE(v.hidden.constFirst().source, gmd::EnvSource::DockerfileEnv);
        QCOMPARE(v.hidden.constFirst().location.line, 2);
    }

    void contextMetadata_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QStringList>("buildArgs");
        QTest::addColumn<int>("runLine");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("goVersion");
        QTest::addColumn<QString>("goarch");
        QTest::addRow("named stage, floating tag") << QByteArray("@multistage-cache.Dockerfile") << QStringList() << 10
                                                   << u"Dockerfile:builder:10"_s << u"1.22.12"_s << u"amd64"_s;
        QTest::addRow("S3 --build-arg changes the image")
            << QByteArray("@multistage-cache.Dockerfile") << QStringList { u"GO_VERSION=1.24.3"_s } << 10
            << u"Dockerfile:builder:10"_s << u"1.24.3"_s << u"amd64"_s;
        QTest::addRow("unnamed stage") << QByteArray("FROM golang:1.22.3\nRUN go build\n") << QStringList() << 2
                                       << u"Dockerfile:#0:2"_s << u"1.22.3"_s << u"amd64"_s;
        QTest::addRow("--platform gives goarch")
            << QByteArray("FROM --platform=linux/arm64 golang:1.22.3\nRUN go build\n") << QStringList() << 2
            << u"Dockerfile:#0:2"_s << u"1.22.3"_s << u"arm64"_s;
        QTest::addRow("unknown image: no Go version") << QByteArray("@alpine-go.Dockerfile") << QStringList() << 9
                                                      << u"Dockerfile:build:9"_s << QString() << u"amd64"_s;
        QTest::addRow("child stage inherits the image's Go")
            << QByteArray("@buildplatform.Dockerfile") << QStringList() << 12 << u"Dockerfile:test:12"_s << u"1.22.12"_s
            << u"amd64"_s;
    }

    void contextMetadata()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QStringList, buildArgs);
        QFETCH(int, runLine);
        QFETCH(QString, id);
        QFETCH(QString, goVersion);
        QFETCH(QString, goarch);
        const gmd::DockerfileAnalysis a =
            dockertest::analyze(dockertest::dockerfileText(dockerfile), dockertest::withBuildArgs(buildArgs));
        const gmd::EnvContext* ctx = dockertest::contextAt(a, runLine);
        QVERIFY(ctx);
        QCOMPARE(ctx->id, id);
        QCOMPARE(ctx->goVersion, goVersion);
        QCOMPARE(ctx->goarch, goarch);
        QCOMPARE(ctx->goos, u"linux"_s);
        QVERIFY(ctx->container);
        QCOMPARE(ctx->anchor.line, runLine);
        QCOMPARE(ctx->anchor.file, u"Dockerfile"_s);
        QVERIFY(ctx->label.startsWith(u"Dockerfile Dockerfile, stage "_s));
        QVERIFY(ctx->label.endsWith(u", RUN at line %1"_s.arg(runLine)));
    }

    void diagnostics_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QStringList>("expected"); // "line: message", warnings and errors
        QTest::addRow("UndefinedVar in ENV") << QByteArray("FROM golang:1.22\nENV GOPROXY=$PROXY\n")
                                             << QStringList { u"2: Usage of undefined variable '$PROXY'"_s };
        QTest::addRow("a declared ARG without value is not undefined")
            << QByteArray("FROM golang:1.22\nARG PROXY\nENV GOPROXY=$PROXY\n") << QStringList();
        QTest::addRow("S4 global ARG not re-declared is undefined in the stage") << QByteArray(
            "ARG V=1\nFROM golang:1.22\nENV X=$V\n") << QStringList { u"3: Usage of undefined variable '$V'"_s };
        QTest::addRow("S8 proxy build args are not visible to expansion")
            << QByteArray("FROM golang:1.22\nENV X=$HTTPS_PROXY\n")
            << QStringList { u"2: Usage of undefined variable '$HTTPS_PROXY'"_s };
        QTest::addRow("UndefinedArgInFrom")
            << QByteArray("FROM golang:${GO}\n") << QStringList { u"1: FROM argument 'GO' is not declared"_s };
        QTest::addRow("expansion error") << QByteArray("FROM golang:1.22\nENV X=${\n")
                                         << QStringList { u"2: failed to process \"${\": syntax error: missing '}'"_s };
        QTest::addRow("C1 COPY --from with a variable")
            << QByteArray("FROM golang:1.22\nARG S=x\nCOPY --from=$S /a /b\n")
            << QStringList { u"3: variable expansion is not supported for --from, define a new stage with FROM "
                             "using ARG from global scope as a workaround"_s };
        QTest::addRow("target not found") << QByteArray("FROM golang:1.22 AS a\n")
                                          << QStringList { u"0: target stage \"nope\" could not be found"_s };
    }

    void diagnostics()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QStringList, expected);
        gmd::DockerAnalysisOptions o;
        if (QTest::currentDataTag() == QByteArray("target not found"))
            o.target = u"nope"_s;
        const gmd::DockerfileAnalysis a = dockertest::analyze(dockerfile, o);
        QCOMPARE(dockertest::diagnostics(a, gmd::DiagnosticLevel::Warning), expected);
        for (const gmd::Diagnostic& d : a.diagnostics)
            QCOMPARE(d.location.file, u"Dockerfile"_s);
    }

    void unknownImageUndefinedIsOnlyANote()
    {
        // D1.7: an unknown image may define the variable in its config.
        const gmd::DockerfileAnalysis a = dockertest::analyze("FROM alpine:3.20\nENV X=$JAVA_HOME\n");
        QVERIFY(dockertest::diagnostics(a, gmd::DiagnosticLevel::Warning).isEmpty());
        QCOMPARE(dockertest::diagnostics(a, gmd::DiagnosticLevel::Note),
            QStringList { u"2: Usage of undefined variable '$JAVA_HOME'"_s });
    }
};

QTEST_GUILESS_MAIN(TestDockerEnv)
#include "tst_dockerenv.moc"
