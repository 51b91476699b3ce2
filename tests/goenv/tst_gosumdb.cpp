// SPDX-License-Identifier: MIT
// GOSUMDB parsing and verifier keys (spec SUMDB-2, SUMDB-3).
#include "goenv/gosumdb.h"
#include "testutil/testutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Keys made for these tests: 0x01 followed by the bytes 0..31, hash = SHA-256(name "\n" key)[:4].
const QString kCorpKey = u"sumdb.corp.example+3b0b1785+AQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f"_s;
const QString kCorpSubKey = u"sumdb.corp.example/sub+a0650250+AQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f"_s;
const QString kUserKey = u"user@sumdb.example+48bbe55b+AQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f"_s;
const QString kQueryKey = u"sumdb.example?x+c20bc520+AQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f"_s;
const QString kPortKey = u"sumdb.example:8443+19aa773d+AQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f"_s;
const QString kAlg2Key = u"sumdb.corp.example+94968f28+AgABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f"_s;
const QString kShortKey = u"sumdb.corp.example+4116a3dd+AQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4="_s;
// From cmd/go's own test table (modfetch key tests): a generated key whose name ends in '/'.
const QString kSlashKey = u"example.com/+1a6413ba+AW5WXiP8oUq7RI2AuI4Wh14FJrMqJqnAplQ0kcLbnbqK"_s;

QString dumpOf(const QString& host, const QString& path, const QString& user = {}, const QString& query = {})
{
    return u"{Scheme:https Opaque: User:"_s + user + u" Host:"_s + host + u" Path:"_s + path
        + u" RawPath: OmitHost:false ForceQuery:false RawQuery:"_s + query + u" Fragment: RawFragment:}"_s;
}

} // namespace

class TestGoSumDb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data();
    void vectors();
    void ownRows_data();
    void ownRows();
    void verifierKeys_data();
    void verifierKeys();
};

void TestGoSumDb::vectors_data()
{
    QTest::addColumn<QString>("gosumdb");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("error");
    const gmdtest::TsvTable t = gmdtest::readTsv(gmdtest::vectorsDir() + u"/gosumdb.tsv"_s);
    if (!t.ok()) {
        QTest::addRow("vectors absent") << QString() << QString() << QString() << QString();
        return;
    }
    for (const QString& col : { u"GOSUMDB"_s, u"expected_name"_s, u"expected_access"_s, u"expected_error"_s }) {
        if (t.column(col) < 0)
            QTest::addRow("vectors malformed: no column %s", qPrintable(col))
                << QString() << QString() << QString() << u"<malformed>"_s;
    }
    for (int i = 0; i < t.rows.size(); ++i) {
        QTest::addRow("SUMDB-2 %s", qPrintable(gmdtest::rowName(t, i, t.field(i, u"GOSUMDB"_s))))
            << t.field(i, u"GOSUMDB"_s) << t.field(i, u"expected_name"_s) << t.field(i, u"expected_access"_s)
            << t.field(i, u"expected_error"_s);
    }
}

void TestGoSumDb::vectors()
{
    if (QByteArray(QTest::currentDataTag()) == "vectors absent")
        QSKIP("vectors absent");
    QFETCH(QString, gosumdb);
    QFETCH(QString, name);
    QFETCH(QString, access);
    QFETCH(QString, error);
    QVERIFY2(error != u"<malformed>"_s, "the vector file lacks a column");
    const gmd::SumDbConfig c = gmd::parseGoSumDb(gosumdb);
    QCOMPARE(c.name, name);
    QCOMPARE(c.describeAccess(), access);
    if (error.isEmpty()) {
        QVERIFY2(c.isValid(), qPrintable(c.error));
        QVERIFY(!c.off);
        QCOMPARE(c.dialError(), QString());
        QVERIFY(gmd::isValidVerifierKey(c.key));
        return;
    }
    // The vector's error column may add a note after the error ("missing GOSUMDB (only ...)"),
    // and for off it names the error that only the mandatory toolchain lookup meets (SUMDB-1).
    QVERIFY(!c.dialError().isEmpty());
    QVERIFY2(error.contains(c.dialError()), qPrintable(c.dialError()));
    if (!c.off) {
        QVERIFY(error == c.error || error.startsWith(c.error + u" ("_s));
        QCOMPARE(c.reachedViaProxy(), false);
    }
}

