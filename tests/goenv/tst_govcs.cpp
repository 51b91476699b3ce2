// SPDX-License-Identifier: MIT
// GOVCS parsing and decisions (spec VCS-2). Rows marked "upstream" are cmd/go's own vcs_test.go
// cases; their expectations include the default rules that checkGOVCS appends.
#include "goenv/govcs.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestGoVcs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errors_data();
    void errors();
    void allows_data();
    void allows();
    void checkError_data();
    void checkError();
};

void TestGoVcs::errors_data()
{
    QTest::addColumn<QString>("govcs");
    QTest::addColumn<QString>("error");
    const auto row = [](const QString& govcs, const QString& error) {
        QTest::addRow("VCS-2 %s", qPrintable(govcs.isEmpty() ? u"(empty)"_s : govcs)) << govcs << error;
    };
    // upstream govcsErrors
    row(u","_s, u"empty entry in GOVCS"_s);
    row(u",x"_s, u"empty entry in GOVCS"_s);
    row(u"x,"_s, u"malformed entry in GOVCS (missing colon): \"x\""_s);
    row(u"x:y,"_s, u"empty entry in GOVCS"_s);
    row(u"x"_s, u"malformed entry in GOVCS (missing colon): \"x\""_s);
    row(u"x:"_s, u"empty VCS list in GOVCS: \"x:\""_s);
    row(u"x:|"_s, u"empty VCS name in GOVCS: \"x:|\""_s);
    row(u"x:y|"_s, u"empty VCS name in GOVCS: \"x:y|\""_s);
    row(u"x:|y"_s, u"empty VCS name in GOVCS: \"x:|y\""_s);
    row(u"x:y,z:"_s, u"empty VCS list in GOVCS: \"z:\""_s);
    row(u"x:y,z:|"_s, u"empty VCS name in GOVCS: \"z:|\""_s);
    row(u"x:y,z:|w"_s, u"empty VCS name in GOVCS: \"z:|w\""_s);
    row(u"x:y,z:w|"_s, u"empty VCS name in GOVCS: \"z:w|\""_s);
    row(u"x:y,z:w||v"_s, u"empty VCS name in GOVCS: \"z:w||v\""_s);
    row(u"x:y,x:z"_s, u"unreachable pattern in GOVCS: \"x:z\" after \"x:y\""_s);
    // own rows
    row(u":git"_s, u"empty pattern in GOVCS: \":git\""_s);
    row(u"./x:git"_s, u"relative pattern not allowed in GOVCS: \"./x\""_s);
    row(u"..:git"_s, u"relative pattern not allowed in GOVCS: \"..\""_s);
    row(u"private:all, private :git"_s, u"unreachable pattern in GOVCS: \"private :git\" after \"private:all\""_s);
    row(QString(), QString());
    row(u"  "_s, QString());
    row(u" github.com:git , private:all "_s, QString());
    row(u"evil.com:off"_s, QString());
}

void TestGoVcs::errors()
{
    QFETCH(QString, govcs);
    QFETCH(QString, error);
    const gmd::GoVcsConfig c = gmd::parseGoVcs(govcs);
    QCOMPARE(c.error, error);
    QCOMPARE(c.isValid(), error.isEmpty());
    // The defaults always come last (VCS-2).
    QVERIFY(c.rules.size() >= 2);
    QCOMPARE(c.rules.at(c.rules.size() - 2).pattern, u"private"_s);
    QCOMPARE(c.rules.last().allowed, (QStringList { u"git"_s, u"hg"_s }));
    QCOMPARE(c.rules.size(), c.userRuleCount + 2);
}

