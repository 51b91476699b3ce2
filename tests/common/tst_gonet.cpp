// SPDX-License-Identifier: MIT
// Go's net.SplitHostPort, net.ParseIP and net.ParseCIDR, common/go/net.h. Rows from Go's
// ipsock_test.go / ip_test.go; EXPOSE's address check used a regular-expression stand-in before.
#include "common/go/net.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestGoNet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitHostPort_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("error");
        const auto ok = [](const QString& in, const QString& host, const QString& port) {
            QTest::addRow("net.SplitHostPort '%s'", qPrintable(in)) << in << host << port << QString();
        };
        const auto bad = [](const QString& in, const QString& error) {
            QTest::addRow("net.SplitHostPort error '%s'", qPrintable(in)) << in << QString() << QString() << error;
        };
        ok(u"localhost:http"_s, u"localhost"_s, u"http"_s);
        ok(u"localhost:80"_s, u"localhost"_s, u"80"_s);
        ok(u"[::1]:80"_s, u"::1"_s, u"80"_s);
        ok(u"[fe80::1%lo0]:80"_s, u"fe80::1%lo0"_s, u"80"_s);
        ok(u":80"_s, QString(), u"80"_s);
        ok(u"host:"_s, u"host"_s, QString());
        ok(u"[]:0"_s, QString(), u"0"_s);
        bad(u"golang.org"_s, u"address golang.org: missing port in address"_s);
        bad(u"127.0.0.1"_s, u"address 127.0.0.1: missing port in address"_s);
        bad(u"[::1]"_s, u"address [::1]: missing port in address"_s);
        bad(u"[fe80::1%lo0]"_s, u"address [fe80::1%lo0]: missing port in address"_s);
        bad(u"::1"_s, u"address ::1: too many colons in address"_s);
        bad(u"fe80::1%lo0:80"_s, u"address fe80::1%lo0:80: too many colons in address"_s);
        bad(u"[::1]:80:90"_s, u"address [::1]:80:90: too many colons in address"_s);
        bad(u"[::1]x:80"_s, u"address [::1]x:80: missing port in address"_s);
        bad(u"[foo:bar]"_s, u"address [foo:bar]: missing port in address"_s);
        bad(u"[foo:bar]baz"_s, u"address [foo:bar]baz: missing port in address"_s);
        bad(u"[foo]bar:baz"_s, u"address [foo]bar:baz: missing port in address"_s);
        bad(u"[foo]:[bar]:baz"_s, u"address [foo]:[bar]:baz: too many colons in address"_s);
        bad(u"[::1:80"_s, u"address [::1:80: missing ']' in address"_s);
        bad(u"a[b:80"_s, u"address a[b:80: unexpected '[' in address"_s);
        bad(u"a]b:80"_s, u"address a]b:80: unexpected ']' in address"_s);
        bad(QString(), u"missing port in address"_s);
    }
    void splitHostPort()
    {
        QFETCH(QString, in);
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, error);
        QString h = u"unset"_s, p = u"unset"_s, e;
        const bool ok = gmd::go::splitHostPort(in, &h, &p, &e);
        QCOMPARE(ok, error.isEmpty());
        QCOMPARE(e, error);
        if (ok) {
            QCOMPARE(h, host);
            QCOMPARE(p, port);
        }
    }

    void parseIp_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("bytes"); // hex of the 16 bytes, empty when invalid
        QTest::addColumn<bool>("v4");
        const auto row = [](const QString& in, const char* hex, bool v4) {
            QTest::addRow("net.ParseIP '%s'", qPrintable(in)) << in << QString::fromLatin1(hex) << v4;
        };
        row(u"127.0.1.2"_s, "00000000000000000000ffff7f000102", true);
        row(u"255.255.255.255"_s, "00000000000000000000ffffffffffff", true);
        row(u"::ffff:127.1.2.3"_s, "00000000000000000000ffff7f010203", true);
        row(u"::ffff:7f01:0203"_s, "00000000000000000000ffff7f010203", true);
        row(u"2001:4860:0:2001::68"_s, "20014860000020010000000000000068", false);
        row(u"2001:4860:0000:2001:0000:0000:0000:0068"_s, "20014860000020010000000000000068", false);
        row(u"::"_s, "00000000000000000000000000000000", false);
        row(u"::1"_s, "00000000000000000000000000000001", false);
        row(u"1::"_s, "00010000000000000000000000000000", false);
        row(u"-0.0.0.0"_s, "", false);
        row(u"0.-1.0.0"_s, "", false);
        row(u"0.0.-2.0"_s, "", false);
        row(u"256.0.0.0"_s, "", false);
        row(u"abc"_s, "", false);
        row(u"123:"_s, "", false);
        row(u"fe80::1%lo0"_s, "", false);
        row(u"fe80::1%911"_s, "", false);
        row(u""_s, "", false);
        row(u"a1:a2:a3:a4::b1:b2:b3:b4"_s, "", false); // Issue 6628
        row(u"127.001.002.003"_s, "", false); // leading zeros (Go 1.17)
        row(u"::ffff:127.001.002.003"_s, "", false);
        row(u"123.000.000.000"_s, "", false);
        row(u"1.2..4"_s, "", false);
        row(u"0123.0.0.1"_s, "", false);
        row(u"[::1]"_s, "", false);
        row(u"1:2:3"_s, "", false); // the old EXPOSE check accepted this
        row(u"1:2:3:4:5:6:7:8:9"_s, "", false);
        row(u"1::2::3"_s, "", false);
    }
    void parseIp()
    {
        QFETCH(QString, in);
        QFETCH(QString, bytes);
        QFETCH(bool, v4);
        const gmd::go::Ip ip = gmd::go::parseIp(in);
        QCOMPARE(ip.ok, !bytes.isEmpty());
        if (ip.ok)
            QCOMPARE(QString::fromLatin1(ip.bytes.toHex()), bytes);
        QCOMPARE(ip.isV4(), v4);
    }

    void loopback()
    {
        QVERIFY(gmd::go::parseIp(u"127.255.0.1"_s).isLoopback());
        QVERIFY(gmd::go::parseIp(u"::ffff:127.0.0.1"_s).isLoopback());
        QVERIFY(gmd::go::parseIp(u"::1"_s).isLoopback());
        QVERIFY(!gmd::go::parseIp(u"::2"_s).isLoopback());
        QVERIFY(!gmd::go::parseIp(u"128.0.0.1"_s).isLoopback());
    }

    void parseCidr_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("contains");
        QTest::addRow("net.ParseCIDR IPv4") << u"10.0.0.0/8"_s << u"10.1.2.3"_s << true << true;
        QTest::addRow("net.ParseCIDR IPv4 outside") << u"10.0.0.0/8"_s << u"11.0.0.1"_s << true << false;
        QTest::addRow("net.ParseCIDR host bits masked") << u"192.168.1.77/24"_s << u"192.168.1.1"_s << true << true;
        QTest::addRow("net.ParseCIDR IPv6") << u"2001:db8::/32"_s << u"2001:db8:1::1"_s << true << true;
        QTest::addRow("net.ParseCIDR IPv4 address in IPv6 network") << u"::/0"_s << u"10.0.0.1"_s << true << false;
        QTest::addRow("net.ParseCIDR mapped network acts as IPv4") << u"::ffff:10.0.0.0/104"_s << u"10.9.9.9"_s << true
                                                                   << true;
        QTest::addRow("net.ParseCIDR /0") << u"0.0.0.0/0"_s << u"1.2.3.4"_s << true << true;
        QTest::addRow("net.ParseCIDR too many bits") << u"10.0.0.0/33"_s << u"10.0.0.1"_s << false << false;
        QTest::addRow("net.ParseCIDR no bits") << u"10.0.0.0/"_s << u"10.0.0.1"_s << false << false;
        QTest::addRow("net.ParseCIDR signed bits") << u"10.0.0.0/+8"_s << u"10.0.0.1"_s << false << false;
        QTest::addRow("net.ParseCIDR no slash") << u"10.0.0.0"_s << u"10.0.0.1"_s << false << false;
    }
    void parseCidr()
    {
        QFETCH(QString, cidr);
        QFETCH(QString, ip);
        QFETCH(bool, valid);
        QFETCH(bool, contains);
        const gmd::go::IpNet net = gmd::go::parseCidr(cidr);
        QCOMPARE(net.ok, valid);
        QCOMPARE(net.contains(gmd::go::parseIp(ip)), contains);
    }
};

QTEST_GUILESS_MAIN(TestGoNet)
#include "tst_gonet.moc"
