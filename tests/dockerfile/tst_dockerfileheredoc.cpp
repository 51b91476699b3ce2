// SPDX-License-Identifier: MIT
// Heredocs, spec rules A8.1-A8.11.
#include "dockerfile/dockerfileparser.h"
#include "dockerfile/heredocmarker.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/// "name|content|expand|chomp|fd|start-end" per heredoc, joined with " ; ".
QString describe(const QList<gmd::DockerHeredoc>& docs)
{
    QStringList out;
    for (const gmd::DockerHeredoc& h : docs) {
        out.append(u"%1|%2|%3|%4|%5|%6-%7"_s
                       .arg(h.name, h.content, h.expand ? u"expand"_s : u"raw"_s, h.chomp ? u"chomp"_s : u"keep"_s)
                       .arg(h.fileDescriptor)
                       .arg(h.startLine)
                       .arg(h.endLine));
    }
    return out.join(u" ; "_s);
}

} // namespace

class TestDockerfileHeredoc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bodies_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("node");
        QTest::addColumn<int>("nodeCount");
        QTest::addColumn<QString>("expected");
        QTest::addRow("A8.1 RUN") << QByteArray("RUN <<EOF\necho hi\nEOF\n") << 0 << 1
                                  << u"EOF|echo hi\n|expand|keep|0|2-3"_s;
        QTest::addRow("A8.1 COPY with two bodies") << QByteArray("COPY <<A <<B /d\na\nA\nb\nB\n") << 0 << 1
                                                   << u"A|a\n|expand|keep|0|2-3 ; B|b\n|expand|keep|0|4-5"_s;
        QTest::addRow("A8.6 each body ends at its own terminator") << QByteArray(
            "COPY <<X <<Y /d\nY\nX\nX\nY\n") << 0 << 1 << u"X|Y\n|expand|keep|0|2-3 ; Y|X\n|expand|keep|0|4-5"_s;
        QTest::addRow("A8.1 ADD") << QByteArray("ADD <<F /f\nx\nF\n") << 0 << 1 << u"F|x\n|expand|keep|0|2-3"_s;
        QTest::addRow("A8.1 ONBUILD wrapping RUN")
            << QByteArray("ONBUILD RUN <<EOF\nx\nEOF\n") << 0 << 1 << u"EOF|x\n|expand|keep|0|2-3"_s;
        QTest::addRow("A8.1 CMD reads no body") << QByteArray("CMD <<EOF\nRUN x\nEOF\n") << 0 << 3 << QString();
        QTest::addRow("A8.1 USER reads no body") << QByteArray("USER <<EOF\nEOF\n") << 0 << 2 << QString();
        QTest::addRow("A8.1 exec form reads no body") << QByteArray("RUN [\"<<EOF\"]\nFROM a\n") << 0 << 2 << QString();
        QTest::addRow("A8.1 ONBUILD exec form reads no body")
            << QByteArray("ONBUILD RUN [\"<<EOF\"]\nFROM a\n") << 0 << 2 << QString();
        QTest::addRow("A8.2 marker after flags") << QByteArray("RUN --mount=type=cache,target=/x <<EOF\necho\nEOF\n")
                                                 << 0 << 1 << u"EOF|echo\n|expand|keep|0|2-3"_s;
        QTest::addRow("A8.2 marker inside a continued line")
            << QByteArray("RUN cat \\\n  <<EOF\nx\nEOF\n") << 0 << 1 << u"EOF|x\n|expand|keep|0|3-4"_s;
        QTest::addRow("A8.3 file descriptor")
            << QByteArray("RUN 3<<EOF\nEOF\n") << 0 << 1 << u"EOF||expand|keep|3|2-2"_s;
        QTest::addRow("A8.3 blank after <<")
            << QByteArray("RUN <<  EOF  > out\nEOF\n") << 0 << 1 << u"EOF||expand|keep|0|2-2"_s;
        QTest::addRow("A8.3 blank then dash is part of the name")
            << QByteArray("RUN << -EOF\n-EOF\n") << 0 << 1 << u"-EOF||expand|keep|0|2-2"_s;
        QTest::addRow("A8.3 no blank before << is no marker")
            << QByteArray("RUN cat<<EOF\nx\nEOF\n") << 0 << 3 << QString();
        QTest::addRow("A8.3 <<< is no marker") << QByteArray("RUN cat <<<EOF\nx\n") << 0 << 2 << QString();
        QTest::addRow("A8.3 quoted marker is no marker") << QByteArray("RUN \"<<EOF\"\nEOF\n") << 0 << 2 << QString();
        QTest::addRow("A8.4 quoted delimiter is not expanded")
            << QByteArray("RUN <<'EOF'\n$X\nEOF\n") << 0 << 1 << u"EOF|$X\n|raw|keep|0|2-3"_s;
        QTest::addRow("A8.4 partly quoted delimiter")
            << QByteArray("RUN <<E\"O\"F\nEOF\n") << 0 << 1 << u"EOF||raw|keep|0|2-2"_s;
        QTest::addRow("A8.4 escaped quote still expands")
            << QByteArray("RUN <<eo\\'f\neo'f\n") << 0 << 1 << u"eo'f||expand|keep|0|2-2"_s;
        QTest::addRow("A8.4 quoted words may hold blanks")
            << QByteArray("RUN <<'one two'\nx\none two\n") << 0 << 1 << u"one two|x\n|raw|keep|0|2-3"_s;
        QTest::addRow("A8.4 variable kept in the name")
            << QByteArray("RUN <<$EOF\n$EOF\n") << 0 << 1 << u"$EOF||expand|keep|0|2-2"_s;
        QTest::addRow("A8.4 backslash splits words even with backtick escape")
            << QByteArray("# escape=`\nRUN <<E\\OF\nEOF\n") << 0 << 1 << u"EOF||expand|keep|0|3-3"_s;
        QTest::addRow("A8.5 unbalanced quote: no heredoc")
            << QByteArray("RUN echo don't <<EOF\nx\nEOF\n") << 0 << 3 << QString();
        QTest::addRow("A8.7 comment lines are body")
            << QByteArray("RUN <<EOF\n# c\n\nEOF\n") << 0 << 1 << u"EOF|# c\n\n|expand|keep|0|2-4"_s;
        QTest::addRow("A8.7 trailing blank does not terminate")
            << QByteArray("RUN <<EOF\na\nEOF \nEOF\n") << 0 << 1 << u"EOF|a\nEOF \n|expand|keep|0|2-4"_s;
        QTest::addRow("A8.7 CRLF kept in the body")
            << QByteArray("RUN <<EOF\r\na\r\nEOF\r\n") << 0 << 1 << u"EOF|a\r\n|expand|keep|0|2-3"_s;
        QTest::addRow("A8.7 indented terminator without <<-")
            << QByteArray("RUN <<EOF\n\tEOF\nEOF\n") << 0 << 1 << u"EOF|\tEOF\n|expand|keep|0|2-3"_s;
        QTest::addRow("A8.8 <<- terminator may be tab-indented")
            << QByteArray("RUN <<-EOF\n\ta\n\t\tEOF\n") << 0 << 1 << u"EOF|\ta\n|expand|chomp|0|2-3"_s;
        QTest::addRow("A8.7 last body line without newline")
            << QByteArray("RUN <<EOF\na\nEOF") << 0 << 1 << u"EOF|a\n|expand|keep|0|2-3"_s;
        // shell/lex.go shares one word buffer between nested calls, so a `${X:-...}` right after
        // `<<` empties the word being built and the marker is lost.
        QTest::addRow("A8.2 nested substitution drops the marker (upstream lexer)")
            << QByteArray("RUN cat <<${X:-EOF}\nEOF\n") << 0 << 2 << QString();
        QTest::addRow("A8.2 plain substitution keeps the marker")
            << QByteArray("RUN cat <<${X}\n${X}\n") << 0 << 1 << u"${X}||expand|keep|0|2-2"_s;
        QTest::addRow("A8 next instruction after the body")
            << QByteArray("RUN <<EOF\nx\nEOF\nUSER u\n") << 1 << 2 << QString();
    }
    void bodies()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, node);
        QFETCH(int, nodeCount);
        QFETCH(QString, expected);
        const gmd::DockerfileAst ast = gmd::parseDockerfile(input);
        QVERIFY2(!ast.error, ast.error ? qPrintable(ast.error->message) : "");
        QCOMPARE(ast.nodes.size(), nodeCount);
        QCOMPARE(describe(ast.nodes.at(node).heredocs), expected);
    }

    void markers_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("name"); // empty: not a marker
        QTest::addColumn<bool>("failed");
        for (const QString& w : { u"<<EOF"_s, u"<<'EOF'"_s, u"<<\"EOF\""_s, u"<<-EOF"_s, u"<<-'EOF'"_s, u"<<EO\"F\""_s,
                 u"<< EOF"_s, u"<<- EOF"_s, u"12<<EOF"_s })
            QTest::addRow("A8.3 marker %s", qPrintable(w)) << w << u"EOF"_s << false;
        for (const QString& w :
            { QString(), u"EOF"_s, u"<<"_s, u"<<-"_s, u"<EOF"_s, u"<<<EOF"_s, u"<<EOF sh"_s, u"a<<EOF"_s, u"<<E<F"_s })
            QTest::addRow("A8.3 not a marker '%s'", qPrintable(w)) << w << QString() << false;
        for (const QString& w : { u"<<'EOF"_s, u"<<\"EOF"_s, u"<<EOF'"_s, u"<<EOF\""_s })
            QTest::addRow("A8.5 malformed %s", qPrintable(w)) << w << QString() << true;
    }
    void markers()
    {
        QFETCH(QString, word);
        QFETCH(QString, name);
        QFETCH(bool, failed);
        QString error;
        const std::optional<gmd::DockerHeredoc> doc = gmd::parseHeredocMarker(word, &error);
        QCOMPARE(doc ? doc->name : QString(), name);
        QCOMPARE(!error.isEmpty(), failed);
    }

    void chomp()
    {
        // A8.8: leading tabs of every line, nothing else.
        QCOMPARE(gmd::chompHeredocContent(u"\ta\n\t\tb\nc\t\n \td\n"_s), u"a\nb\nc\t\n \td\n"_s);
    }

    void unterminated()
    {
        // A8.7/A9: end of file before the terminator.
        const gmd::DockerfileAst ast = gmd::parseDockerfile("FROM a\nCOPY <<A <<B /x\na\nA\nb\n");
        QVERIFY(ast.error);
        QCOMPARE(ast.error->message, u"unterminated heredoc"_s);
        QCOMPARE(ast.error->location.line, 2);
        QCOMPARE(ast.error->location.endLine, 5);
        QCOMPARE(ast.nodes.size(), 1); // what parsed before the error is kept
    }
};

QTEST_GUILESS_MAIN(TestDockerfileHeredoc)
#include "tst_dockerfileheredoc.moc"
