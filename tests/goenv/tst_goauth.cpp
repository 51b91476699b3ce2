// SPDX-License-Identifier: MIT
// GOAUTH parsing (spec AUTH-2, AUTH-3) with cmd/go 1.24's fatal error texts.
#include "goenv/goauth.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// filepath.IsAbs of the platform the go command runs on.
#ifdef Q_OS_WIN
const QString kAbs = u"C:\\creds"_s;
#else
const QString kAbs = u"/home/u/src"_s;
#endif

QString describe(const gmd::GoAuthCommand& c)
{
    QString kind;
    switch (c.kind) {
    case gmd::GoAuthCommand::Kind::Netrc:
        kind = u"netrc"_s;
        break;
    case gmd::GoAuthCommand::Kind::Git:
        kind = u"git"_s;
        break;
    case gmd::GoAuthCommand::Kind::Off:
        kind = u"off"_s;
        break;
    case gmd::GoAuthCommand::Kind::External:
        kind = u"external"_s;
        break;
    }
    return kind + u'[' + c.fields.join(u'|') + u']';
}

} // namespace

class TestGoAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void externalQuoting_data();
    void externalQuoting();
};

void TestGoAuth::parse_data()
{
    QTest::addColumn<QString>("goauth");
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("external");
    QTest::addRow("ENV-7 empty means netrc") << QString() << QStringList { u"netrc[netrc]"_s } << QString() << false;
    QTest::addRow("AUTH-2 netrc") << u"netrc"_s << QStringList { u"netrc[netrc]"_s } << QString() << false;
    QTest::addRow("AUTH-2 off alone") << u"off"_s << QStringList { u"off[off]"_s } << QString() << false;
    QTest::addRow("AUTH-2 off with spaces") << u" off "_s << QStringList { u"off[off]"_s } << QString() << false;
    QTest::addRow("AUTH-2 git with absolute dir")
        << u"git "_s + kAbs << QStringList { u"git[git|"_s + kAbs + u']' } << QString() << true;
    QTest::addRow("AUTH-2 several commands in written order")
        << u"netrc; git "_s + kAbs + u" ;my-helper --flag"_s
        << QStringList { u"netrc[netrc]"_s, u"git[git|"_s + kAbs + u']', u"external[my-helper|--flag]"_s } << QString()
        << true;
    QTest::addRow("AUTH-2 netrc arguments are ignored")
        << u"netrc extra"_s << QStringList { u"netrc[netrc|extra]"_s } << QString() << false;
    QTest::addRow("AUTH-2 empty command")
        << u"netrc;"_s << QStringList() << u"go: GOAUTH encountered an empty command (GOAUTH=netrc;)"_s << false;
    QTest::addRow("AUTH-2 blank command")
        << u"netrc; ;git /x"_s << QStringList() << u"go: GOAUTH encountered an empty command (GOAUTH=netrc; ;git /x)"_s
        << false;
    QTest::addRow("AUTH-2 off combined") << u"off;netrc"_s << QStringList()
                                         << u"go: GOAUTH=off cannot be combined with other authentication commands "
                                            u"(GOAUTH=off;netrc)"_s
                                         << false;
    QTest::addRow("AUTH-2 last command fails first (commands run last to first)")
        << u"off;"_s << QStringList() << u"go: GOAUTH encountered an empty command (GOAUTH=off;)"_s << false;
    QTest::addRow("AUTH-2 git without dir") << u"git"_s << QStringList()
                                            << u"go: GOAUTH=git dir method requires an absolute path to the git "
                                               u"working directory"_s
                                            << false;
    QTest::addRow("AUTH-2 git with two dirs") << u"git /a /b"_s << QStringList()
                                              << u"go: GOAUTH=git dir method requires an absolute path to the git "
                                                 u"working directory"_s
                                              << false;
    QTest::addRow("AUTH-2 git relative dir") << u"git src/creds"_s << QStringList()
                                             << u"go: GOAUTH=git dir method requires an absolute path to the git "
                                                u"working directory, dir is not absolute"_s
                                             << false;
    QTest::addRow("AUTH-2 git tilde is not expanded") << u"git ~/creds"_s << QStringList()
                                                      << u"go: GOAUTH=git dir method requires an absolute path to the "
                                                         u"git working directory, dir is not absolute"_s
                                                      << false;
    QTest::addRow("AUTH-2 OFF is an external command")
        << u"OFF"_s << QStringList { u"external[OFF]"_s } << QString() << true;
}

void TestGoAuth::parse()
{
    QFETCH(QString, goauth);
    QFETCH(QStringList, commands);
    QFETCH(QString, error);
    QFETCH(bool, external);
    const gmd::GoAuthConfig c = gmd::parseGoAuth(goauth);
    QCOMPARE(c.error, error);
    QCOMPARE(c.isValid(), error.isEmpty());
    QStringList got;
    for (const gmd::GoAuthCommand& cmd : c.commands)
        got.append(describe(cmd));
    QCOMPARE(got, commands);
    QCOMPARE(c.runsExternalCommands(), external);
}

void TestGoAuth::externalQuoting_data()
{
    QTest::addColumn<QString>("goauth");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("problem");
    QTest::addRow("AUTH-2 quoted argument")
        << u"helper 'a b' \"c d\""_s << QStringList { u"helper"_s, u"a b"_s, u"c d"_s } << QString();
    QTest::addRow("AUTH-2 unterminated quote is skipped when run")
        << u"helper 'a b"_s << QStringList { u"helper"_s, u"'a"_s, u"b"_s }
        << u"GOAUTH=helper 'a b: cannot parse GOAUTH command helper 'a b: unterminated ' string"_s;
}

void TestGoAuth::externalQuoting()
{
    QFETCH(QString, goauth);
    QFETCH(QStringList, fields);
    QFETCH(QString, problem);
    const gmd::GoAuthConfig c = gmd::parseGoAuth(goauth);
    QVERIFY(c.isValid());
    QCOMPARE(c.commands.size(), 1);
    QCOMPARE(c.commands.first().kind, gmd::GoAuthCommand::Kind::External);
    QCOMPARE(c.commands.first().fields, fields);
    QCOMPARE(c.commands.first().problem, problem);
    QCOMPARE(c.commands.first().gitDirectory(), QString());
}

QTEST_GUILESS_MAIN(TestGoAuth)
#include "tst_goauth.moc"