void TestGoSumDb::ownRows_data()
{
    QTest::addColumn<QString>("gosumdb");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    QTest::addRow("SUMDB-2 own key, via proxy") << kCorpKey << u"sumdb.corp.example"_s << QString() << QString();
    QTest::addRow("SUMDB-2 own key with a path name")
        << kCorpSubKey << u"sumdb.corp.example/sub"_s << QString() << QString();
    QTest::addRow("SUMDB-2 own key with explicit URL")
        << kCorpKey + u"  https://sumdb.corp.example/base"_s << u"sumdb.corp.example"_s
        << u"https://sumdb.corp.example/base"_s << QString();
    QTest::addRow("SUMDB-2 tabs and newlines separate fields")
        << u"\tsum.golang.org\n"_s << u"sum.golang.org"_s << QString() << QString();
    QTest::addRow("SUMDB-2 alias with a URL is not the alias")
        << u"sum.golang.google.cn https://example.com"_s << QString() << QString()
        << u"invalid GOSUMDB: malformed verifier id"_s;
    QTest::addRow("SUMDB-2 blank value") << u"  "_s << QString() << QString() << u"missing GOSUMDB"_s;
    QTest::addRow("SUMDB-2 wrong hash") << u"sum.golang.org+033de0af+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"_s
                                        << QString() << QString() << u"invalid GOSUMDB: invalid verifier hash"_s;
    QTest::addRow("SUMDB-2 unknown algorithm")
        << kAlg2Key << QString() << QString() << u"invalid GOSUMDB: unknown verifier algorithm"_s;
    QTest::addRow("SUMDB-2 31-byte key") << kShortKey << QString() << QString()
                                         << u"invalid GOSUMDB: malformed verifier id"_s;
    QTest::addRow("SUMDB-2 unpadded base64") << u"sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn"_s
                                             << QString() << QString() << u"invalid GOSUMDB: malformed verifier id"_s;
    QTest::addRow("SUMDB-2 name ending in slash")
        << kSlashKey << QString() << QString()
        << u"invalid sumdb name (must be host[/path]): example.com/ "_s + dumpOf(u"example.com"_s, u"/"_s);
    QTest::addRow("SUMDB-2 name with user info") << kUserKey << QString() << QString()
                                                 << u"invalid sumdb name (must be host[/path]): user@sumdb.example "_s
            + dumpOf(u"sumdb.example"_s, QString(), u"user"_s);
    QTest::addRow("SUMDB-2 name with query") << kQueryKey << QString() << QString()
                                             << u"invalid sumdb name (must be host[/path]): sumdb.example?x "_s
            + dumpOf(u"sumdb.example"_s, QString(), QString(), u"x"_s);
    QTest::addRow("SUMDB-2 name with port is host[:port]")
        << kPortKey << u"sumdb.example:8443"_s << QString() << QString();
    QTest::addRow("SUMDB-2 bad explicit URL") << u"sum.golang.org ://invalid"_s << QString() << QString()
                                              << u"invalid GOSUMDB URL: parse \"://invalid\": missing protocol "
                                                 u"scheme"_s;
}

void TestGoSumDb::ownRows()
{
    QFETCH(QString, gosumdb);
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, error);
    const gmd::SumDbConfig c = gmd::parseGoSumDb(gosumdb);
    QCOMPARE(c.error, error);
    QCOMPARE(c.name, name);
    QCOMPARE(c.url, url);
    QCOMPARE(c.reachedViaProxy(), error.isEmpty() && url.isEmpty());
    if (error.isEmpty())
        QCOMPARE(c.directUrl(), u"https://"_s + name);
}

void TestGoSumDb::verifierKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("name");
    QTest::addRow("built-in sum.golang.org key") << gmd::sumGolangOrgKey() << QString() << u"sum.golang.org"_s;
    QTest::addRow("gosum.io key") << u"gosum.io+ce6e7565+AY5qEHUk/qmHc5btzW45JVoENfazw8LielDsaI+lEbq6"_s << QString()
                                  << u"gosum.io"_s;
    QTest::addRow("upper-case hex hash") << u"sum.golang.org+033DE0AE+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"_s
                                         << QString() << u"sum.golang.org"_s;
    QTest::addRow("7 hex digits") << u"sum.golang.org+33de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"_s
                                  << u"malformed verifier id"_s << QString();
    QTest::addRow("non-hex hash") << u"sum.golang.org+033de0ag+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"_s
                                  << u"malformed verifier id"_s << QString();
    QTest::addRow("no key part") << u"sum.golang.org+033de0ae"_s << u"malformed verifier id"_s << QString();
    QTest::addRow("bad base64 character") << u"sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuA*8"_s
                                          << u"malformed verifier id"_s << QString();
    QTest::addRow("name with space") << u"sum golang+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"_s
                                     << u"malformed verifier id"_s << QString();
    QTest::addRow("empty name") << u"+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"_s
                                << u"malformed verifier id"_s << QString();
    QTest::addRow("hash of another name") << u"sum.golang.orq+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"_s
                                          << u"invalid verifier hash"_s << u"sum.golang.orq"_s;
    QTest::addRow("unknown algorithm") << kAlg2Key << u"unknown verifier algorithm"_s << u"sumdb.corp.example"_s;
    QTest::addRow("short Ed25519 key") << kShortKey << u"malformed verifier id"_s << u"sumdb.corp.example"_s;
}

void TestGoSumDb::verifierKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, error);
    QFETCH(QString, name);
    QString got;
    QCOMPARE(gmd::verifierKeyError(key, &got), error);
    QCOMPARE(got, name);
    QString validName;
    QCOMPARE(gmd::isValidVerifierKey(key, &validName), error.isEmpty());
    QCOMPARE(validName, error.isEmpty() ? name : QString());
}

QTEST_GUILESS_MAIN(TestGoSumDb)
#include "tst_gosumdb.moc"
