// SPDX-License-Identifier: MIT
// Dispatch-time build checks on single instructions (spec dockerfile.md D2): JSONArgsRecommended,
// WorkdirRelativePath, MultipleInstructionsDisallowed, LegacyKeyValueFormat, ExposeProtoCasing,
// ExposeInvalidFormat.
#include "buildchecktest.h"

using namespace Qt::Literals::StringLiterals;

class TestBuildCheckInstructions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data()
    {
        buildchecktest::addColumns();
        const QStringList none;
        // JSONArgsRecommended
        QTest::addRow("JSONArgsRecommended fires on shell-form CMD")
            << u"JSONArgsRecommended"_s << QByteArray("FROM golang:1.22\nWORKDIR /src\nCMD go run .\n") << none
            << QStringList {
                   u"3: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals"_s
               };
        QTest::addRow("JSONArgsRecommended names the keyword as written")
            << u"JSONArgsRecommended"_s << QByteArray("from alpine\nentrypoint /app --serve\n") << none
            << QStringList {
                   u"2: JSON arguments recommended for entrypoint to prevent unintended behavior related to OS "
                   "signals"_s
               };
        QTest::addRow("JSONArgsRecommended not on exec form")
            << u"JSONArgsRecommended"_s << QByteArray("FROM alpine\nENTRYPOINT [\"/app\"]\nCMD [\"--serve\"]\n") << none
            << none;
        QTest::addRow("JSONArgsRecommended not after SHELL")
            << u"JSONArgsRecommended"_s
            << QByteArray("FROM alpine\nSHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\nCMD "
                          "echo hi\n")
            << none << none;
        QTest::addRow("JSONArgsRecommended not when the base stage set SHELL")
            << u"JSONArgsRecommended"_s
            << QByteArray("FROM alpine AS base\nSHELL [\"/bin/sh\", \"-c\"]\nFROM base\nENTRYPOINT /app\n") << none
            << none;
        // WorkdirRelativePath
        QTest::addRow("WorkdirRelativePath fires on a relative first WORKDIR")
            << u"WorkdirRelativePath"_s << QByteArray("FROM golang:1.22\nWORKDIR src\nCOPY . .\n") << none
            << QStringList { u"2: Relative workdir \"src\" can have unexpected results if the base image changes"_s };
        QTest::addRow("WorkdirRelativePath reports the expanded path")
            << u"WorkdirRelativePath"_s << QByteArray("FROM golang\nENV APP=app\nWORKDIR $APP\n") << none
            << QStringList { u"3: Relative workdir \"app\" can have unexpected results if the base image changes"_s };
        QTest::addRow("WorkdirRelativePath fires in an unrelated stage")
            << u"WorkdirRelativePath"_s << QByteArray("FROM golang AS build\nWORKDIR /src\nFROM alpine\nWORKDIR app\n")
            << none
            << QStringList { u"4: Relative workdir \"app\" can have unexpected results if the base image changes"_s };
        QTest::addRow("WorkdirRelativePath not after an absolute WORKDIR")
            << u"WorkdirRelativePath"_s << QByteArray("FROM golang\nWORKDIR /src\nWORKDIR cmd/app\n") << none << none;
        QTest::addRow("WorkdirRelativePath not when the parent stage set one")
            << u"WorkdirRelativePath"_s << QByteArray("FROM golang AS base\nWORKDIR /src\nFROM base\nWORKDIR cmd\n")
            << none << none;
        QTest::addRow("WorkdirRelativePath not on a Windows drive path")
            << u"WorkdirRelativePath"_s
            << QByteArray("FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022 AS windows\n"
                          "WORKDIR C:/app\n")
            << none << none;
        // MultipleInstructionsDisallowed
        QTest::addRow("MultipleInstructionsDisallowed fires at the earlier CMD")
            << u"MultipleInstructionsDisallowed"_s << QByteArray("FROM alpine\nCMD [\"a\"]\nCMD [\"b\"]\n") << none
            << QStringList {
                   u"2: Multiple CMD instructions should not be used in the same stage because only the last one "
                   "will be used"_s
               };
        QTest::addRow("MultipleInstructionsDisallowed three ENTRYPOINTs")
            << u"MultipleInstructionsDisallowed"_s
            << QByteArray("FROM alpine\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\nENTRYPOINT [\"c\"]\n") << none
            << QStringList {
                   u"2: Multiple ENTRYPOINT instructions should not be used in the same stage because only the "
                   "last one will be used"_s,
                   u"3: Multiple ENTRYPOINT instructions should not be used in the same stage because only the last "
                   u"one "
                   "will be used"_s
               };
        QTest::addRow("MultipleInstructionsDisallowed HEALTHCHECK")
            << u"MultipleInstructionsDisallowed"_s
            << QByteArray("FROM alpine\nHEALTHCHECK NONE\nHEALTHCHECK CMD [\"/app\", \"health\"]\n") << none
            << QStringList {
                   u"2: Multiple HEALTHCHECK instructions should not be used in the same stage because only the "
                   "last one will be used"_s
               };
        QTest::addRow("MultipleInstructionsDisallowed names the later keyword")
            << u"MultipleInstructionsDisallowed"_s << QByteArray("FROM alpine\nCMD [\"a\"]\ncmd [\"b\"]\n") << none
            << QStringList {
                   u"2: Multiple cmd instructions should not be used in the same stage because only the last one "
                   "will be used"_s
               };
        QTest::addRow("MultipleInstructionsDisallowed not across stages")
            << u"MultipleInstructionsDisallowed"_s
            << QByteArray("FROM golang AS build\nCMD [\"a\"]\nFROM build\nCMD [\"b\"]\n") << none << none;
        QTest::addRow("MultipleInstructionsDisallowed not CMD with ENTRYPOINT")
            << u"MultipleInstructionsDisallowed"_s
            << QByteArray("FROM alpine\nENTRYPOINT [\"/app\"]\nCMD [\"serve\"]\n") << none << none;
        // LegacyKeyValueFormat
        QTest::addRow("LegacyKeyValueFormat fires on ENV")
            << u"LegacyKeyValueFormat"_s << QByteArray("FROM golang\nENV CGO_ENABLED 0\n") << none
            << QStringList { u"2: \"ENV key=value\" should be used instead of legacy \"ENV key value\" format"_s };
        QTest::addRow("LegacyKeyValueFormat fires on LABEL as written")
            << u"LegacyKeyValueFormat"_s << QByteArray("FROM golang\nlabel maintainer gopher@example.com\n") << none
            << QStringList { u"2: \"label key=value\" should be used instead of legacy \"label key value\" format"_s };
        QTest::addRow("LegacyKeyValueFormat not on key=value")
            << u"LegacyKeyValueFormat"_s << QByteArray("FROM golang\nENV CGO_ENABLED=0 GOOS=linux\nLABEL a=b\n") << none
            << none;
        QTest::addRow("LegacyKeyValueFormat not on ARG")
            << u"LegacyKeyValueFormat"_s << QByteArray("FROM golang\nARG GOOS GOARCH\n") << none << none;
        // ExposeProtoCasing
        QTest::addRow("ExposeProtoCasing fires")
            << u"ExposeProtoCasing"_s << QByteArray("FROM alpine\nEXPOSE 8080/TCP\n") << none
            << QStringList { u"2: Defined protocol '8080/TCP' in EXPOSE instruction should be lowercase"_s };
        QTest::addRow("ExposeProtoCasing on the expanded port")
            << u"ExposeProtoCasing"_s << QByteArray("FROM alpine\nENV PROTO=Udp\nEXPOSE 53/$PROTO\n") << none
            << QStringList { u"3: Defined protocol '53/Udp' in EXPOSE instruction should be lowercase"_s };
        QTest::addRow("ExposeProtoCasing not on lower case")
            << u"ExposeProtoCasing"_s << QByteArray("FROM alpine\nEXPOSE 8080/tcp 9090 53/udp\n") << none << none;
        QTest::addRow("ExposeProtoCasing stops at an invalid port")
            << u"ExposeProtoCasing"_s << QByteArray("FROM alpine\nEXPOSE 81/TCP 80/xyz\n") << none << none;
        // ExposeInvalidFormat
        QTest::addRow("ExposeInvalidFormat fires on an IP mapping")
            << u"ExposeInvalidFormat"_s << QByteArray("FROM alpine\nEXPOSE 127.0.0.1:8080:8080\n") << none
            << QStringList { u"2: EXPOSE instruction should not define an IP address or host-port mapping, found "
                             "'127.0.0.1:8080:8080'"_s };
        QTest::addRow("ExposeInvalidFormat fires on a host port")
            << u"ExposeInvalidFormat"_s << QByteArray("FROM alpine\nEXPOSE 80:80/tcp\n") << none
            << QStringList { u"2: EXPOSE instruction should not define an IP address or host-port mapping, found "
                             "'80:80/tcp'"_s };
        QTest::addRow("ExposeInvalidFormat not on a range")
            << u"ExposeInvalidFormat"_s << QByteArray("FROM alpine\nEXPOSE 8080-8090/udp 443\n") << none << none;
    }
    void rule() { buildchecktest::compareRow(); }
};

QTEST_GUILESS_MAIN(TestBuildCheckInstructions)
#include "tst_buildcheckinstructions.moc"
