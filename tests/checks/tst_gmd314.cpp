// SPDX-License-Identifier: MIT
// GMD314 dockerfile-invalid: BuildKit's own error, at its file:line:col; never a crash.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
FactsBuilder project(const QByteArray& dockerfile)
{
    return FactsBuilder().goMod("module example.com/app\n\ngo 1.22\n").dockerfile(dockerfile);
}
} // namespace

class TestGmd314 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: unknown instruction")
            << project("FROM golang:1.22\nRUNN go build .\n") << QStringList { u"Dockerfile:2"_s };
        QTest::addRow("fires: B2 unknown flag")
            << project("FROM golang:1.22\nCOPY --chmood=755 . .\n") << QStringList { u"Dockerfile:2"_s };
        QTest::addRow("fires: B4 mount option before type")
            << project("FROM golang:1.22\nRUN --mount=required,type=secret,id=x go build .\n")
            << QStringList { u"Dockerfile:2"_s };
        QTest::addRow("fires: instruction before FROM")
            << project("RUN go build .\nFROM golang:1.22\n") << QStringList { u"Dockerfile:1"_s };
        QTest::addRow("fires: D1.1 bad check directive")
            << project("# check=skip=all;bogus\nFROM golang:1.22\n") << QStringList { u"Dockerfile:1"_s };
        QTest::addRow("fires: binary file")
            << project(QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16)) << QStringList { u"Dockerfile"_s };
        QTest::addRow("silent: valid multi-stage")
            << project("FROM golang:1.22 AS build\nRUN go version\nFROM scratch\nCOPY --from=build /go /go\n")
            << QStringList();
        QTest::addRow("silent: empty continuation is only a warning")
            << project("FROM golang:1.22\nRUN go version \\\n\n    && true\n") << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD314"_s); }

    void buildKitMessage()
    {
        const auto findings = gmdtest::runCheck(u"GMD314"_s, project("FROM golang:1.22\nRUNN go build .\n").build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Error);
        QCOMPARE(findings[0].location->line, 2);
        QVERIFY2(findings[0].message.contains(u"unknown instruction: RUNN"_s), qPrintable(findings[0].message));
    }
};

QTEST_GUILESS_MAIN(TestGmd314)
#include "tst_gmd314.moc"
