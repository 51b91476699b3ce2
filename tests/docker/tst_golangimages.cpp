// SPDX-License-Identifier: MIT
// The table of official golang images (S6, G): versions, floating tags, ENV and go.env.
#include "docker/golangimages.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestGolangImages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lookup_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<bool>("known");
        QTest::addColumn<bool>("official");
        QTest::addColumn<QString>("goVersion");
        QTest::addColumn<bool>("patchUnknown");
        QTest::addColumn<QString>("assumed");
        QTest::addColumn<QString>("toolchain"); // "-" = no GOTOOLCHAIN in the image
        QTest::addColumn<bool>("goEnv");
        QTest::addColumn<QString>("variant");

        QTest::addRow("golang:1.22 floats to the latest 1.22.x")
            << u"golang:1.22"_s << true << true << u"1.22"_s << true << u"1.22.12"_s << u"local"_s << true << QString();
        QTest::addRow("golang:1.22-alpine") << u"golang:1.22-alpine"_s << true << true << u"1.22"_s << true
                                            << u"1.22.12"_s << u"local"_s << true << u"alpine"_s;
        QTest::addRow("golang:1.22.3-bookworm is exact") << u"golang:1.22.3-bookworm"_s << true << true << u"1.22.3"_s
                                                         << false << QString() << u"local"_s << true << u"bookworm"_s;
        QTest::addRow("golang:1.24.3-bookworm is exact") << u"golang:1.24.3-bookworm"_s << true << true << u"1.24.3"_s
                                                         << false << QString() << u"local"_s << true << u"bookworm"_s;
        QTest::addRow("golang:1-alpine is the latest release") << u"golang:1-alpine"_s << true << true << u"1"_s << true
                                                               << u"1.26.1"_s << u"local"_s << true << u"alpine"_s;
        QTest::addRow("golang:latest (assumption at the table date)")
            << u"golang:latest"_s << true << true << u"1"_s << true << u"1.26.1"_s << u"local"_s << true << QString();
        QTest::addRow("golang without a tag means latest")
            << u"golang"_s << true << true << u"1"_s << true << u"1.26.1"_s << u"local"_s << true << QString();
        QTest::addRow("golang:alpine is the latest release")
            << u"golang:alpine"_s << true << true << u"1"_s << true << u"1.26.1"_s << u"local"_s << true << u"alpine"_s;
        QTest::addRow("golang:1.21rc2 was built before GOTOOLCHAIN=local")
            << u"golang:1.21rc2"_s << true << true << u"1.21rc2"_s << false << QString() << u"-"_s << true << QString();
        QTest::addRow("golang:1.21.0 was never rebuilt with GOTOOLCHAIN=local")
            << u"golang:1.21.0"_s << true << true << u"1.21.0"_s << false << QString() << u"-"_s << true << QString();
        QTest::addRow("golang:1.21.1 has GOTOOLCHAIN=local") << u"golang:1.21.1"_s << true << true << u"1.21.1"_s
                                                             << false << QString() << u"local"_s << true << QString();
        QTest::addRow("golang:1.20 has no go.env and no GOTOOLCHAIN (ENV-6)")
            << u"golang:1.20"_s << true << true << u"1.20"_s << true << u"1.20.14"_s << u"-"_s << false << QString();
        QTest::addRow("golang:1.24 (lower bound of the final 1.24.x)")
            << u"golang:1.24"_s << true << true << u"1.24"_s << true << u"1.24.12"_s << u"local"_s << true << QString();
        QTest::addRow("golang:1.27 newer than the table") << u"golang:1.27-trixie"_s << true << true << u"1.27"_s
                                                          << true << QString() << u"local"_s << true << u"trixie"_s;
        QTest::addRow("digest only: version unknown")
            << u"golang@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s << true << true
            << QString() << true << QString() << u"-"_s << true << QString();
        QTest::addRow("tag and digest: the tag gives the version")
            << u"golang:1.22.3@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s << true
            << true << u"1.22.3"_s << false << QString() << u"local"_s << true << QString();
        QTest::addRow("docker.io/library/golang") << u"docker.io/library/golang:1.23"_s << true << true << u"1.23"_s
                                                  << true << u"1.23.12"_s << u"local"_s << true << QString();
        QTest::addRow("library/golang") << u"library/golang:1.23-alpine3.20"_s << true << true << u"1.23"_s << true
                                        << u"1.23.12"_s << u"local"_s << true << u"alpine3.20"_s;
        QTest::addRow("index.docker.io/library/golang")
            << u"index.docker.io/library/golang:1.25"_s << true << true << u"1.25"_s << true << u"1.25.9"_s
            << u"local"_s << true << QString();
        QTest::addRow("mirror.gcr.io mirrors Docker Hub")
            << u"mirror.gcr.io/library/golang:1.22.3"_s << true << true << u"1.22.3"_s << false << QString()
            << u"local"_s << true << QString();
        QTest::addRow("golang:tip is a snapshot") << u"golang:tip-20260404"_s << true << true << QString() << true
                                                  << QString() << u"local"_s << true << QString();
        QTest::addRow("Windows variant is not modelled")
            << u"golang:1.22-windowsservercore-ltsc2022"_s << false << true << QString() << false << QString() << u"-"_s
            << false << u"windowsservercore-ltsc2022"_s;
        QTest::addRow("S6 alpine is unknown")
            << u"alpine:3.20"_s << false << false << QString() << false << QString() << u"-"_s << false << QString();
        QTest::addRow("S6 ubuntu is unknown")
            << u"ubuntu"_s << false << false << QString() << false << QString() << u"-"_s << false << QString();
        QTest::addRow("S6 unresolved $BASE is unknown")
            << u"$BASE"_s << false << false << QString() << false << QString() << u"-"_s << false << QString();
        QTest::addRow("another registry's golang is unknown")
            << u"registry.example.com/golang:1.22"_s << false << false << QString() << false << QString() << u"-"_s
            << false << QString();
        QTest::addRow("a user's golang repository is unknown")
            << u"someone/golang:1.22"_s << false << false << QString() << false << QString() << u"-"_s << false
            << QString();
        QTest::addRow("upper-case repository is not a reference")
            << u"Golang:1.22"_s << false << false << QString() << false << QString() << u"-"_s << false << QString();
        QTest::addRow("distroless is unknown") << u"gcr.io/distroless/static-debian12:nonroot"_s << false << false
                                               << QString() << false << QString() << u"-"_s << false << QString();
    }

    void lookup()
    {
        QFETCH(QString, image);
        QFETCH(bool, known);
        QFETCH(bool, official);
        QFETCH(QString, goVersion);
        QFETCH(bool, patchUnknown);
        QFETCH(QString, assumed);
        QFETCH(QString, toolchain);
        QFETCH(bool, goEnv);
        QFETCH(QString, variant);
        const gmd::BaseImageFacts f = gmd::lookupBaseImage(image);
        QCOMPARE(f.known, known);
        QCOMPARE(f.officialGolang, official);
        QCOMPARE(f.goVersion, goVersion);
        QCOMPARE(f.patchUnknown, patchUnknown);
        QCOMPARE(f.assumedVersion, assumed);
        QCOMPARE(f.envValue(u"GOTOOLCHAIN"_s).value_or(u"-"_s), toolchain);
        QCOMPARE(f.goEnvFile.has_value(), goEnv);
        QCOMPARE(f.variant, variant);
        if (!known) {
            // S6: nothing is guessed for an unknown image.
            QVERIFY(f.env.isEmpty());
            QVERIFY(f.goroot.isEmpty());
            QVERIFY(f.workdir.isEmpty());
        }
    }

    void golangEnvironment()
    {
        const gmd::BaseImageFacts f = gmd::lookupBaseImage(u"golang:1.22"_s);
        QStringList env;
        for (const auto& kv : f.env)
            env.append(kv.first + u'=' + kv.second);
        // The image config Env of docker-library/golang, in order.
        QCOMPARE(env,
            QStringList(
                { u"PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"_s,
                    u"GOLANG_VERSION=1.22.12"_s, u"GOTOOLCHAIN=local"_s, u"GOPATH=/go"_s }));
        QCOMPARE(f.workdir, u"/go"_s);
        QVERIFY(f.user.isEmpty());
        QCOMPARE(f.goroot, u"/usr/local/go"_s);
        QVERIFY(f.goEnvFile->contains("GOPROXY=https://proxy.golang.org,direct\n"));
        QVERIFY(f.goEnvFile->contains("GOSUMDB=sum.golang.org\n"));
        QVERIFY(f.goEnvFile->contains("GOTOOLCHAIN=auto\n"));
        QCOMPARE(f.comparableVersion(), u"1.22.12"_s);
        QVERIFY(!f.notes.isEmpty()); // the floating tag is an assumption and says so
    }

    void floatingTagWithoutRecordedPatchOmitsGolangVersion()
    {
        const gmd::BaseImageFacts f = gmd::lookupBaseImage(u"golang:1.27"_s);
        QVERIFY(!f.envValue(u"GOLANG_VERSION"_s));
        QCOMPARE(f.envValue(u"GOPATH"_s).value_or(QString()), u"/go"_s);
    }

    void reference_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // registry|repository|tag|digest or "invalid"
        QTest::addRow("short name") << u"golang:1.22"_s << u"docker.io|library/golang|1.22|"_s;
        QTest::addRow("user repository") << u"someone/tool"_s << u"docker.io|someone/tool||"_s;
        QTest::addRow("registry with port") << u"localhost:5000/golang:1.22"_s << u"localhost:5000|golang|1.22|"_s;
        QTest::addRow("digest") << u"golang@sha256:abc"_s << u"docker.io|library/golang||sha256:abc"_s;
        QTest::addRow("unexpanded variable") << u"golang:${GO}"_s << u"invalid"_s;
        QTest::addRow("empty") << QString() << u"invalid"_s;
    }

    void reference()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const gmd::ImageReference r = gmd::parseImageReference(text);
        const QString got =
            r.valid ? QStringList({ r.registry, r.repository, r.tag, r.digest }).join(u'|') : u"invalid"_s;
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestGolangImages)
#include "tst_golangimages.moc"
