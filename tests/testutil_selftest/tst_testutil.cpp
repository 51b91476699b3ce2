// SPDX-License-Identifier: MIT
// Checks the test helpers themselves, so that a vector file read wrongly cannot make every
// vector row pass or skip silently.
#include "testutil/testutil.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTestUtil : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unescape_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addRow("plain") << u"abc"_s << u"abc"_s;
        QTest::addRow("cr lf") << u"a\\r\\nb"_s << u"a\r\nb"_s;
        QTest::addRow("tab") << u"a\\tb"_s << u"a\tb"_s;
        QTest::addRow("escaped backslash before n") << u"a\\\\nb"_s << u"a\\nb"_s;
        QTest::addRow("lone trailing backslash") << u"a\\"_s << u"a\\"_s;
        QTest::addRow("other escapes stay") << u"\\x"_s << u"\\x"_s;
    }
    void unescape()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(gmdtest::unescapeField(in), out);
    }
    void readTsvKeepsLeadingSpacesAndEmptyFields()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(u"t.tsv"_s);
        QVERIFY(gmdtest::writeFile(p, "a\tb\tc\n x\t\tz\\n\n\ty\n"));
        const gmdtest::TsvTable t = gmdtest::readTsv(p);
        QVERIFY(t.ok());
        QCOMPARE(t.header, QStringList({u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows[0], QStringList({u" x"_s, QString(), u"z\n"_s}));
        QCOMPARE(t.rows[1], QStringList({QString(), u"y"_s, QString()}));
        QCOMPARE(t.lines, QList<int>({2, 3}));
        QCOMPARE(t.field(1, u"b"_s), u"y"_s);
    }
    void sharedVectorsArePresentWhenSharedDirExists()
    {
        if (!QFileInfo::exists(gmdtest::sharedDir()))
            QSKIP("../shared is not present on this machine");
        QVERIFY(QFileInfo::exists(gmdtest::vectorsDir() + u"/goproxy_list.tsv"_s));
    }
};

QTEST_GUILESS_MAIN(TestTestUtil)
#include "tst_testutil.moc"
