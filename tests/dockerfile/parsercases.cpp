// SPDX-License-Identifier: MIT
// Data tables of tst_dockerfileparser (spec rules A1-A7, A9). They live outside the moc-processed
// file because moc cannot read raw string literals.
#include "parsercases.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

QList<DumpCase> dumpCases()
{
    return {
        // A1 input and lines
        { "A1.1 CRLF behaves like LF", "FROM a\r\nRUN b \\\r\n  c\r\n",
            utf8(R"((from "a"))"
                 "\n"
                 R"((run "b   c"))") },
        { "A1.1 all trailing CRs removed", "FROM a\r\r\n", utf8(R"((from "a"))") },
        { "A1.2 BOM on the first line",
            "\xEF\xBB\xBF"
            "FROM a\n",
            utf8(R"((from "a"))") },
        { "A1.2 BOM only on the first line", "FROM a\n\xEF\xBB\xBFRUN b\n", u"(from \"a\")\n(\uFEFFrun \"\")"_s },
        // A2 directives as they change parsing
        { "A2.5 backtick escape continues", "# escape=`\nRUN a `\nb\n", utf8(R"((run "a b"))") },
        { "A2.5 backslash is plain with backtick escape", "# escape=`\nRUN a \\\nFROM b\n",
            utf8(R"((run "a \\"))"
                 "\n"
                 R"((from "b"))") },
        { "A2.6 indented escape directive", "   # escape=`\nRUN a `\nb\n", utf8(R"((run "a b"))") },
        { "A2.1 keys are case-insensitive", "# ESCAPE = `\nRUN a `\nb\n", utf8(R"((run "a b"))") },
        { "A2.3 comment ends directive scanning", "# hello\n# escape=`\nRUN a `\nb\n",
            utf8(R"((run "a `"))"
                 "\n"
                 R"((b ""))") },
        { "A2.3 blank line ends directive scanning", "\n# escape=`\nRUN a `\nb\n",
            utf8(R"((run "a `"))"
                 "\n"
                 R"((b ""))") },
        { "A2.3 unknown key ends directive scanning", "# foo=bar\n# escape=`\nRUN a `\nb\n",
            utf8(R"((run "a `"))"
                 "\n"
                 R"((b ""))") },
        { "A2.7 shebang ends directive scanning", "#!/usr/bin/env x\n# escape=`\nRUN a `\nb\n",
            utf8(R"((run "a `"))"
                 "\n"
                 R"((b ""))") },
        { "A2.9 a directive is not continued", "# escape=\\\nFROM a\n", utf8(R"((from "a"))") },
        // A3 comments
        { "A3.1 comment inside a continuation is dropped", "RUN a \\\n# c\n  b\n", utf8(R"((run "a   b"))") },
        { "A3.1 indented comment inside a continuation", "RUN a \\\n    # c\nb\n", utf8(R"((run "a b"))") },
        { "A3.1 hash in the middle is text", "RUN echo a # b\n", utf8(R"((run "echo a # b"))") },
        { "A3.2 a comment never continues", "# c \\\nFROM a\n", utf8(R"((from "a"))") },
        // A4 continuation
        { "A4.2 escape then blanks continues", "RUN a\\ \t\nb\n", utf8(R"((run "ab"))") },
        { "A4.3 double escape does not continue", "RUN a \\\\\nFROM b\n",
            utf8(R"((run "a \\\\"))"
                 "\n"
                 R"((from "b"))") },
        { "A4.3 triple escape does not continue", "RUN a\\\\\\\nb\n",
            utf8(R"((run "a\\\\\\"))"
                 "\n"
                 R"((b ""))") },
        { "A4.3 lone escape line joins the next", "\\\nFROM a\n", utf8(R"((from "a"))") },
        { "A4.4 continuation keeps indentation", "ENV A 1 \\\n    2\n", utf8(R"((env "A" "1     2" ""))") },
        { "A4.4 empty lines inside a continuation", "RUN a \\\n\n \t\n  b\n", utf8(R"((run "a   b"))") },
        { "A4.5 continuation reaching EOF", "RUN a \\", utf8(R"((run "a"))") },
        { "A4.6 quotes play no role", "RUN echo 'a \\\n# x\nb'\n", utf8(R"((run "echo 'a b'"))") },
        // A5 keyword and flags
        { "A5.1 keyword case-insensitive", "rUn a\n", utf8(R"((run "a"))") },
        { "A5.1 tab after keyword", "RUN\ta\n", utf8(R"((run "a"))") },
        { "A5.2 unknown keyword keeps one empty argument", "FOO bar baz\n", utf8(R"((foo ""))") },
        { "A5.3 quotes removed from flags", "COPY --chown=\"a b\" x y\n", utf8(R"((copy ["--chown=a b"] "x" "y"))") },
        { "A5.3 escape inside a flag", "COPY --from=a\\ b x y\n", utf8(R"((copy ["--from=a b"] "x" "y"))") },
        { "A5.3 bare -- ends the flags", "COPY -- --x y\n", utf8(R"((copy "--x" "y"))") },
        { "A5.3 flag-only line", "RUN --network=none\n", utf8(R"((run ["--network=none"]))") },
        { "A5.4 flags must come first", "COPY src --chown=1 dst\n", utf8(R"((copy "src" "--chown=1" "dst"))") },
        { "A5.5 bytes >= 0x80 read as Latin-1", "RUN --mount=\xC3\xA9 a\n",
            u"(run [\"--mount=\u00C3\u00A9\"] \"a\")"_s },
        { "A5.5 byte 0xA0 ends a flag word",
            "RUN --a=x\xC2\xA0"
            "b c\n",
            u"(run [\"--a=x\u00C2\"] \"b c\")"_s },
        // A6 argument shapes
        { "A6.1 FROM splits on whitespace", "FROM  a \t AS  b\n", utf8(R"((from "a" "AS" "b"))") },
        { "A6.1 MAINTAINER keeps the rest", "MAINTAINER a  b\n", utf8(R"((maintainer "a  b"))") },
        { "A6.1 ONBUILD wraps an instruction", "ONBUILD RUN a\n", utf8(R"((onbuild (run "a")))") },
        { "A6.1 ONBUILD child keeps its flags", "ONBUILD COPY --from=x a b\n",
            utf8(R"((onbuild (copy ["--from=x"] "a" "b")))") },
        { "A6.1 HEALTHCHECK type then command", "HEALTHCHECK --retries=3 CMD [\"a\"]\n",
            utf8(R"((healthcheck ["--retries=3"] "CMD" "a"))") },
        { "A6.2 no arguments", "EXPOSE\nONBUILD\n",
            utf8(R"((expose))"
                 "\n"
                 R"((onbuild))") },
        { "A6.3 ARG words keep quotes", "ARG a=\"x y\" b='1 2' c\n", utf8(R"((arg "a=\"x y\"" "b='1 2'" "c"))") },
        { "A6.3 ARG escape kept with its character", "ARG a=x\\ y\n", utf8(R"((arg "a=x\\ y"))") },
        { "A6.4 legacy ENV keeps everything", "ENV A B=C D\n", utf8(R"((env "A" "B=C D" ""))") },
        { "A6.4 key=value form", "ENV A=1 B=\"2 3\"\n", utf8(R"((env "A" "1" "=" "B" "\"2 3\"" "="))") },
        { "A6.4 quoted key stays quoted", "LABEL \"my key\"=v\n", utf8(R"((label "\"my key\"" "v" "="))") },
        { "A6.4 no words gives no arguments", "ENV\n", utf8(R"((env))") },
        // A7 exec form
        { "A7.3 single quotes fall back", "CMD ['a']\n", utf8(R"((cmd "['a']"))") },
        { "A7.3 trailing text falls back", "CMD [\"a\"] b\n", utf8(R"((cmd "[\"a\"] b"))") },
        { "A7.3 invalid JSON escape falls back", "RUN [\"c:\\path\"]\n", utf8(R"((run "[\"c:\\path\"]"))") },
        { "A7.3 COPY falls back to words", "COPY ['a', 'b'] c\n", utf8(R"((copy "['a'," "'b']" "c"))") },
        { "A7.3 unbalanced array falls back", "CMD [[\"a\"]\n", utf8(R"((cmd "[[\"a\"]"))") },
        { "A7.4 JSON escapes decoded", "CMD [\"\\u00e9\\/\\\"\"]\n", u"(cmd \"\u00e9/\\\"\")"_s },
        { "A7.4 empty array", "RUN []\n", utf8(R"((run))") },
        { "A7.4 surrogate pair", "CMD [\"\\ud83d\\ude00\"]\n", u"(cmd \"\U0001F600\")"_s },
        { "A7.4 lone surrogate", "CMD [\"\\ud800x\"]\n", u"(cmd \"\uFFFDx\")"_s },
        { "A7 exec form after flags", "COPY --link [\"a b\", \"c\"]\n", utf8(R"((copy ["--link"] "a b" "c"))") },
        // Go strconv.Quote in the dump
        { "dump quotes control characters", "CMD [\"a\\u0007\\u007f\\u0085\\u00a0\"]\n",
            utf8(R"((cmd "a\a\x7f\u0085\u00a0"))") },
    };
}

QList<ErrorCase> errorCases()
{
    const QString tooLong = u"dockerfile line greater than max allowed size of 65535"_s;
    const QString strings = u"when using JSON array syntax, arrays must be comprised of strings only"_s;
    const QString noInstructions = u"file with no instructions"_s;
    return {
        { "A1.5 empty file", QByteArray(), noInstructions, 0, 0 },
        { "A1.5 only comments and directives", "# syntax=x\n\n# b\n", noInstructions, 3, 0 },
        { "A1.3 line of 70000 bytes", QByteArray("FROM a\n") + QByteArray(70000, 'x'), tooLong, 2, 0 },
        { "A1.3 line of 65536 bytes", QByteArray("FROM a\nRUN ") + QByteArray(65532, 'x') + '\n', tooLong, 2, 0 },
        { "A1.3 too long first line means no instructions", QByteArray(70000, 'x'), noInstructions, 0, 0 },
        { "A2.4 duplicate escape", "# escape=\\\n# escape=`\nFROM a\n",
            u"only one escape parser directive can be used"_s, 2, 0 },
        { "A2.4 duplicate syntax", "# syntax=a\n#syntax=b\nFROM a\n", u"only one syntax parser directive can be used"_s,
            2, 0 },
        { "A2.4 duplicate check", "# check=skip=all\n# CHECK=error=true\nFROM a\n",
            u"only one check parser directive can be used"_s, 2, 0 },
        { "A2.5 invalid escape token", "# escape=x\nFROM a\n", u"invalid escape token 'x' does not match ` or \\"_s, 1,
            0 },
        { "A2.1 blank escape value is one blank", "# escape= \nFROM a\n",
            u"invalid escape token ' ' does not match ` or \\"_s, 1, 0 },
        { "A6.4 ENV needs two arguments", "FROM a\nENV A\n", u"ENV must have two arguments"_s, 2, 0 },
        { "A6.4 LABEL needs two arguments", "LABEL x\n", u"LABEL must have two arguments"_s, 1, 0 },
        { "A6.4 error spans the continuation", "FROM a\nENV \\\n  A\n", u"ENV must have two arguments"_s, 2, 3 },
        { "A6.4 word without =", "ENV A=1 B\n",
            u"Syntax error - can't find = in \"B\". Must be of the form: name=value"_s, 1, 0 },
        { "A7.2 number element", "CMD [\"a\", 1]\n", strings, 1, 0 },
        { "A7.2 nested array", "FROM a\nCOPY [\"a\", [\"b\"]]\n", strings, 2, 0 },
        { "A7.2 null element", "RUN [null]\n", strings, 1, 0 },
        { "A7.2 object in HEALTHCHECK", "HEALTHCHECK CMD [{}]\n", strings, 1, 0 },
        { "A7.2 inside ONBUILD", "ONBUILD RUN [true]\n", strings, 1, 0 },
        { "A8.7 unterminated heredoc", "FROM a\nRUN <<EOF\nx\n", u"unterminated heredoc"_s, 2, 3 },
    };
}
