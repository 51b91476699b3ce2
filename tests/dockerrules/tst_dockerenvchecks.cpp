// SPDX-License-Identifier: MIT
// The environment checks of issue 2 run unchanged on every go-invoking RUN of a Dockerfile (one
// engine, several sources): located at the Dockerfile line that set the value, with fixes written
// as Dockerfile lines (spec dockerfile.md S5, S8, G1).
#include "checks/checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kPrivate = "module example.com/app\n\ngo 1.22\n\nrequire git.corp.example/team/lib v1.2.0\n";
const QByteArray kGo123 = "module example.com/app\n\ngo 1.23.0\n";

/// The findings of `id` that belong to a Dockerfile context.
QList<gmd::Finding> dockerFindings(const QString& id, const gmd::Facts& facts)
{
    QList<gmd::Finding> out;
    for (const gmd::Finding& f : gmdtest::runCheck(id, facts)) {
        if (f.environment.startsWith(u"Dockerfile:"_s))
            out.append(f);
    }
    return out;
}

void dump(const QList<gmd::Finding>& findings)
{
    for (const gmd::Finding& f : findings)
        qWarning().noquote() << f.id << f.subject << f.environment << (f.location ? f.location->toString() : QString())
                             << f.message << (f.fix ? f.fix->commands.join(u" | "_s) : QString());
}
} // namespace

class TestDockerEnvChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gosumdbOffAtTheEnvLine()
    {
        const gmd::Facts facts = FactsBuilder()
                                     .goMod(kPrivate)
                                     .dockerfile("FROM golang:1.22\nWORKDIR /src\nENV GOSUMDB=off\nCOPY go.mod ./\n"
                                                 "RUN --mount=type=ssh go mod download\n")
                                     .build();
        const auto findings = dockerFindings(u"GMD110"_s, facts);
        dump(findings);
        QCOMPARE(findings.size(), 1);
        const gmd::Finding& f = findings[0];
        QCOMPARE(f.subject, u"Dockerfile:3"_s);
        QCOMPARE(f.location->line, 3);
        QCOMPARE(f.location->file, u"Dockerfile"_s);
        QCOMPARE(f.environment, u"Dockerfile:#0:5"_s);
        QVERIFY(f.fix);
        QVERIFY2(f.fix->commands.contains(u"ENV GOPRIVATE=git.corp.example"_s), qPrintable(f.fix->commands.join(u'|')));
        for (const QString& c : f.fix->commands)
            QVERIFY2(c.startsWith(u"ENV "_s) || c.startsWith(u"# delete: ENV"_s), qPrintable(c));
    }

    void goflagsInsecureAtTheEnvLine()
    {
        const gmd::Facts facts = FactsBuilder()
                                     .goMod(kPrivate)
                                     .dockerfile("FROM golang:1.22 AS build\nENV GOFLAGS=\"-insecure -mod=mod\"\n"
                                                 "WORKDIR /src\nCOPY . .\nRUN go build -o /app .\n")
                                     .build();
        const auto findings = dockerFindings(u"GMD132"_s, facts);
        dump(findings);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].subject, u"Dockerfile:2"_s);
        QCOMPARE(findings[0].location->line, 2);
        QVERIFY(findings[0].fix);
        for (const QString& c : findings[0].fix->commands)
            QVERIFY2(c.startsWith(u"ENV "_s) || c.startsWith(u"# delete: ENV"_s), qPrintable(c));
    }

    void buildArgGoproxyAtTheArgLine()
    {
        // GOPROXY=off given with --build-arg reaches the RUN through `ARG GOPROXY` (S4): the finding
        // points at that ARG line.
        const gmd::Facts facts = FactsBuilder()
                                     .goMod(kPrivate)
                                     .buildArg(u"GOPROXY"_s, u"off"_s)
                                     .dockerfile("FROM golang:1.22\nWORKDIR /src\nARG GOPROXY\nCOPY go.mod ./\n"
                                                 "RUN go mod download\n")
                                     .build();
        const auto findings = dockerFindings(u"GMD101"_s, facts);
        dump(findings);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].location->line, 3);
        bool argEvidence = false;
        for (const gmd::Evidence& e : findings[0].evidence)
            argEvidence = argEvidence || e.label.startsWith(u"GOPROXY"_s);
        QVERIFY(argEvidence);
    }

    void oldImageWithToolchainLocal()
    {
        // golang >= 1.21.1 images set GOTOOLCHAIN=local: an older image than the go line fails.
        const gmd::Facts facts = FactsBuilder()
                                     .goMod(kGo123)
                                     .dockerfile("FROM golang:1.22.5\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\n")
                                     .build();
        const auto findings = dockerFindings(u"GMD142"_s, facts);
        dump(findings);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Error);
        QVERIFY(findings[0].message.contains(u"GOTOOLCHAIN=local"_s));
        QVERIFY(dockerFindings(u"GMD141"_s, facts).isEmpty());
    }

    void oldImageWithToolchainAuto()
    {
        const gmd::Facts facts = FactsBuilder()
                                     .goMod(kGo123)
                                     .dockerfile("FROM golang:1.22.5\nENV GOTOOLCHAIN=auto\nWORKDIR /src\n"
                                                 "COPY go.mod ./\nRUN go mod download\n")
                                     .build();
        const auto findings = dockerFindings(u"GMD141"_s, facts);
        dump(findings);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(u"1.23.0"_s));
        QVERIFY(dockerFindings(u"GMD142"_s, facts).isEmpty());
    }

    void newEnoughImageIsSilent()
    {
        const gmd::Facts facts = FactsBuilder()
                                     .goMod(kGo123)
                                     .dockerfile("FROM golang:1.23.4\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\n")
                                     .build();
        QVERIFY(dockerFindings(u"GMD141"_s, facts).isEmpty());
        QVERIFY(dockerFindings(u"GMD142"_s, facts).isEmpty());
        QVERIFY(dockerFindings(u"GMD110"_s, facts).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDockerEnvChecks)
#include "tst_dockerenvchecks.moc"
