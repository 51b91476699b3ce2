// SPDX-License-Identifier: MIT
// Whole multi-stage Go Dockerfiles through every build check (spec dockerfile.md D): the complete
// list of findings in BuildKit's emission order.
#include "buildchecktest.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList shortForms(const gmd::BuildCheckReport& report)
{
    QStringList out;
    for (const gmd::BuildCheckResult& r : report.results)
        out.append(r.formatShort());
    return out;
}

} // namespace

class TestBuildCheckGoDockerfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dockerfile_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("typical cross-compiling build with mistakes")
            << QByteArray("# syntax=docker/dockerfile:1\n"
                          "ARG GO_VERSION=1.22\n"
                          "FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine as Build\n"
                          "WORKDIR /src\n"
                          "ENV CGO_ENABLED 0\n"
                          "ARG GITHUB_TOKEN\n"
                          "RUN --mount=type=cache,target=/go/pkg/mod \\\n"
                          "    --mount=type=secret,id=netrc,target=/root/.netrc \\\n"
                          "    go mod download\n"
                          "COPY . .\n"
                          "ARG TARGETOS TARGETARCH\n"
                          "RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server\n"
                          "\n"
                          "FROM gcr.io/distroless/static:nonroot\n"
                          "COPY --from=build /out/server /server\n"
                          "EXPOSE 8080/TCP\n"
                          "ENTRYPOINT /server\n")
            << QString()
            << QStringList { u"StageNameCasing: Stage name 'Build' should be lowercase (line 3)"_s,
                   u"FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 3)"_s,
                   u"LegacyKeyValueFormat: \"ENV key=value\" should be used instead of legacy \"ENV key value\" format "
                   "(line 5)"_s,
                   u"SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "
                   u"\"GITHUB_TOKEN\") "
                   "(line 6)"_s,
                   u"ExposeProtoCasing: Defined protocol '8080/TCP' in EXPOSE instruction should be lowercase (line 16)"_s,
                   u"JSONArgsRecommended: JSON arguments recommended for ENTRYPOINT to prevent unintended behavior "
                   "related to OS signals (line 17)"_s };
        QTest::addRow("clean build with cache and bind mounts") << QByteArray(
            "# syntax=docker/dockerfile:1\n"
            "# check=error=true\n"
            "ARG GO_VERSION=1.22\n"
            "FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build\n"
            "WORKDIR /src\n"
            "RUN --mount=type=cache,target=/go/pkg/mod \\\n"
            "    --mount=type=bind,source=go.sum,target=go.sum \\\n"
            "    --mount=type=bind,source=go.mod,target=go.mod \\\n"
            "    go mod download -x\n"
            "ARG TARGETOS TARGETARCH\n"
            "ENV GOPRIVATE=github.com/acme/* GONOSUMDB=github.com/acme/* GOFLAGS=-mod=mod\n"
            "RUN --mount=type=cache,target=/go/pkg/mod \\\n"
            "    --mount=type=bind,target=. \\\n"
            "    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /bin/server ./cmd/server\n"
            "\n"
            "FROM alpine:3.20 AS final\n"
            "RUN apk add --no-cache ca-certificates\n"
            "COPY --from=build /bin/server /bin/\n"
            "EXPOSE 8080\n"
            "ENTRYPOINT [\"/bin/server\"]\n") << QString() << QStringList();
        const QByteArray scoping("ARG GO_VERSION=1.22\n"
                                 "ARG APP=server\n"
                                 "FROM golang:${GO_VERSION} AS build\n"
                                 "WORKDIR /src/$APP\n"
                                 "COPY go.mod go.sum ./\n"
                                 "RUN go mod download\n"
                                 "COPY . .\n"
                                 "RUN go build -o /out/$APP ./cmd/$APP\n"
                                 "FROM alpine:3.20\n"
                                 "COPY --from=build /out/${APP} /usr/local/bin/${APP}\n"
                                 "CMD [\"/usr/local/bin/server\"]\n");
        // A global ARG is not visible in a stage until it is declared there again (S4); BuildKit
        // reports every field that uses it, so line 10 appears twice.
        QTest::addRow("global ARG used without redeclaring it")
            << scoping << QString()
            << QStringList { u"UndefinedVar: Usage of undefined variable '$APP' (line 4)"_s,
                   u"UndefinedVar: Usage of undefined variable '$APP' (line 10)"_s,
                   u"UndefinedVar: Usage of undefined variable '$APP' (line 10)"_s };
        QTest::addRow("global ARG used without redeclaring it, --target build")
            << scoping << u"build"_s << QStringList { u"UndefinedVar: Usage of undefined variable '$APP' (line 4)"_s };
    }
    void dockerfile()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QString, target);
        QFETCH(QStringList, expected);
        gmd::BuildCheckOptions options;
        options.target = target;
        const gmd::BuildCheckReport report = buildchecktest::run(dockerfile, options);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(shortForms(report), expected);
        QVERIFY(report.failure.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBuildCheckGoDockerfiles)
#include "tst_buildcheckgodockerfiles.moc"
