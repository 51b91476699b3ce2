// SPDX-License-Identifier: MIT
// Build checks on FROM lines in the global scope (spec dockerfile.md D2, S1-S3):
// UndefinedArgInFrom, RedundantTargetPlatform, FromPlatformFlagConstDisallowed,
// InvalidDefaultArgInFrom; plus the reference and platform parsers behind them.
#include "buildcheck/imagereference.h"
#include "buildcheck/platformspec.h"
#include "buildchecktest.h"

using namespace Qt::Literals::StringLiterals;

class TestBuildCheckFrom : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data()
    {
        buildchecktest::addColumns();
        const QStringList none;
        // UndefinedArgInFrom
        QTest::addRow("UndefinedArgInFrom fires with a suggestion")
            << u"UndefinedArgInFrom"_s << QByteArray("ARG GO_VERSION=1.22\nFROM golang:${GO_VERSON}-alpine AS build\n")
            << none << QStringList { u"2: FROM argument 'GO_VERSON' is not declared (did you mean GO_VERSION?)"_s };
        QTest::addRow("UndefinedArgInFrom fires without a close name")
            << u"UndefinedArgInFrom"_s << QByteArray("FROM golang:${RELEASE}\n") << none
            << QStringList { u"1: FROM argument 'RELEASE' is not declared"_s };
        QTest::addRow("UndefinedArgInFrom fires in --platform")
            << u"UndefinedArgInFrom"_s << QByteArray("FROM --platform=$BUILDPLATFROM golang:1.22 AS build\n") << none
            << QStringList { u"1: FROM argument 'BUILDPLATFROM' is not declared (did you mean BUILDPLATFORM?)"_s };
        QTest::addRow("UndefinedArgInFrom an in-stage ARG does not declare it")
            << u"UndefinedArgInFrom"_s << QByteArray("FROM golang AS build\nARG RUNTIME=alpine\nFROM ${RUNTIME}\n")
            << none << QStringList { u"3: FROM argument 'RUNTIME' is not declared"_s };
        QTest::addRow("UndefinedArgInFrom not on a global ARG without a value")
            << u"UndefinedArgInFrom"_s << QByteArray("ARG BASE\nFROM ${BASE:-golang:1.22}\n") << none << none;
        QTest::addRow("UndefinedArgInFrom not on automatic args")
            << u"UndefinedArgInFrom"_s
            << QByteArray("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=$TARGETOS/$TARGETARCH "
                          "alpine\n")
            << none << none;
        QTest::addRow("UndefinedArgInFrom not when only a build arg sets it")
            << u"UndefinedArgInFrom"_s << QByteArray("ARG TAG\nFROM golang:$TAG\n") << QStringList { u"TAG=1.22"_s }
            << none;
        // RedundantTargetPlatform
        QTest::addRow("RedundantTargetPlatform fires on $TARGETPLATFORM")
            << u"RedundantTargetPlatform"_s << QByteArray("FROM --platform=$TARGETPLATFORM golang:1.22\n") << none
            << QStringList {
                   u"1: Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior"_s
               };
        QTest::addRow("RedundantTargetPlatform fires on ${TARGETPLATFORM} with a platform build arg")
            << u"RedundantTargetPlatform"_s
            << QByteArray("FROM --platform=$BUILDPLATFORM golang AS build\nFROM --platform=${TARGETPLATFORM} alpine\n")
            << QStringList { u"TARGETPLATFORM=linux/arm64"_s }
            << QStringList { u"2: Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the "
                             "default behavior"_s };
        QTest::addRow("RedundantTargetPlatform not on $BUILDPLATFORM")
            << u"RedundantTargetPlatform"_s << QByteArray("FROM --platform=$BUILDPLATFORM golang:1.22\n") << none
            << none;
        QTest::addRow("RedundantTargetPlatform not on $TARGETOS/$TARGETARCH")
            << u"RedundantTargetPlatform"_s << QByteArray("FROM --platform=$TARGETOS/$TARGETARCH golang:1.22\n") << none
            << none;
        // FromPlatformFlagConstDisallowed
        QTest::addRow("FromPlatformFlagConstDisallowed fires on a constant")
            << u"FromPlatformFlagConstDisallowed"_s << QByteArray("FROM --platform=linux/amd64 golang:1.22 AS build\n")
            << none << QStringList { u"1: FROM --platform flag should not use constant value \"linux/amd64\""_s };
        QTest::addRow("FromPlatformFlagConstDisallowed fires on an unnamed stage")
            << u"FromPlatformFlagConstDisallowed"_s << QByteArray("FROM --platform=linux/arm64 alpine\n") << none
            << QStringList { u"1: FROM --platform flag should not use constant value \"linux/arm64\""_s };
        QTest::addRow("FromPlatformFlagConstDisallowed compares the normalised arch")
            << u"FromPlatformFlagConstDisallowed"_s << QByteArray("FROM --platform=linux/x86_64 alpine AS x86_64\n")
            << none << QStringList { u"1: FROM --platform flag should not use constant value \"linux/x86_64\""_s };
        QTest::addRow("FromPlatformFlagConstDisallowed not when the name has the arch")
            << u"FromPlatformFlagConstDisallowed"_s
            << QByteArray("FROM --platform=linux/amd64 alpine AS runtime-amd64\nFROM --platform=linux/x86_64 alpine AS "
                          "amd64-base\n")
            << none << none;
        QTest::addRow("FromPlatformFlagConstDisallowed not when the name has the OS")
            << u"FromPlatformFlagConstDisallowed"_s << QByteArray("FROM --platform=windows/amd64 golang AS windows\n")
            << none << none;
        QTest::addRow("FromPlatformFlagConstDisallowed not with a variable")
            << u"FromPlatformFlagConstDisallowed"_s << QByteArray("FROM --platform=$BUILDPLATFORM golang AS build\n")
            << none << none;
        QTest::addRow("FromPlatformFlagConstDisallowed not when it cannot parse")
            << u"FromPlatformFlagConstDisallowed"_s << QByteArray("FROM --platform=linux/amd64/v2/x alpine\n") << none
            << none;
        // InvalidDefaultArgInFrom
        QTest::addRow("InvalidDefaultArgInFrom fires on an empty tag")
            << u"InvalidDefaultArgInFrom"_s << QByteArray("ARG GO_VERSION\nFROM golang:${GO_VERSION}\n") << none
            << QStringList {
                   u"2: Default value for ARG golang:${GO_VERSION} results in empty or invalid base image name"_s
               };
        QTest::addRow("InvalidDefaultArgInFrom fires even when a build arg is given")
            << u"InvalidDefaultArgInFrom"_s << QByteArray("ARG IMAGE\nFROM $IMAGE AS build\n")
            << QStringList { u"IMAGE=golang:1.22"_s }
            << QStringList { u"2: Default value for ARG $IMAGE results in empty or invalid base image name"_s };
        QTest::addRow("InvalidDefaultArgInFrom fires on an upper-case repository")
            << u"InvalidDefaultArgInFrom"_s << QByteArray("ARG BUILDER_IMAGE=Golang:1.22\nFROM ${BUILDER_IMAGE}\n")
            << none
            << QStringList {
                   u"2: Default value for ARG ${BUILDER_IMAGE} results in empty or invalid base image name"_s
               };
        QTest::addRow("InvalidDefaultArgInFrom not on an upper-case registry host")
            << u"InvalidDefaultArgInFrom"_s << QByteArray("ARG REGISTRY=MyRegistry:5000\nFROM ${REGISTRY}/go:1.22\n")
            << none << none;
        QTest::addRow("InvalidDefaultArgInFrom not with a default")
            << u"InvalidDefaultArgInFrom"_s
            << QByteArray("ARG GO_VERSION=1.22\nFROM golang:${GO_VERSION}-alpine AS build\nFROM build\n") << none
            << none;
        QTest::addRow("InvalidDefaultArgInFrom not with an inline default")
            << u"InvalidDefaultArgInFrom"_s << QByteArray("ARG GO_VERSION\nFROM golang:${GO_VERSION:-1.22}\n") << none
            << none;
    }
    void rule() { buildchecktest::compareRow(); }

    void imageReference_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("repository");
        QTest::addRow("official image") << u"golang:1.22-alpine"_s << QString() << u"golang"_s;
        QTest::addRow("library prefix") << u"docker.io/library/golang"_s << QString() << u"golang"_s;
        QTest::addRow("registry with port")
            << u"localhost:5000/team/go:1"_s << QString() << u"localhost:5000/team/go"_s;
        QTest::addRow("distroless") << u"gcr.io/distroless/static:nonroot"_s << QString()
                                    << u"gcr.io/distroless/static"_s;
        QTest::addRow("digest") << u"alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s
                                << QString() << u"alpine"_s;
        QTest::addRow("empty") << QString() << u"invalid reference format"_s << QString();
        QTest::addRow("empty tag") << u"golang:"_s << u"invalid reference format"_s << QString();
        QTest::addRow("upper case") << u"Golang"_s
                                    << u"invalid reference format: repository name (library/Golang) must be lowercase"_s
                                    << QString();
        QTest::addRow("bad digest") << u"alpine@sha256:abc"_s << u"invalid reference format"_s << QString();
    }
    void imageReference()
    {
        QFETCH(QString, ref);
        QFETCH(QString, error);
        QFETCH(QString, repository);
        QCOMPARE(gmd::imageReferenceError(ref), error);
        QCOMPARE(gmd::imageRepository(ref), repository);
    }

    void platform_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("formatted"); // empty when it does not parse
        QTest::addRow("os/arch") << u"linux/amd64"_s << u"linux/amd64"_s;
        QTest::addRow("x86_64") << u"linux/x86_64"_s << u"linux/amd64"_s;
        QTest::addRow("aarch64") << u"Linux/aarch64"_s << u"linux/arm64"_s;
        QTest::addRow("arm64/v8") << u"linux/arm64/v8"_s << u"linux/arm64/v8"_s;
        QTest::addRow("armhf") << u"linux/armhf"_s << u"linux/arm"_s;
        QTest::addRow("armhf with variant") << u"linux/armhf/v7"_s << u"linux/arm/v7"_s;
        QTest::addRow("arm") << u"linux/arm"_s << u"linux/arm"_s;
        QTest::addRow("os only") << u"windows"_s << u"windows/amd64"_s;
        QTest::addRow("arch only") << u"arm64"_s << u"linux/arm64"_s;
        QTest::addRow("unknown single") << u"plan10"_s << QString();
        QTest::addRow("bad character") << u"linux/amd 64"_s << QString();
        QTest::addRow("too many parts") << u"a/b/c/d"_s << QString();
    }
    void platform()
    {
        QFETCH(QString, spec);
        QFETCH(QString, formatted);
        const std::optional<gmd::PlatformSpec> p = gmd::parsePlatformSpec(spec);
        QCOMPARE(p ? p->format() : QString(), formatted);
    }
};

QTEST_GUILESS_MAIN(TestBuildCheckFrom)
#include "tst_buildcheckfrom.moc"
