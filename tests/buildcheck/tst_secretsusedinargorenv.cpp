// SPDX-License-Identifier: MIT
// SecretsUsedInArgOrEnv (spec dockerfile.md D2): BuildKit's whole-segment rule on in-stage ARG
// names and ENV keys, and the Go settings that must never fire.
#include "buildchecktest.h"

using namespace Qt::Literals::StringLiterals;

class TestSecretsUsedInArgOrEnv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data()
    {
        buildchecktest::addColumns();
        const QString rule = u"SecretsUsedInArgOrEnv"_s;
        const QStringList none;
        QTest::addRow("SecretsUsedInArgOrEnv fires on an ARG token")
            << rule << QByteArray("FROM golang:1.22\nARG GITHUB_TOKEN\nRUN go mod download\n") << none
            << QStringList { u"2: Do not use ARG or ENV instructions for sensitive data (ARG \"GITHUB_TOKEN\")"_s };
        QTest::addRow("SecretsUsedInArgOrEnv fires on an ENV key")
            << rule << QByteArray("FROM golang\nENV GOOS=linux AWS_SECRET_ACCESS_KEY=x\n") << none
            << QStringList {
                   u"2: Do not use ARG or ENV instructions for sensitive data (ENV \"AWS_SECRET_ACCESS_KEY\")"_s
               };
        QTest::addRow("SecretsUsedInArgOrEnv is case-insensitive")
            << rule << QByteArray("FROM golang\nARG apikey\nARG Git_Credentials=x\nENV Password=1\n") << none
            << QStringList { u"2: Do not use ARG or ENV instructions for sensitive data (ARG \"apikey\")"_s,
                   u"3: Do not use ARG or ENV instructions for sensitive data (ARG \"Git_Credentials\")"_s,
                   u"4: Do not use ARG or ENV instructions for sensitive data (ENV \"Password\")"_s };
        QTest::addRow("SecretsUsedInArgOrEnv checks the expanded ENV key")
            << rule << QByteArray("FROM golang\nARG NAME=DB_PASSWD\nENV ${NAME}=x\n") << none
            << QStringList { u"3: Do not use ARG or ENV instructions for sensitive data (ENV \"DB_PASSWD\")"_s };
        QTest::addRow("SecretsUsedInArgOrEnv every legacy ENV")
            << rule << QByteArray("FROM golang\nENV NPM_AUTH abc\n") << none
            << QStringList { u"2: Do not use ARG or ENV instructions for sensitive data (ENV \"NPM_AUTH\")"_s };
        QTest::addRow("SecretsUsedInArgOrEnv not on global ARGs")
            << rule << QByteArray("ARG GITHUB_TOKEN\nFROM golang\nRUN go version\n") << none << none;
        // GOPRIVATE & co. configure which modules are private and how to authenticate; they
        // never hold a credential and are a single segment, so the segment rule leaves them alone.
        QTest::addRow("SecretsUsedInArgOrEnv not on Go module settings")
            << rule
            << QByteArray(
                   "FROM golang:1.22\nENV GOPRIVATE=github.com/acme/* GONOSUMDB=github.com/acme/* "
                   "GONOPROXY=github.com/acme/*\nENV GOAUTH=\"git /src\" GOPROXY=https://proxy.golang.org,direct "
                   "GOFLAGS=-mod=mod\nARG GOINSECURE\nARG GONOSUMCHECK\nARG GOSUMDB\n")
            << none << none;
        QTest::addRow("SecretsUsedInArgOrEnv not with an allow segment")
            << rule << QByteArray("FROM golang\nARG PUBLIC_KEY\nENV TOKEN_FILE=/run/secrets/token\nARG KEY_VERSION\n")
            << none << none;
        QTest::addRow("SecretsUsedInArgOrEnv not on a partial segment")
            << rule << QByteArray("FROM golang\nARG TOKENIZER\nENV MONKEY=1 PASSWORDS=x AUTHOR=me\n") << none << none;
        QTest::addRow("SecretsUsedInArgOrEnv not on LABEL")
            << rule << QByteArray("FROM golang\nLABEL secret=x\n") << none << none;
    }
    void rule() { buildchecktest::compareRow(); }
};

QTEST_GUILESS_MAIN(TestSecretsUsedInArgOrEnv)
#include "tst_secretsusedinargorenv.moc"
