// SPDX-License-Identifier: MIT
// `# gomoddoctor ignore=<ID>[,<ID>] -- reason` comments above instructions (A3 comments).
#include "docker/suppressions.h"
#include "dockertestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSuppressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QStringList>("expected"); // "ids|reason|line|instructionLine"
        QTest::addColumn<int>("warnings");
        QTest::addRow("one id with a reason")
            << QByteArray("FROM golang:1.22\n# gomoddoctor ignore=GMD201 -- the proxy is set by CI\nRUN go build\n")
            << QStringList { u"GMD201|the proxy is set by CI|2|3"_s } << 0;
        QTest::addRow("several ids") << QByteArray(
            "FROM golang:1.22\n# gomoddoctor ignore=GMD201, gmd202 -- both known\nRUN go build\n")
                                     << QStringList { u"GMD201,GMD202|both known|2|3"_s } << 0;
        QTest::addRow("no reason is recorded empty")
            << QByteArray("FROM golang:1.22\n# gomoddoctor ignore=GMD201\nRUN go build\n")
            << QStringList { u"GMD201||2|3"_s } << 0;
        QTest::addRow("empty reason after --")
            << QByteArray("FROM golang:1.22\n# gomoddoctor ignore=GMD201 --\nRUN go build\n")
            << QStringList { u"GMD201||2|3"_s } << 0;
        QTest::addRow("A3 other comment lines in between")
            << QByteArray("FROM golang:1.22\n# gomoddoctor ignore=GMD201 -- why\n# download modules\nRUN go build\n")
            << QStringList { u"GMD201|why|2|4"_s } << 0;
        QTest::addRow("two suppression lines for one instruction")
            << QByteArray("FROM golang:1.22\n#gomoddoctor ignore=GMD1 -- a\n  # gomoddoctor ignore=GMD2 -- b\nRUN x\n")
            << QStringList { u"GMD1|a|2|4"_s, u"GMD2|b|3|4"_s } << 0;
        QTest::addRow("a blank line detaches it")
            << QByteArray("FROM golang:1.22\n# gomoddoctor ignore=GMD201 -- why\n\nRUN go build\n")
            << QStringList { u"GMD201|why|2|0"_s } << 0;
        QTest::addRow("above FROM applies to FROM")
            << QByteArray("# gomoddoctor ignore=GMD300 -- pinned elsewhere\nFROM golang:1.22\n")
            << QStringList { u"GMD300|pinned elsewhere|1|2"_s } << 0;
        QTest::addRow("at the end of the file") << QByteArray("FROM golang:1.22\n# gomoddoctor ignore=GMD201 -- why\n")
                                                << QStringList { u"GMD201|why|2|0"_s } << 0;
        QTest::addRow("A3.1 a comment inside a continuation is not one")
            << QByteArray("FROM golang:1.22\nRUN a \\\n# gomoddoctor ignore=GMD201 -- x\n  && go build\n")
            << QStringList() << 0;
        QTest::addRow("heredoc body lines are not comments")
            << QByteArray("FROM golang:1.22\nRUN <<EOF\n# gomoddoctor ignore=GMD201 -- x\ngo build\nEOF\n")
            << QStringList() << 0;
        QTest::addRow("malformed: no ids")
            << QByteArray("FROM golang:1.22\n# gomoddoctor ignore= -- why\nRUN go build\n") << QStringList() << 1;
        QTest::addRow("malformed: unknown keyword")
            << QByteArray("FROM golang:1.22\n# gomoddoctor skip=GMD1\nRUN go build\n") << QStringList() << 1;
        QTest::addRow("other tools' comments are ignored")
            << QByteArray("FROM golang:1.22\n# hadolint ignore=DL3008\n# check=skip=JSONArgsRecommended\nRUN x\n")
            << QStringList() << 0;
    }

    void parse()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QStringList, expected);
        QFETCH(int, warnings);
        const gmd::DockerfileAst ast = gmd::parseDockerfile(dockerfile, u"Dockerfile"_s);
        gmd::Diagnostics diags;
        const QList<gmd::Suppression> list = gmd::parseSuppressions(ast, &diags);
        QStringList got;
        for (const gmd::Suppression& s : list)
            got.append(u"%1|%2|%3|%4"_s.arg(s.ids.join(u','), s.reason).arg(s.line).arg(s.instructionLine));
        QCOMPARE(got, expected);
        QCOMPARE(diags.size(), warnings);
        for (const gmd::Diagnostic& d : diags)
            QCOMPARE(d.level, gmd::DiagnosticLevel::Warning);
    }

    void inAnalysis()
    {
        const gmd::DockerfileAnalysis a = dockertest::analyze(
            "FROM golang:1.22\n# gomoddoctor ignore=GMD201 -- set by CI\nRUN go mod download\n", [] {
                gmd::DockerAnalysisOptions o;
                o.fileName = u"docker/Dockerfile"_s;
                return o;
            }());
        QCOMPARE(a.suppressions.size(), 1);
        QCOMPARE(a.suppressions.constFirst().file, u"docker/Dockerfile"_s);
        QCOMPARE(a.suppressions.constFirst().instructionLine, a.runs.constFirst().location.line);
    }
};

QTEST_GUILESS_MAIN(TestSuppressions)
#include "tst_suppressions.moc"