void TestGoVcs::allows_data()
{
    QTest::addColumn<QString>("govcs");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("vcs");
    QTest::addColumn<bool>("ok");
    const auto row = [](const char* origin, const QString& govcs, const QString& root, const QString& vcs, bool ok) {
        QTest::addRow("VCS-2 %s %s %s %s", origin, qPrintable(govcs), qPrintable(root), qPrintable(vcs))
            << govcs << root << vcs << ok;
    };
    // Roots starting with "is-private" are private (as in cmd/go's test).
    row("upstream", u"private:all"_s, u"is-public.com/foo"_s, u"zzz"_s, false);
    row("upstream", u"private:all"_s, u"is-private.com/foo"_s, u"zzz"_s, true);
    row("upstream", u"public:all"_s, u"is-public.com/foo"_s, u"zzz"_s, true);
    row("upstream", u"public:all,private:none"_s, u"is-public.com/foo"_s, u"zzz"_s, true);
    row("upstream", u"public:all,private:none"_s, u"is-private.com/foo"_s, u"zzz"_s, false);
    row("upstream", u"*:all"_s, u"is-public.com/foo"_s, u"zzz"_s, true);
    row("upstream", u"golang.org:git"_s, u"golang.org/x/text"_s, u"zzz"_s, false);
    row("upstream", u"golang.org:git"_s, u"golang.org/x/text"_s, u"git"_s, true);
    row("upstream", u"golang.org:zzz"_s, u"golang.org/x/text"_s, u"zzz"_s, true);
    row("upstream", u"golang.org:zzz"_s, u"golang.org/x/text"_s, u"git"_s, false);
    row("upstream", u"golang.org:git|hg"_s, u"golang.org/x/text"_s, u"hg"_s, true);
    row("upstream", u"golang.org:git|hg"_s, u"golang.org/x/text"_s, u"zzz"_s, false);
    row("upstream", u"golang.org:all"_s, u"golang.org/x/text"_s, u"zzz"_s, true);
    row("upstream", u"other.xyz/p:none,golang.org/x:git"_s, u"other.xyz/p/x"_s, u"git"_s, false);
    row("upstream", u"other.xyz/p:none,golang.org/x:git"_s, u"golang.org/x/text"_s, u"zzz"_s, false);
    row("upstream", u"other.xyz/p:none,golang.org/x:git|hg"_s, u"golang.org/x/text"_s, u"git"_s, true);
    row("upstream", u"other.xyz/p:none,golang.org/x:all"_s, u"golang.org/x/text"_s, u"zzz"_s, true);
    row("upstream", u"other.xyz/p:none,golang.org/x:zzz"_s, u"golang.org/y/text"_s, u"zzz"_s, false);
    // Without the defaults cmd/go's table says false; with them the public default allows git/hg.
    row("upstream+default", u"public:all"_s, u"is-private.com/foo"_s, u"zzz"_s, true);
    row("upstream+default", u"other.xyz/p:none,golang.org/x:git"_s, u"unexpected.com"_s, u"git"_s, true);
    row("upstream+default", u"other.xyz/p:none,golang.org/x:git"_s, u"golang.org/y/text"_s, u"git"_s, true);
    row("upstream+default", u"other.xyz/p:none,golang.org/x:git|hg"_s, u"golang.org/y/text"_s, u"hg"_s, true);
    row("default", QString(), u"github.com/org/repo"_s, u"git"_s, true);
    row("default", QString(), u"github.com/org/repo"_s, u"svn"_s, false);
    row("default", QString(), u"is-private.corp/repo"_s, u"svn"_s, true);
    row("own", u"evil.com:off"_s, u"evil.com/x"_s, u"git"_s, false);
    row("own: mod always allowed", u"*:off"_s, u"example.com/x"_s, u"mod"_s, true);
    row("own: invalid GOVCS refuses everything but mod", u"x:"_s, u"github.com/org/repo"_s, u"git"_s, false);
    row("own: invalid GOVCS still allows mod", u"x:"_s, u"github.com/org/repo"_s, u"mod"_s, true);
}

void TestGoVcs::allows()
{
    QFETCH(QString, govcs);
    QFETCH(QString, root);
    QFETCH(QString, vcs);
    QFETCH(bool, ok);
    const gmd::GoVcsConfig c = gmd::parseGoVcs(govcs);
    const bool isPrivate = root.startsWith(u"is-private"_s);
    QCOMPARE(c.allows(vcs, root, isPrivate), ok);
    QCOMPARE(c.checkError(vcs, root, isPrivate).isEmpty(), ok);
}

void TestGoVcs::checkError_data()
{
    QTest::addColumn<QString>("govcs");
    QTest::addColumn<QString>("root");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<QString>("vcs");
    QTest::addColumn<QString>("error");
    QTest::addRow("VCS-2 public svn refused by default") << QString() << u"example.com/repo"_s << false << u"svn"_s
                                                         << u"GOVCS disallows using svn for public example.com/repo; "
                                                            u"see 'go help vcs'"_s;
    QTest::addRow("VCS-2 private git refused by rule")
        << u"private:hg"_s << u"git.corp.com/team/repo"_s << true << u"git"_s
        << u"GOVCS disallows using git for private "
           u"git.corp.com/team/repo; see 'go help vcs'"_s;
    QTest::addRow("VCS-2 parse error is the check error")
        << u"x"_s << u"example.com/repo"_s << false << u"git"_s << u"malformed entry in GOVCS (missing colon): \"x\""_s;
    QTest::addRow("VCS-2 must not fail: allowed")
        << u"*.corp.com:git"_s << u"git.corp.com/repo"_s << true << u"git"_s << QString();
}

void TestGoVcs::checkError()
{
    QFETCH(QString, govcs);
    QFETCH(QString, root);
    QFETCH(bool, isPrivate);
    QFETCH(QString, vcs);
    QFETCH(QString, error);
    QCOMPARE(gmd::parseGoVcs(govcs).checkError(vcs, root, isPrivate), error);
}

QTEST_GUILESS_MAIN(TestGoVcs)
#include "tst_govcs.moc"
