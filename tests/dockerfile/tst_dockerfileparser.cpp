// SPDX-License-Identifier: MIT
// Parser rules A1-A7 and A9 of shared/spec/dockerfile.md (heredocs A8: tst_dockerfileheredoc).
#include "dockerfile/dockerfiledump.h"
#include "dockerfile/dockerfileparser.h"
#include "parsercases.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/// The dump, or "ERROR: <message>" when parsing fails.
QString dumpOrError(const QByteArray& input)
{
    const gmd::DockerfileAst ast = gmd::parseDockerfile(input);
    if (ast.error)
        return u"ERROR: "_s + ast.error->message;
    return gmd::dumpDockerfile(ast);
}

} // namespace

class TestDockerfileParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dump_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        for (const DumpCase& c : dumpCases())
            QTest::addRow("%s", c.name) << c.input << c.expected;
    }
    void dump()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(dumpOrError(input), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("endLine");
        for (const ErrorCase& c : errorCases())
            QTest::addRow("%s", c.name) << c.input << c.message << c.line << c.endLine;
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, endLine);
        const gmd::DockerfileAst ast = gmd::parseDockerfile(input, u"Dockerfile"_s);
        QVERIFY(ast.error.has_value());
        QCOMPARE(ast.error->message, message);
        QCOMPARE(ast.error->location.line, line);
        QCOMPARE(ast.error->location.endLine, endLine);
        QCOMPARE(ast.error->location.file, u"Dockerfile"_s);
    }

    void directives_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("parsed"); // "name=value@line;..." accepted by the main parser
        QTest::addColumn<QString>("escape");
        QTest::addColumn<QString>("syntax"); // "full value|effective@line" or empty
        QTest::addColumn<QString>("check");
        QTest::addRow("A2.1 spaces around =")
            << QByteArray("#  escape  =  ` \nFROM a\n") << u"escape=`@1"_s << u"`"_s << QString() << QString();
        QTest::addRow("A2.2 all three keys")
            << QByteArray("# syntax=docker/dockerfile:1\n# check=skip=all\n# escape=`\nFROM a\n")
            << u"syntax=docker/dockerfile:1@1;check=skip=all@2;escape=`@3"_s << u"`"_s
            << u"docker/dockerfile:1|docker/dockerfile:1@1"_s << u"skip=all|skip=all@2"_s;
        QTest::addRow("A2.1 values are case-sensitive")
            << QByteArray("# CHECK=skip=JSONArgsRecommended\nFROM a\n") << u"check=skip=JSONArgsRecommended@1"_s
            << u"\\"_s << QString() << u"skip=JSONArgsRecommended|skip=JSONArgsRecommended@1"_s;
        QTest::addRow("A2.3 scanning stops at the first instruction")
            << QByteArray("FROM a\n# escape=`\n") << QString() << u"\\"_s << QString() << QString();
        QTest::addRow("A2.6 indented: parser yes, detector no")
            << QByteArray("  # syntax=foo\nFROM a\n") << u"syntax=foo@1"_s << u"\\"_s << QString() << QString();
        QTest::addRow("A2.7 shebang: syntax and check still found")
            << QByteArray("#!/bin/sh\n# syntax=foo\n# check=error=true\n# escape=`\nFROM a\n") << QString() << u"\\"_s
            << u"foo|foo@2"_s << u"error=true|error=true@3"_s;
        QTest::addRow("A2.7 BOM before directives") << QByteArray("\xEF\xBB\xBF# syntax=foo\nFROM a\n")
                                                    << u"syntax=foo@1"_s << u"\\"_s << u"foo|foo@1"_s << QString();
        QTest::addRow("A2.8 options after the first space")
            << QByteArray("# syntax=img:1 // note\nFROM a\n") << u"syntax=img:1 // note@1"_s << u"\\"_s
            << u"img:1 // note|img:1@1"_s << QString();
        QTest::addRow("A2.8 // syntax for syntax only")
            << QByteArray("// syntax=foo\n// check=x\nFROM a\n") << QString() << u"\\"_s << u"foo|foo@1"_s << QString();
        QTest::addRow("A2.8 JSON object syntax")
            << QByteArray("{\"syntax\": \"img opt\"}\n") << QString() << u"\\"_s << u"img opt|img opt@0"_s << QString();
        QTest::addRow("A2.1 empty value is no directive")
            << QByteArray("# syntax=\n# escape=`\nFROM a\n") << QString() << u"\\"_s << QString() << QString();
    }
    void directives()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, parsed);
        QFETCH(QString, escape);
        QFETCH(QString, syntax);
        QFETCH(QString, check);
        const gmd::DockerfileAst ast = gmd::parseDockerfile(input);
        QStringList got;
        for (const gmd::DockerDirective& d : ast.directives.parsed)
            got.append(u"%1=%2@%3"_s.arg(d.name, d.value).arg(d.line));
        QCOMPARE(got.join(u';'), parsed);
        QCOMPARE(QString(ast.directives.escapeToken), escape);
        auto show = [](const std::optional<gmd::DockerDirective>& d, const QString& effective) {
            return d ? u"%1|%2@%3"_s.arg(d->value, effective).arg(d->line) : QString();
        };
        QCOMPARE(show(ast.directives.syntax, ast.directives.syntaxRef), syntax);
        QCOMPARE(show(ast.directives.check, ast.directives.checkOptions), check);
    }

    void comments_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected"); // prevComments per node, joined with '|'
        QTest::addRow("A3.3 collected in order") << QByteArray("# a\n# b\nFROM x\n") << QStringList { u"a|b"_s };
        QTest::addRow("A3.3 empty comment clears") << QByteArray("# a\n#\n# b\nFROM x\n") << QStringList { u"b"_s };
        QTest::addRow("A3.3 blank lines do not clear")
            << QByteArray("# a\n\n# b\nFROM x\n") << QStringList { u"a|b"_s };
        QTest::addRow("A3.3 cleared after each instruction")
            << QByteArray("# a\nFROM x\nRUN y\n# b\nRUN z\n") << QStringList { u"a"_s, QString(), u"b"_s };
        QTest::addRow("A2.9 directives are not attached")
            << QByteArray("# escape=`\n# a\nFROM x\n") << QStringList { u"a"_s };
        QTest::addRow("A3.3 comments inside a continuation are not attached")
            << QByteArray("RUN a \\\n# inside\nb\nFROM c\n") << QStringList { QString(), QString() };
        QTest::addRow("A3.3 indented comment keeps its # (upstream quirk)")
            << QByteArray("  # note\nFROM x\n") << QStringList { u"# note"_s };
        QTest::addRow("A3.3 check comment attached")
            << QByteArray("FROM x\n# check=skip=Foo\nENV A=1\n") << QStringList { QString(), u"check=skip=Foo"_s };
    }
    void comments()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        const gmd::DockerfileAst ast = gmd::parseDockerfile(input);
        QVERIFY(!ast.error);
        QStringList got;
        for (const gmd::DockerNode& n : ast.nodes)
            got.append(n.prevComments.join(u'|'));
        QCOMPARE(got, expected);
    }

    void positions_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected"); // "start-end:column" per node
        QTest::addRow("A1.4 physical lines")
            << QByteArray("FROM a\n\n  RUN b \\\n  c\nUSER d\n") << u"1-1:1 3-4:3 5-5:1"_s;
        QTest::addRow("A1.4 comment and blank lines in a continuation count")
            << QByteArray("RUN a \\\n# c\n\n  b\nUSER d\n") << u"1-4:1 5-5:1"_s;
        QTest::addRow("A1.4 heredoc bodies count") << QByteArray("RUN <<EOF\nx\nEOF\nUSER d\n") << u"1-3:1 4-4:1"_s;
        QTest::addRow("A1.4 tab indentation column") << QByteArray("\t\tRUN a\n") << u"1-1:3"_s;
        QTest::addRow("A1.2 BOM does not count as a column") << QByteArray("\xEF\xBB\xBF RUN a\n") << u"1-1:2"_s;
    }
    void positions()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const gmd::DockerfileAst ast = gmd::parseDockerfile(input);
        QVERIFY(!ast.error);
        QStringList got;
        for (const gmd::DockerNode& n : ast.nodes)
            got.append(u"%1-%2:%3"_s.arg(n.startLine).arg(n.endLine).arg(n.column));
        QCOMPARE(got.join(u' '), expected);
    }

    void locate()
    {
        // Offsets in the joined line map back to physical positions.
        const gmd::DockerfileAst ast = gmd::parseDockerfile("  FROM img \\\n  AS   build\n");
        QCOMPARE(ast.nodes.size(), 1);
        const gmd::DockerNode& n = ast.nodes.first();
        QCOMPARE(n.original, u"FROM img   AS   build"_s);
        const gmd::SourceLocation name = n.locate(int(n.original.indexOf(u"build"_s)));
        QCOMPARE(name.line, 2);
        QCOMPARE(name.column, 8);
        QCOMPARE(n.locate(0).column, 3);
    }

    void emptyContinuationWarning()
    {
        // A4.4: the node is marked and the parser warns like BuildKit.
        const gmd::DockerfileAst ast = gmd::parseDockerfile("FROM a\nRUN a \\\n\n  b\n");
        QVERIFY(!ast.error);
        QVERIFY(ast.nodes.at(1).emptyContinuation);
        QCOMPARE(ast.nodes.at(1).emptyContinuationLines, QList<int> { 3 });
        QCOMPARE(ast.diagnostics.size(), 1);
        QCOMPARE(ast.diagnostics.first().level, gmd::DiagnosticLevel::Warning);
        QCOMPARE(ast.diagnostics.first().message, u"Empty continuation line found in: RUN a   b"_s);
        QCOMPARE(ast.diagnostics.first().location.line, 4);
        QVERIFY(!ast.nodes.at(0).emptyContinuation);
    }

    void robustness_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("fails"); // 1 must fail, 0 must parse, -1 either
        QByteArray junk;
        for (int i = 0; i < 20000; ++i)
            junk.append(char((i * 7919 + 13) % 256));
        QTest::addRow("binary junk") << junk << -1;
        QTest::addRow("NUL bytes") << QByteArray("FROM a\0b\nRUN \0\n", 17) << 0;
        QTest::addRow("70000-byte line") << QByteArray("FROM a\nRUN ") + QByteArray(70000, 'y') << 1;
        QByteArray deep("RUN a");
        for (int i = 0; i < 50000; ++i)
            deep.append(" \\\nb");
        QTest::addRow("deep continuation") << deep << 0;
        QByteArray onbuild;
        for (int i = 0; i < 8000; ++i)
            onbuild.append("ONBUILD ");
        QTest::addRow("deep ONBUILD nesting") << onbuild + "RUN x\n" << 0;
        QTest::addRow("deep JSON nesting") << QByteArray("CMD ") + QByteArray(20000, '[') << 0;
        QTest::addRow("JSON nesting at the limit")
            << QByteArray("CMD [") + QByteArray(9999, '[') + QByteArray(10000, ']') << 1;
        QTest::addRow("unterminated heredoc") << QByteArray("FROM a\nCOPY <<A <<B /x\na\nA\nb\n") << 1;
        QTest::addRow("invalid UTF-8") << QByteArray("FROM \xff\xfe\nENV a=\xc3\n") << 0;
    }
    void robustness()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, fails);
        const gmd::DockerfileAst ast = gmd::parseDockerfile(input);
        if (fails >= 0)
            QCOMPARE(ast.error.has_value(), fails == 1);
        if (ast.error)
            QVERIFY(!ast.error->message.isEmpty());
        QVERIFY(!gmd::dumpDockerfile(ast).isNull() || ast.nodes.isEmpty());
    }

    void lineLimit()
    {
        // A1.3: a 65535-byte line still fits the scanner buffer with its LF.
        const QByteArray ok = QByteArray("FROM a\nRUN ") + QByteArray(65531, 'x') + '\n';
        const gmd::DockerfileAst ast = gmd::parseDockerfile(ok);
        QVERIFY(!ast.error);
        QCOMPARE(ast.nodes.size(), 2);
        QCOMPARE(ast.nodes.at(1).args.first().size(), 65531);
    }
};

QTEST_GUILESS_MAIN(TestDockerfileParser)
#include "tst_dockerfileparser.moc"
