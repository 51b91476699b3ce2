// SPDX-License-Identifier: MIT
// The stage graph: FROM expansion (S3), parents (B1.3), COPY --from / mount references,
// reachability from the target (B1.4), platforms; and the `dockerfile stages` dump.
#include "docker/stagedump.h"
#include "dockertestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/// "label<-base [parent=label] [refs=a,b] R|- [T]" per stage, joined by " | ".
QString graph(const gmd::DockerfileAnalysis& a)
{
    QStringList out;
    for (const gmd::StageInfo& s : a.stages) {
        QString text = s.label() + u"<-"_s + s.baseExpanded;
        if (s.parentStage >= 0)
            text += u" parent="_s + a.stages.at(s.parentStage).label();
        QStringList refs;
        for (const gmd::StageReference& r : s.references)
            refs.append(r.stage >= 0 ? a.stages.at(r.stage).label() : QString(u"image:"_s + r.reference));
        if (!refs.isEmpty())
            text += u" refs="_s + refs.join(u',');
        text += s.reachable ? u" R"_s : u" -"_s;
        if (s.isTarget)
            text += u" T"_s;
        out.append(text);
    }
    return out.join(u" | "_s);
}

} // namespace

class TestStageGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void graph_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QStringList>("buildArgs");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        QTest::addRow("B1.3 FROM an earlier stage by name")
            << QByteArray("FROM golang:1.22 AS build\nFROM build AS test\n") << QStringList() << QString()
            << u"build<-golang:1.22 R | test<-build parent=build R T"_s;
        QTest::addRow("B1.3 FROM compares exactly: Build is an image")
            << QByteArray("FROM golang:1.22 AS build\nFROM Build\n") << QStringList() << QString()
            << u"build<-golang:1.22 - | #1<-Build R T"_s;
        QTest::addRow("B1.3 a later stage is not a parent")
            << QByteArray("FROM later AS first\nFROM golang:1.22 AS later\n") << QStringList() << QString()
            << u"first<-later - | later<-golang:1.22 R T"_s;
        QTest::addRow("B1.3 COPY --from by name, case-insensitive")
            << QByteArray("FROM golang:1.22 AS Build\nFROM alpine\nCOPY --from=BUILD /a /a\n") << QStringList()
            << QString() << u"build<-golang:1.22 R | #1<-alpine refs=build R T"_s;
        QTest::addRow("B1.3 COPY --from by index")
            << QByteArray("FROM golang:1.22\nFROM alpine\nCOPY --from=0 /a /a\n") << QStringList() << QString()
            << u"#0<-golang:1.22 R | #1<-alpine refs=#0 R T"_s;
        QTest::addRow("B1.3 COPY --from an image")
            << QByteArray("FROM alpine\nCOPY --from=golang:1.22 /usr/local/go /go\n") << QStringList() << QString()
            << u"#0<-alpine refs=image:golang:1.22 R T"_s;
        QTest::addRow("B1.4 a stage nobody needs is not reachable")
            << QByteArray("@buildplatform.Dockerfile") << QStringList() << QString()
            << u"build<-golang:1.22 R | test<-build parent=build - | final<-gcr.io/distroless/static-debian12 "
               "refs=build R T"_s;
        QTest::addRow("B1.4 --target selects an earlier stage")
            << QByteArray("@buildplatform.Dockerfile") << QStringList() << u"test"_s
            << u"build<-golang:1.22 R | test<-build parent=build R T | final<-gcr.io/distroless/static-debian12 "
               "refs=build -"_s;
        QTest::addRow("B1.4 --target is case-insensitive")
            << QByteArray("FROM golang:1.22 AS a\nFROM alpine AS b\n") << QStringList() << u"A"_s
            << u"a<-golang:1.22 R T | b<-alpine -"_s;
        QTest::addRow("B1.4 RUN --mount from= needs the stage")
            << QByteArray("FROM golang:1.22 AS mods\nRUN go mod download\nFROM golang:1.22\n"
                          "RUN --mount=type=bind,from=mods,source=/go/pkg/mod,target=/go/pkg/mod go build\n")
            << QStringList() << QString() << u"mods<-golang:1.22 R | #1<-golang:1.22 refs=mods R T"_s;
        QTest::addRow("S3 ARG-driven FROM with defaults")
            << QByteArray("@multistage-cache.Dockerfile") << QStringList() << QString()
            << u"builder<-golang:1.22-alpine R | runtime<-gcr.io/distroless/static-debian12:nonroot refs=builder R T"_s;
        QTest::addRow("S3 --build-arg replaces the FROM argument")
            << QByteArray("@multistage-cache.Dockerfile") << QStringList { u"GO_VERSION=1.24.3"_s } << QString()
            << u"builder<-golang:1.24.3-alpine R | runtime<-gcr.io/distroless/static-debian12:nonroot refs=builder R T"_s;
        QTest::addRow("S3 FROM ARG chained through another ARG")
            << QByteArray("ARG V=1.22\nARG IMG=golang:${V}\nFROM $IMG\n") << QStringList() << QString()
            << u"#0<-golang:1.22 R T"_s;
        QTest::addRow("S2 --build-arg is verbatim")
            << QByteArray("ARG IMG=x\nFROM $IMG\n") << QStringList { u"IMG=golang:$V"_s } << QString()
            << u"#0<-golang:$V R T"_s;
        QTest::addRow("S3 FROM names an earlier stage through an ARG")
            << QByteArray("ARG BASE=build\nFROM golang:1.22 AS build\nFROM ${BASE}\n") << QStringList() << QString()
            << u"build<-golang:1.22 R | #1<-build parent=build R T"_s;
        QTest::addRow("S3 in-stage ARG is not visible to FROM")
            << QByteArray("FROM golang:1.22 AS a\nARG X=a\nFROM ${X:-alpine}\n") << QStringList() << QString()
            << u"a<-golang:1.22 - | #1<-alpine R T"_s;
    }

    void graph()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QStringList, buildArgs);
        QFETCH(QString, target);
        QFETCH(QString, expected);
        const gmd::DockerfileAnalysis a =
            dockertest::analyze(dockertest::dockerfileText(dockerfile), dockertest::withBuildArgs(buildArgs, target));
        QCOMPARE(::graph(a), expected);
    }

    void images_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QStringList>("buildArgs");
        QTest::addColumn<QString>("expected"); // per stage: known/official + go version
        QTest::addRow("S6 the parent chain gives the image")
            << QByteArray("@buildplatform.Dockerfile") << QStringList() << u"1.22 | 1.22 | unknown"_s;
        QTest::addRow("S3 undefined FROM argument: unknown image")
            << QByteArray("ARG V\nFROM golang:${V}\n") << QStringList() << u"unknown"_s;
        QTest::addRow("scratch is unknown")
            << QByteArray("@private-ssh.Dockerfile") << QStringList() << u"1.24.3 | unknown"_s;
        QTest::addRow("alpine is unknown")
            << QByteArray("@alpine-go.Dockerfile") << QStringList() << u"unknown | unknown"_s;
    }

    void images()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QStringList, buildArgs);
        QFETCH(QString, expected);
        const gmd::DockerfileAnalysis a =
            dockertest::analyze(dockertest::dockerfileText(dockerfile), dockertest::withBuildArgs(buildArgs));
        QStringList got;
        for (const gmd::StageInfo& s : a.stages)
            got.append(s.image.known ? s.image.goVersion : u"unknown"_s);
        QCOMPARE(got.join(u" | "_s), expected);
    }

    void platforms_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QString>("targetPlatform");
        QTest::addColumn<QString>("expected"); // platform per stage
        QTest::addRow("default target platform")
            << QByteArray("FROM golang:1.22\n") << u"linux/amd64"_s << u"linux/amd64"_s;
        QTest::addRow("S1 $BUILDPLATFORM is the builder's") << QByteArray(
            "@buildplatform.Dockerfile") << u"linux/arm64"_s << u"linux/amd64 | linux/amd64 | linux/arm64"_s;
        QTest::addRow("constant --platform")
            << QByteArray("FROM --platform=linux/arm/v7 golang:1.22\n") << u"linux/amd64"_s << u"linux/arm/v7"_s;
    }

    void platforms()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QString, targetPlatform);
        QFETCH(QString, expected);
        gmd::DockerAnalysisOptions o;
        o.targetPlatform = targetPlatform;
        const gmd::DockerfileAnalysis a = dockertest::analyze(dockertest::dockerfileText(dockerfile), o);
        QStringList got;
        for (const gmd::StageInfo& s : a.stages)
            got.append(s.platform);
        QCOMPARE(got.join(u" | "_s), expected);
    }

    void automaticArgsInStage()
    {
        // S1/S4: TARGETARCH re-declared in a stage gets the automatic value.
        gmd::DockerAnalysisOptions o;
        o.targetPlatform = u"linux/arm64"_s;
        const gmd::DockerfileAnalysis a = dockertest::analyze(dockertest::fixture(u"buildplatform.Dockerfile"_s), o);
        const gmd::BuildState* s = dockertest::stateAt(a, 9);
        QCOMPARE(s->value(u"TARGETARCH"_s).value_or(QString()), u"arm64"_s);
        QCOMPARE(s->value(u"TARGETOS"_s).value_or(QString()), u"linux"_s);
        QVERIFY(!dockertest::stateAt(a, 3)->value(u"TARGETOS"_s)); // not before the ARG
        const gmd::RunInfo* build = a.runAtLine(9);
        QCOMPARE(build->go.constFirst().assignments.value(1).second, u"arm64"_s); // GOARCH=$TARGETARCH
    }

    void robustness_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addRow("A1.5 empty file") << QByteArray();
        QTest::addRow("B1.1 no FROM") << QByteArray("RUN go build\n");
        QTest::addRow("A8 unterminated heredoc") << QByteArray("FROM golang:1.22\nRUN <<EOF\ngo build\n");
        QTest::addRow("B1.2 bad FROM") << QByteArray("FROM a b\nRUN go build\n");
        QTest::addRow("S3 blank base") << QByteArray("ARG B\nFROM ${B}\nRUN go build\n");
        QTest::addRow("unbalanced quotes in RUN") << QByteArray("FROM golang:1.22\nRUN echo \"go build\n");
        QTest::addRow("binary junk") << QByteArray("FROM \x01\xff\nRUN \x00go\n", 20);
    }

    void robustness()
    {
        QFETCH(QByteArray, dockerfile);
        const gmd::DockerfileAnalysis a = dockertest::analyze(dockerfile);
        QVERIFY(a.contexts.size() <= a.runs.size());
        (void)gmd::describeStages(a); // must not crash
    }

    void describe()
    {
        const gmd::DockerfileAnalysis a = dockertest::analyze(dockertest::fixture(u"multistage-cache.Dockerfile"_s),
            dockertest::withBuildArgs({ u"HTTPS_PROXY=http://user:s3cret@proxy:3128"_s }));
        const QString text = gmd::describeStages(a);
        QVERIFY2(text.contains(u"target: runtime"_s), qPrintable(text));
        QVERIFY(text.contains(u"#0 builder  FROM golang:${GO_VERSION}-alpine -> golang:1.22-alpine"_s));
        QVERIFY(text.contains(u"#1 runtime  FROM ${RUNTIME} -> gcr.io/distroless/static-debian12:nonroot"_s));
        QVERIFY(text.contains(u"COPY --from=builder at line 19 (stage builder)"_s));
        if (qEnvironmentVariableIsSet("GMD_DUMP"))
            qInfo().noquote() << text;
        QVERIFY(text.contains(u"image: official golang image, Go 1.22.x (floating tag; 1.22.12"_s));
        QVERIFY(text.contains(u"stage builder, RUN at line 10"_s));
        QVERIFY(text.contains(u"go mod download -x"_s));
        QVERIFY(text.contains(u"mount type=cache target=/go/pkg/mod id=/go/pkg/mod sharing=shared"_s));
        QVERIFY(text.contains(u"GOPROXY=https://proxy.golang.org,direct  [$GOROOT/go.env /usr/local/go/go.env:7]"_s));
        QVERIFY(text.contains(u"GOTOOLCHAIN=local  [base image golang:1.22-alpine Dockerfile:6:1]"_s));
        QVERIFY(text.contains(u"hides auto  [$GOROOT/go.env /usr/local/go/go.env:12]"_s));
        QVERIFY(text.contains(u"GOFLAGS=-trimpath  [RUN command line Dockerfile:16:37]"_s));
        QVERIFY(text.contains(u"GOMODCACHE=/go/pkg/mod  [derived from GOPATH]"_s));
        // Secrets are masked.
        QVERIFY(!text.contains(u"s3cret"_s));
        QVERIFY(text.contains(u"HTTPS_PROXY=http://user:xxxxx@proxy:3128"_s));
    }
};

QTEST_GUILESS_MAIN(TestStageGraph)
#include "tst_stagegraph.moc"
