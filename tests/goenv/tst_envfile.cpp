// SPDX-License-Identifier: MIT
// The go env file format (spec ENV-5), and the file shapes of vectors/goenv_file.tsv resolved
// with ENV-1..3 and ENV-7 on top of parseEnvFile().
#include "goenv/envfile.h"
#include "goenv/goproxy.h"
#include "testutil/testutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// $GOROOT/go.env of the official go1.21+ releases (ENV-6).
const QByteArray kDefaultGoEnv = "# This file contains the initial defaults for go command configuration.\n"
                                 "# Values set by 'go env -w' and written to the user's go/env file override these.\n"
                                 "# The environment overrides everything else.\n"
                                 "\n"
                                 "# Use the Go module mirror and checksum database by default.\n"
                                 "# See https://proxy.golang.org for details.\n"
                                 "GOPROXY=https://proxy.golang.org,direct\n"
                                 "GOSUMDB=sum.golang.org\n"
                                 "\n"
                                 "# Automatically download newer toolchains as directed by go.mod files.\n"
                                 "# See https://go.dev/doc/toolchain for details.\n"
                                 "GOTOOLCHAIN=auto\n";

QString visible(QString s)
{
    return s.replace(u'\r', u"\\r"_s).replace(u'\n', u"\\n"_s).replace(u'\t', u"\\t"_s);
}

QStringList entryList(const QList<gmd::EnvFileEntry>& entries)
{
    QStringList out;
    for (const gmd::EnvFileEntry& e : entries)
        out.append(visible(e.key + u'=' + e.value) + u'@' + QString::number(e.line));
    return out;
}

QStringList ignoredList(const gmd::EnvFile& f)
{
    QStringList out;
    for (const gmd::EnvFileIgnoredLine& l : f.ignoredLines)
        out.append(QString::number(l.line) + u':' + l.reason + u':' + l.intendedKey);
    return out;
}

/// The effective value of `key` per ENV-1/ENV-2/ENV-3, with ENV-7's GOPRIVATE default.
QString effective(
    const QString& key, const QMap<QString, QString>& os, const gmd::EnvFile* user, const gmd::EnvFile* goroot)
{
    if (!os.value(key).isEmpty())
        return os.value(key); // ENV-2: an empty OS value is the same as unset
    if (user && user->contains(key))
        return user->lookup(key)->value; // ENV-3: even an empty value hides go.env
    if (goroot && goroot->contains(key))
        return goroot->lookup(key)->value;
    if (key == u"GONOPROXY"_s || key == u"GONOSUMDB"_s)
        return effective(u"GOPRIVATE"_s, os, user, goroot);
    return {};
}

} // namespace

class TestEnvFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void lookupAndKeys();
    void keepsBytesLikeGo();
    void diagnostics_data();
    void diagnostics();
    void vectors_data();
    void vectors();
};

