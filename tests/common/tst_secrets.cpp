// SPDX-License-Identifier: MIT
// common/secrets.h: what maskSecrets() hides and, as important for readable findings, what it
// leaves alone (quality bar: secrets never reach the UI, a report or a log unmasked).
#include "common/secrets.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void maskSecrets_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addRow("URL password") << u"https://user:hunter2@proxy.example.com"_s
                                      << u"https://user:xxxxx@proxy.example.com"_s;
        QTest::addRow("URL token as user name") << u"GOPROXY=https://ghp_abcdefghijklmnopqrstuv@goproxy.example.com,direct"_s
                                                << u"GOPROXY=https://xxxxx@goproxy.example.com,direct"_s;
        QTest::addRow("insteadOf with a token user") << u"url.https://x-access-token:abc123@github.com/.insteadOf"_s
                                                     << u"url.https://xxxxx:xxxxx@github.com/.insteadOf"_s;
        QTest::addRow("GitHub token in text") << u"GH=ghp_0123456789abcdefghijABCDEFGHIJ"_s << u"GH=xxxxx"_s;
        QTest::addRow("Authorization header") << u"Authorization: Bearer abcdefgh12345678"_s
                                              << u"Authorization: Bearer xxxxx"_s;
        QTest::addRow("netrc line") << u"machine github.com login bot password s3cr3t-Value"_s
                                    << u"machine github.com login bot password xxxxx"_s;
        QTest::addRow("env file password") << u"GIT_PASSWORD=hunter2"_s << u"GIT_PASSWORD=xxxxx"_s;
        QTest::addRow("env file token") << u"GITHUB_TOKEN=abc"_s << u"GITHUB_TOKEN=xxxxx"_s;
        QTest::addRow("not: a file name variable") << u"PASSWORD_FILE=/run/secrets/pw"_s << u"PASSWORD_FILE=/run/secrets/pw"_s;
        QTest::addRow("password: value") << u"password: hunter2"_s << u"password: xxxxx"_s;
        QTest::addRow("token=value") << u"token=abc"_s << u"token=xxxxx"_s;
        QTest::addRow("not: a variable name before a flag")
            << u"RUN --mount=type=secret,id=GITHUB_TOKEN,env=GITHUB_TOKEN --mount=type=cache,target=/go/pkg/mod go"_s
            << u"RUN --mount=type=secret,id=GITHUB_TOKEN,env=GITHUB_TOKEN --mount=type=cache,target=/go/pkg/mod go"_s;
        QTest::addRow("token header value") << u"Authorization: token abcdefgh12345678"_s << u"Authorization: token xxxxx"_s;
        QTest::addRow("YAML GITHUB_TOKEN: long value") << u"GITHUB_TOKEN: abcdef0123456789"_s << u"GITHUB_TOKEN: xxxxx"_s;
        QTest::addRow("token: long value") << u"token: 0123456789abcdef"_s << u"token: xxxxx"_s;
        QTest::addRow("--password flag") << u"docker login --password hunter2 registry"_s
                                         << u"docker login --password xxxxx registry"_s;
        QTest::addRow("--token= flag") << u"tool --token=abc"_s << u"tool --token=xxxxx"_s;

        QTest::addRow("not: prose about a secret mount")
            << u"Mount the token as a secret: RUN --mount=type=secret,id=netrc go mod download"_s
            << u"Mount the token as a secret: RUN --mount=type=secret,id=netrc go mod download"_s;
        QTest::addRow("not: docker build --secret")
            << u"docker build --secret id=netrc,src=$HOME/.netrc ."_s << u"docker build --secret id=netrc,src=$HOME/.netrc ."_s;
        QTest::addRow("not: prose about a password prompt") << u"git asks for a password and hangs"_s
                                                           << u"git asks for a password and hangs"_s;
        QTest::addRow("not: URL without user info") << u"https://proxy.golang.org,direct"_s
                                                    << u"https://proxy.golang.org,direct"_s;
        QTest::addRow("not: ssh user name") << u"ssh://git@github.com/org/repo"_s << u"ssh://git@github.com/org/repo"_s;
        QTest::addRow("not: GOPRIVATE") << u"GOPRIVATE=example.com/*,corp.internal"_s
                                        << u"GOPRIVATE=example.com/*,corp.internal"_s;
    }
    void maskSecrets()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(gmd::maskSecrets(in), out);
        QCOMPARE(gmd::maskSecrets(out), out); // idempotent
    }

    void maskValue_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::addRow("secret name: whole value") << u"GITHUB_TOKEN"_s << u"abc"_s << u"xxxxx"_s;
        QTest::addRow("secret name, empty value") << u"GITHUB_TOKEN"_s << QString() << QString();
        QTest::addRow("proxy URL with password") << u"HTTPS_PROXY"_s << u"http://u:p@proxy:3128"_s
                                                 << u"http://u:xxxxx@proxy:3128"_s;
        QTest::addRow("ordinary value") << u"GOFLAGS"_s << u"-mod=mod"_s << u"-mod=mod"_s;
    }
    void maskValue()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QCOMPARE(gmd::maskValue(name, value), shown);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
