// SPDX-License-Identifier: MIT
// ignorefile.ReadAll behaviour (spec dockerignore.md 2). Expected lines are "line:pattern".
#include "context/ignorefile.h"
#include "testutil/testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::PathStyle;

Q_DECLARE_METATYPE(gmd::PathStyle)

namespace {

QStringList dump(const gmd::IgnoreFile& f)
{
    QStringList out;
    for (const gmd::IgnoreLine& l : f.lines)
        out.append(u"%1:%2"_s.arg(l.line).arg(l.pattern));
    return out;
}

} // namespace

class TestIgnoreFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readAll_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<PathStyle>("style");
        QTest::addColumn<QStringList>("expected");
        const auto unix = PathStyle::Unix;

        QTest::addRow("empty file") << QByteArray() << unix << QStringList();
        QTest::addRow("upstream ReadAll sample")
            << QByteArray("test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n!\n! ")
            << unix
            << QStringList { u"1:test1"_s, u"2:test2"_s, u"3:a/file/here"_s, u"5:lastfile"_s, u"7:!inverted/abs/path"_s,
                   u"8:!"_s, u"9:!"_s };
        QTest::addRow("spec 2.1 CRLF line ends")
            << QByteArray("a\r\nb\r\n") << unix << QStringList { u"1:a"_s, u"2:b"_s };
        QTest::addRow("spec 2.1 last line without LF")
            << QByteArray("a\nb") << unix << QStringList { u"1:a"_s, u"2:b"_s };
        QTest::addRow("spec 2.1 CR-only file is one line")
            << QByteArray("a\rb\r") << unix << QStringList { u"1:a\rb"_s };
        QTest::addRow("spec 2.2 BOM before a comment on line 1")
            << QByteArray("\xEF\xBB\xBF# c\nfoo") << unix << QStringList { u"2:foo"_s };
        QTest::addRow("spec 2.2 BOM on line 2 stays") << QByteArray("a\n\xEF\xBB\xBF"
                                                                    "b")
                                                      << unix << QStringList { u"1:a"_s, u"2:\uFEFFb"_s };
        QTest::addRow("spec 2.3 indented # is a pattern")
            << QByteArray("   # note\n#real comment") << unix << QStringList { u"1:# note"_s };
        QTest::addRow("spec 2.3 trailing # text is part of the pattern")
            << QByteArray("vendor  # deps") << unix << QStringList { u"1:vendor  # deps"_s };
        QTest::addRow("spec 2.3 escaped # is a pattern")
            << QByteArray("\\#name") << unix << QStringList { u"1:\\#name"_s };
        QTest::addRow("spec 2.4 Unicode whitespace trimmed") << QByteArray("\xC2\xA0"
                                                                           "foo\xE3\x80\x80\t \n   \n\t")
                                                             << unix << QStringList { u"1:foo"_s };
        QTest::addRow("spec 2.4 zero-width space is not whitespace") << QByteArray("\xE2\x80\x8B"
                                                                                   "a")
                                                                     << unix << QStringList { u"1:\u200Ba"_s };
        QTest::addRow("spec 2.5 exception trimmed again")
            << QByteArray("!  foo\n!\t/bar/") << unix << QStringList { u"1:!foo"_s, u"2:!bar"_s };
        QTest::addRow("spec 2.7 bare ! kept") << QByteArray("!\n!   ") << unix << QStringList { u"1:!"_s, u"2:!"_s };
        QTest::addRow("spec 2.8 clean results")
            << QByteArray("/build/\n./bin//\na/../b\n/\n.\n../x\n//x\nx/./y/\n") << unix
            << QStringList { u"1:build"_s, u"2:bin"_s, u"3:b"_s, u"4:/"_s, u"5:."_s, u"6:../x"_s, u"7:x"_s,
                   u"8:x/y"_s };
        QTest::addRow("spec 2.6 backslash kept on unix")
            << QByteArray("a\\b\\\n") << unix << QStringList { u"1:a\\b\\"_s };
        QTest::addRow("spec 2.6 windows backslashes become slashes")
            << QByteArray("a\\b\\\n\\x\\..\\y\n") << PathStyle::Windows << QStringList { u"1:a/b"_s, u"2:y"_s };
        QTest::addRow("spec 2.8 leading .. kept")
            << QByteArray("../../a/../b") << unix << QStringList { u"1:../../b"_s };
    }
    void readAll()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(PathStyle, style);
        QFETCH(QStringList, expected);
        const gmd::IgnoreFile f = gmd::parseIgnoreFile(bytes, u".dockerignore"_s, style);
        QVERIFY(f.ok());
        QCOMPARE(dump(f), expected);
    }

    void lineLimit_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("terminated");
        QTest::addColumn<bool>("ok");
        QTest::addRow("spec 2.1 65535 bytes + LF ok") << 65535 << true << true;
        QTest::addRow("spec 2.1 65535 bytes at EOF ok") << 65535 << false << true;
        QTest::addRow("spec 2.1 65536 bytes + LF fails") << 65536 << true << false;
        QTest::addRow("spec 2.1 65536 bytes at EOF fails") << 65536 << false << false;
    }
    void lineLimit()
    {
        QFETCH(int, length);
        QFETCH(bool, terminated);
        QFETCH(bool, ok);
        QByteArray bytes = "first\n" + QByteArray(length, 'x');
        if (terminated)
            bytes += "\nlast\n";
        const gmd::IgnoreFile f = gmd::parseIgnoreFile(bytes, u"Dockerfile.dockerignore"_s);
        QCOMPARE(f.ok(), ok);
        if (!ok) {
            QCOMPARE(f.diagnostics.size(), 1);
            QCOMPARE(f.diagnostics.front().location.line, 2);
            QCOMPARE(f.diagnostics.front().location.file, u"Dockerfile.dockerignore"_s);
            QVERIFY(f.diagnostics.front().message.contains(u"bufio.Scanner: token too long"_s));
        }
    }

    void readsThroughTheTextFileReader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u".dockerignore"_s);
        QVERIFY(gmdtest::writeFile(path, "\xEF\xBB\xBF*.sum\n"));
        const gmd::IgnoreFile f = gmd::readIgnoreFile(path, u".dockerignore"_s);
        QVERIFY(f.ok());
        QCOMPARE(dump(f), QStringList { u"1:*.sum"_s });
        const gmd::IgnoreFile missing = gmd::readIgnoreFile(dir.filePath(u"nope"_s), u"nope"_s);
        QVERIFY(!missing.ok());
        QVERIFY(missing.diagnostics.front().message.contains(dir.filePath(u"nope"_s)));
    }

    void keepsOriginalTextAndFlags()
    {
        const gmd::IgnoreFile f = gmd::parseIgnoreFile("  !  /docs/  \r\n*.sum\n");
        QCOMPARE(f.lines.size(), 2);
        QCOMPARE(f.lines[0].original, u"  !  /docs/  "_s);
        QVERIFY(f.lines[0].exception);
        QCOMPARE(f.lines[0].pattern, u"!docs"_s);
        QVERIFY(!f.lines[1].exception);
        QVERIFY(f.hasExceptions());
        QCOMPARE(f.patterns(), QStringList({ u"!docs"_s, u"*.sum"_s }));
        QCOMPARE(f.fileName, u".dockerignore"_s);
    }
};

QTEST_GUILESS_MAIN(TestIgnoreFile)
#include "tst_ignorefile.moc"