void TestEnvFile::parse_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("ignored");
    QTest::addColumn<QStringList>("oddKeys");
    QTest::addRow("ENV-5 plain line") << QByteArray("GOPROXY=https://b.example\n")
                                      << QStringList { u"GOPROXY=https://b.example@1"_s } << QStringList()
                                      << QStringList();
    QTest::addRow("ENV-5 CRLF keeps \\r in the value")
        << QByteArray("GOPROXY=https://b.example,direct\r\nGOPRIVATE=git.corp.example\r\n")
        << QStringList { u"GOPROXY=https://b.example,direct\\r@1"_s, u"GOPRIVATE=git.corp.example\\r@2"_s }
        << QStringList() << QStringList();
    QTest::addRow("ENV-5 leading space ignored") << QByteArray(" GOPROXY=https://b.example\n") << QStringList()
                                                 << QStringList { u"1:starts with a space:GOPROXY"_s } << QStringList();
    QTest::addRow("ENV-5 leading tab ignored") << QByteArray("\tGOPROXY=x\n") << QStringList()
                                               << QStringList { u"1:starts with a tab:GOPROXY"_s } << QStringList();
    QTest::addRow("ENV-5 export ignored") << QByteArray("export GOPROXY=https://b.example\n") << QStringList()
                                          << QStringList { u"1:starts with 'export ':GOPROXY"_s } << QStringList();
    QTest::addRow("ENV-5 spaces around = make key 'GOPROXY '")
        << QByteArray("GOPROXY = https://b.example\n") << QStringList { u"GOPROXY = https://b.example@1"_s }
        << QStringList() << QStringList { u"GOPROXY = https://b.example@1"_s };
    QTest::addRow("ENV-5 duplicates kept in order")
        << QByteArray("GOPROXY=https://b.example\nGOPROXY=https://c.example\n")
        << QStringList { u"GOPROXY=https://b.example@1"_s, u"GOPROXY=https://c.example@2"_s } << QStringList()
        << QStringList();
    QTest::addRow("ENV-5 comment") << QByteArray("# GOPROXY=https://b.example\n") << QStringList()
                                   << QStringList { u"1:comment:"_s } << QStringList();
    QTest::addRow("ENV-5 lower-case first letter")
        << QByteArray("goproxy=https://b.example\n") << QStringList()
        << QStringList { u"1:lower-case first letter:GOPROXY"_s } << QStringList();
    QTest::addRow("ENV-5 no equals sign")
        << QByteArray("GOPROXY https://b.example\nGONOSUMDB\n") << QStringList()
        << QStringList { u"1:no '=':GOPROXY"_s, u"2:no '=':GONOSUMDB"_s } << QStringList();
    QTest::addRow("ENV-5 byte order mark hides the first line")
        << QByteArray("\xEF\xBB\xBFGOPROXY=https://b.example\nGOSUMDB=off\n") << QStringList { u"GOSUMDB=off@2"_s }
        << QStringList { u"1:starts with a UTF-8 byte order mark:GOPROXY"_s } << QStringList();
    QTest::addRow("ENV-5 quotes kept") << QByteArray("GOPROXY=\"https://b.example,direct\"\n")
                                       << QStringList { u"GOPROXY=\"https://b.example,direct\"@1"_s } << QStringList()
                                       << QStringList();
    QTest::addRow("ENV-3 empty value") << QByteArray("GOPROXY=\n") << QStringList { u"GOPROXY=@1"_s } << QStringList()
                                       << QStringList();
    QTest::addRow("ENV-5 no final newline")
        << QByteArray("GOSUMDB=off") << QStringList { u"GOSUMDB=off@1"_s } << QStringList() << QStringList();
    QTest::addRow("ENV-5 blank lines are silent")
        << QByteArray("\n   \n\r\nGOSUMDB=off\n") << QStringList { u"GOSUMDB=off@4"_s } << QStringList()
        << QStringList();
    QTest::addRow("ENV-5 line starting with =")
        << QByteArray("=x\n") << QStringList() << QStringList { u"1:does not start with a letter A-Z:"_s }
        << QStringList();
    QTest::addRow("ENV-5 line starting with a digit")
        << QByteArray("1GOPROXY=x\n") << QStringList() << QStringList { u"1:does not start with a letter A-Z:"_s }
        << QStringList();
    QTest::addRow("ENV-5 value split at the first =")
        << QByteArray("GOFLAGS=-mod=mod\n") << QStringList { u"GOFLAGS=-mod=mod@1"_s } << QStringList()
        << QStringList();
    QTest::addRow("ENV-5 prose line names no key")
        << QByteArray("hello world\nNOTE this file\n") << QStringList()
        << QStringList { u"1:lower-case first letter:"_s, u"2:no '=':"_s } << QStringList();
    QTest::addRow("ENV-5 mixed-case key counted but odd")
        << QByteArray("GOproxy=x\n") << QStringList { u"GOproxy=x@1"_s } << QStringList()
        << QStringList { u"GOproxy=x@1"_s };
    QTest::addRow("ENV-5 empty file") << QByteArray() << QStringList() << QStringList() << QStringList();
}

