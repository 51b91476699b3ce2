// SPDX-License-Identifier: MIT
// UndefinedVar (spec dockerfile.md D2, C1, S4-S6) with the offline rule for base images whose
// ENV is unknown (D1.7).
#include "buildchecktest.h"

using namespace Qt::Literals::StringLiterals;

class TestUndefinedVar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data()
    {
        buildchecktest::addColumns();
        const QString rule = u"UndefinedVar"_s;
        const QStringList none;
        const auto undefined = [](int line, const char* name) -> QString {
            return QString::number(line) + u": Usage of undefined variable '$"_s + QLatin1StringView(name) + u'\'';
        };
        QTest::addRow("UndefinedVar fires on a golang stage")
            << rule << QByteArray("FROM golang:1.22\nWORKDIR $APP_HOME\n") << none
            << QStringList { undefined(2, "APP_HOME") };
        QTest::addRow("UndefinedVar suggests a close name")
            << rule << QByteArray("FROM golang:1.22\nENV GOFLAGS=-mod=mod\nRUN go version\nENV FLAGS=$GOFLAG\n") << none
            << QStringList { u"4: Usage of undefined variable '$GOFLAG' (did you mean $GOFLAGS?)"_s };
        QTest::addRow("UndefinedVar fires on scratch") << rule << QByteArray("FROM scratch\nCOPY server /bin/${NAME}\n")
                                                       << none << QStringList { undefined(2, "NAME") };
        QTest::addRow("UndefinedVar not on PATH")
            << rule << QByteArray("FROM scratch\nENV PATH=/bin:$PATH\n") << none << none;
        QTest::addRow("UndefinedVar not on the golang image's ENV")
            << rule << QByteArray("FROM golang:1.22-alpine\nENV PATH=$GOPATH/bin:$PATH GOTOOLCHAIN=$GOTOOLCHAIN\n")
            << none << none;
        QTest::addRow("UndefinedVar not on an ARG without value")
            << rule << QByteArray("FROM golang\nARG VERSION\nENV V=$VERSION\n") << none << none;
        QTest::addRow("UndefinedVar global ARG is invisible until redeclared")
            << rule << QByteArray("ARG VERSION=1\nFROM golang\nENV V=$VERSION\n") << none
            << QStringList { undefined(3, "VERSION") };
        QTest::addRow("UndefinedVar not on a redeclared global ARG")
            << rule << QByteArray("ARG VERSION=1\nFROM golang\nARG VERSION\nENV V=$VERSION\n") << none << none;
        QTest::addRow("UndefinedVar not on an ancestor stage's ARG")
            << rule << QByteArray("FROM golang AS base\nARG VERSION\nFROM base\nLABEL v=$VERSION\n") << none << none;
        QTest::addRow("UndefinedVar automatic args need ARG in the stage")
            << rule << QByteArray("FROM golang\nENV ARCH=$TARGETARCH\nARG TARGETARCH\nENV ARCH2=$TARGETARCH\n") << none
            << QStringList { undefined(2, "TARGETARCH") };
        QTest::addRow("UndefinedVar not in RUN's command")
            << rule << QByteArray("FROM golang\nRUN echo $UNDEFINED && go build\n") << none << none;
        QTest::addRow("UndefinedVar names inside ${X:-w}")
            << rule << QByteArray("FROM golang\nENV A=${X:-$Y}\n") << none
            << QStringList { undefined(2, "X"), undefined(2, "Y") };
        QTest::addRow("UndefinedVar pairs of one ENV see the earlier environment")
            << rule << QByteArray("FROM golang\nENV A=1 B=$A\nENV C=$A\n") << none << QStringList { undefined(2, "A") };
        QTest::addRow("UndefinedVar in a COPY heredoc")
            << rule << QByteArray("FROM golang\nCOPY <<EOF /etc/app.conf\nmode=$MODE\nEOF\n") << none
            << QStringList { undefined(2, "MODE") };
        QTest::addRow("UndefinedVar not in a quoted heredoc")
            << rule << QByteArray("FROM golang\nCOPY <<'EOF' /etc/app.conf\nmode=$MODE\nEOF\n") << none << none;
        QTest::addRow("UndefinedVar in RUN --mount")
            << rule << QByteArray("FROM golang\nRUN --mount=type=cache,target=$CACHE_DIR go build ./...\n") << none
            << QStringList { undefined(2, "CACHE_DIR") };
        QTest::addRow("UndefinedVar in an ARG default") << rule << QByteArray("FROM golang\nARG OUT=$OUTDIR/bin\n")
                                                        << none << QStringList { undefined(2, "OUTDIR") };
        QTest::addRow("UndefinedVar not in EXPOSE")
            << rule << QByteArray("FROM golang\nEXPOSE $PORT 8080\n") << none << none;
        QTest::addRow("UndefinedVar in an ONBUILD trigger, at the FROM")
            << rule << QByteArray("FROM golang AS base\nONBUILD COPY $SRC /src\nFROM base\n") << none
            << QStringList { undefined(3, "SRC") };
        QTest::addRow("UndefinedVar not on BuildKit's non-env args")
            << rule << QByteArray("FROM golang\nENV X=$BUILDKIT_SBOM_SCAN_STAGE\n") << none << none;
        QTest::addRow("UndefinedVar not on a name an unknown image may define")
            << rule << QByteArray("FROM registry.example.com/acme/go-base:1\nENV P=$GO_BASE_HOME/bin\n") << none
            << none;
        QTest::addRow("UndefinedVar special names even on an unknown image")
            << rule << QByteArray("FROM registry.example.com/acme/go-base:1\nENV A=$0 B=$@\n") << none
            << QStringList { undefined(2, "0"), undefined(2, "@") };
        QTest::addRow("UndefinedVar a stage FROM an unknown-image stage stays unknown")
            << rule << QByteArray("FROM acme/base AS base\nFROM base\nWORKDIR $HOME_DIR\n") << none << none;
        QTest::addRow("UndefinedVar image named by a global ARG")
            << rule << QByteArray("ARG GO=golang:1.22\nFROM ${GO}\nWORKDIR $SRC_DIR\n") << none
            << QStringList { undefined(3, "SRC_DIR") };
    }
    void rule() { buildchecktest::compareRow(); }

    void baseImageEnv()
    {
        gmd::BuildCheckOptions options;
        options.baseImageEnv.insert(
            u"registry.example.com/acme/go-base:1"_s, { u"GOPATH=/go"_s, u"GO_BASE_HOME=/opt"_s });
        const gmd::BuildCheckReport report = buildchecktest::run(
            "FROM registry.example.com/acme/go-base:1\nENV P=$GO_BASE_HOME/bin:$GOPATH:$EXTRA_PATH:$PATH\n", options);
        QCOMPARE(buildchecktest::findings(report, u"UndefinedVar"_s),
            QStringList { u"2: Usage of undefined variable '$EXTRA_PATH'"_s });
    }

    void targetStages_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("reachableOnly");
        QTest::addColumn<QStringList>("expected");
        const QString a = u"2: Usage of undefined variable '$UNDEF_A'"_s;
        const QString b = u"4: Usage of undefined variable '$UNDEF_B'"_s;
        const QString c = u"6: Usage of undefined variable '$UNDEF_C'"_s;
        QTest::addRow("D1.7 --check evaluates every stage") << QString() << false << QStringList { a, b, c };
        QTest::addRow("B1.4 a build runs what the last stage needs") << QString() << true << QStringList { a, c };
        QTest::addRow("B1.4 --target b") << u"b"_s << false << QStringList { b };
        QTest::addRow("B1.4 --target is case-insensitive") << u"A"_s << false << QStringList { a };
    }
    void targetStages()
    {
        QFETCH(QString, target);
        QFETCH(bool, reachableOnly);
        QFETCH(QStringList, expected);
        gmd::BuildCheckOptions options;
        options.target = target;
        options.reachableOnly = reachableOnly;
        const gmd::BuildCheckReport report =
            buildchecktest::run("FROM golang AS a\nENV X=$UNDEF_A\nFROM golang AS b\nENV Y=$UNDEF_B\nFROM alpine\nCOPY "
                                "--from=a $UNDEF_C /\n",
                options);
        QCOMPARE(buildchecktest::findings(report, u"UndefinedVar"_s), expected);
    }

    void unknownTarget()
    {
        gmd::BuildCheckOptions options;
        options.target = u"nope"_s;
        const gmd::BuildCheckReport report = buildchecktest::run("FROM golang AS build\nENV X=$Y\n", options);
        QCOMPARE(report.error, u"target stage \"nope\" could not be found"_s);
        QVERIFY(buildchecktest::findings(report, u"UndefinedVar"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUndefinedVar)
#include "tst_undefinedvar.moc"
