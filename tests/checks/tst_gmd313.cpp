// SPDX-License-Identifier: MIT
// GMD313 suppression-without-reason: inline suppressions without a reason, detached, or naming
// unknown ids.
#include "checktestutil.h"

#include "checks/engine.h"
#include "checks/registry.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
FactsBuilder project(const QByteArray& dockerfile)
{
    return FactsBuilder().goMod("module example.com/app\n\ngo 1.22\n").dockerfile(dockerfile);
}
} // namespace

class TestGmd313 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: no reason")
            << project("FROM golang:1.22\n# gomoddoctor ignore=GMD305\nRUN go build .\n")
            << QStringList { u"Dockerfile:2"_s };
        QTest::addRow("fires: blank line before the instruction")
            << project("FROM golang:1.22\n# gomoddoctor ignore=GMD305 -- small tool\n\nRUN go build .\n")
            << QStringList { u"Dockerfile:2"_s };
        QTest::addRow("fires: unknown id")
            << project("FROM golang:1.22\n# gomoddoctor ignore=GMD999 -- typo\nRUN go build .\n")
            << QStringList { u"Dockerfile:2"_s };
        QTest::addRow("fires: malformed")
            << project("FROM golang:1.22\n# gomoddoctor ignore\nRUN go build .\n") << QStringList { u"Dockerfile:2"_s };
        QTest::addRow("fires: at the end of the file")
            << project("FROM golang:1.22\nRUN go build .\n# gomoddoctor ignore=GMD305 -- later\n")
            << QStringList { u"Dockerfile:3"_s };
        QTest::addRow("silent: id and reason above the instruction")
            << project("FROM golang:1.22\n# gomoddoctor ignore=GMD305 -- one-off image\nRUN go build .\n")
            << QStringList();
        QTest::addRow("silent: BuildKit rule name, lower case id, comment block")
            << project("FROM golang:1.22\n# gomoddoctor ignore=gmd305,StageNameCasing -- ok\n# build it\nRUN go build .\n")
            << QStringList();
        QTest::addRow("silent: no suppressions") << project("FROM golang:1.22\n# build\nRUN go build .\n")
                                                 << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD313"_s); }

    void stillApplies()
    {
        // A suppression without a reason still silences its instruction's findings.
        const gmd::Facts facts =
            project("FROM golang:1.22\nWORKDIR /src\nCOPY . .\n# gomoddoctor ignore=GMD305\nRUN go build .\n").build();
        gmd::EngineOptions options;
        options.only = { u"GMD305"_s, u"GMD313"_s };
        const gmd::DiagnosisResult result = gmd::runChecks(facts, gmd::allChecks(), options);
        QStringList ids;
        for (const gmd::Finding& f : result.findings)
            ids << f.id;
        QCOMPARE(ids, QStringList { u"GMD313"_s });
        QCOMPARE(result.suppressed.size(), 1);
        QVERIFY(result.findings[0].message.contains(u"no reason"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd313)
#include "tst_gmd313.moc"