void TestEnvFile::parse()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, entries);
    QFETCH(QStringList, ignored);
    QFETCH(QStringList, oddKeys);
    const gmd::EnvFile f = gmd::parseEnvFile(content, u"env"_s);
    QCOMPARE(f.fileName, u"env"_s);
    QCOMPARE(entryList(f.entries), entries);
    QCOMPARE(ignoredList(f), ignored);
    QCOMPARE(entryList(f.oddKeys), oddKeys);
    for (const gmd::EnvFileIgnoredLine& l : f.ignoredLines)
        QVERIFY(!l.text.isEmpty() && !l.text.contains(u'\n'));
}

void TestEnvFile::lookupAndKeys()
{
    const gmd::EnvFile f =
        gmd::parseEnvFile("GOPROXY=https://b.example\nGOSUMDB=off\nGOPROXY=https://c.example\nGOPRIVATE=\n");
    QCOMPARE(f.lookup(u"GOPROXY"_s)->value, u"https://c.example"_s); // ENV-5: the last one wins
    QCOMPARE(f.lookup(u"GOPROXY"_s)->line, 3);
    QVERIFY(f.contains(u"GOPRIVATE"_s)); // ENV-3: present with an empty value
    QCOMPARE(f.lookup(u"GOPRIVATE"_s)->value, QString());
    QVERIFY(!f.contains(u"GONOPROXY"_s));
    QVERIFY(!f.lookup(u"goproxy"_s).has_value()); // keys are case-sensitive
    QCOMPARE(f.keys(), (QStringList { u"GOPROXY"_s, u"GOSUMDB"_s, u"GOPRIVATE"_s }));
}

void TestEnvFile::keepsBytesLikeGo()
{
    // ENV-5 works on bytes: a byte order mark stays in the ignored line and inside a value.
    const gmd::EnvFile f = gmd::parseEnvFile("\xEF\xBB\xBFGOSUMDB=off\nGOPROXY=\xEF\xBB\xBFhttps://b.example\n");
    QCOMPARE(f.ignoredLines.size(), 1);
    QCOMPARE(f.ignoredLines.first().text, u"\ufeffGOSUMDB=off"_s);
    QCOMPARE(f.ignoredLines.first().intendedKey, u"GOSUMDB"_s);
    QCOMPARE(f.lookup(u"GOPROXY"_s)->value, u"\ufeffhttps://b.example"_s);
}

void TestEnvFile::diagnostics_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("where"); // "line:column"
    QTest::addColumn<QString>("fragment"); // of the first message
    QTest::addRow("ENV-5 ignored setting warns")
        << QByteArray("# comment\n GOPROXY=x\n") << QStringList { u"2:1"_s } << u"so GOPROXY is not set here"_s;
    QTest::addRow("ENV-5 odd key warns") << QByteArray("GOPROXY = x\n") << QStringList { u"1:1"_s }
                                         << u"the key is \"GOPROXY \", not GOPROXY"_s;
    QTest::addRow("ENV-5 CR warns at the value") << QByteArray("GOSUMDB=off\r\nGOPROXY=direct\r\n")
                                                 << QStringList { u"1:9"_s, u"2:9"_s } << u"carriage return"_s;
    QTest::addRow("ENV-5 must not warn: clean file") << kDefaultGoEnv << QStringList() << QString();
}

void TestEnvFile::diagnostics()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, where);
    QFETCH(QString, fragment);
    const gmd::EnvFile f = gmd::parseEnvFile(content, u"/home/u/.config/go/env"_s);
    QStringList got;
    for (const gmd::Diagnostic& d : f.diagnostics) {
        got.append(QString::number(d.location.line) + u':' + QString::number(d.location.column));
        QCOMPARE(d.level, gmd::DiagnosticLevel::Warning);
        QCOMPARE(d.location.file, u"/home/u/.config/go/env"_s);
        QVERIFY(!d.sourceLine.contains(u'\r'));
    }
    QCOMPARE(got, where);
    if (!fragment.isEmpty())
        QVERIFY2(f.diagnostics.first().message.contains(fragment), qPrintable(f.diagnostics.first().message));
}

void TestEnvFile::vectors_data()
{
    QTest::addColumn<QString>("osEnv");
    QTest::addColumn<QString>("userFile");
    QTest::addColumn<QString>("goEnv");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("other");
    const gmdtest::TsvTable t = gmdtest::readTsv(gmdtest::vectorsDir() + u"/goenv_file.tsv"_s);
    if (!t.ok()) {
        QTest::addRow("vectors absent") << QString() << QString() << QString() << QString() << QString();
        return;
    }
    for (const QString& col :
        { u"os_env"_s, u"user_env_file"_s, u"goroot_go_env"_s, u"expected_effective_GOPROXY"_s }) {
        if (t.column(col) < 0)
            QTest::addRow("vectors malformed: no column %s", qPrintable(col))
                << QString() << QString() << QString() << QString() << u"<malformed>"_s;
    }
    for (int i = 0; i < t.rows.size(); ++i) {
        QTest::addRow("ENV-1 %s", qPrintable(gmdtest::rowName(t, i, t.field(i, u"scenario"_s))))
            << t.field(i, u"os_env"_s) << t.field(i, u"user_env_file"_s) << t.field(i, u"goroot_go_env"_s)
            << t.field(i, u"expected_effective_GOPROXY"_s) << t.field(i, u"expected_other"_s);
    }
}

void TestEnvFile::vectors()
{
    if (QByteArray(QTest::currentDataTag()) == "vectors absent")
        QSKIP("vectors absent");
    QFETCH(QString, osEnv);
    QFETCH(QString, userFile);
    QFETCH(QString, goEnv);
    QFETCH(QString, expected);
    QFETCH(QString, other);
    QVERIFY2(other != u"<malformed>"_s, "the vector file lacks a column");

    QMap<QString, QString> os;
    if (osEnv != u"(unset)"_s) {
        const qsizetype eq = osEnv.indexOf(u'=');
        QVERIFY2(eq > 0, qPrintable(osEnv));
        os.insert(osEnv.left(eq), osEnv.mid(eq + 1));
    }
    // ENV-4: GOENV=off, or no HOME/XDG_CONFIG_HOME, means no user file; "(...)" marks describe one.
    std::optional<gmd::EnvFile> user;
    if (userFile == u"(empty file)"_s)
        user = gmd::parseEnvFile(QByteArray());
    else if (!userFile.startsWith(u'(') && os.value(u"GOENV"_s) != u"off"_s)
        user = gmd::parseEnvFile(userFile.toUtf8(), u"env"_s);
    std::optional<gmd::EnvFile> goroot;
    if (goEnv == u"default go.env"_s)
        goroot = gmd::parseEnvFile(kDefaultGoEnv, u"go.env"_s);
    else if (goEnv != u"(missing)"_s)
        goroot = gmd::parseEnvFile(goEnv.toUtf8(), u"go.env"_s);

    const auto value = [&](const QString& key) {
        return effective(key, os, user ? &*user : nullptr, goroot ? &*goroot : nullptr);
    };
    QCOMPARE(value(u"GOPROXY"_s), expected);
    // expected_other: "GONOPROXY=x; GONOSUMDB=y" (ENV-7) or "download error: <PROXY-4/5 error>".
    for (const QString& part : other.split(u"; "_s)) {
        for (const QString& key : { u"GONOPROXY"_s, u"GONOSUMDB"_s }) {
            if (part.startsWith(key + u'='))
                QCOMPARE(value(key), part.mid(key.size() + 1));
        }
    }
    if (other.startsWith(u"download error: "_s))
        QCOMPARE(gmd::parseGoProxy(value(u"GOPROXY"_s), value(u"GONOPROXY"_s)).error, other.mid(16));
    if (other.startsWith(u"GOPRIVATE and GONOPROXY become 'git.corp.example\r'"_s)) {
        QCOMPARE(value(u"GOPRIVATE"_s), u"git.corp.example\r"_s);
        QCOMPARE(value(u"GONOPROXY"_s), u"git.corp.example\r"_s);
    }
}

QTEST_GUILESS_MAIN(TestEnvFile)
#include "tst_envfile.moc"
