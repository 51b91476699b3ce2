// SPDX-License-Identifier: MIT
// GOSUMDB as cmd/go's modfetch/sumdb.go dbDial() reads it, with the verifier-key checks of
// golang.org/x/mod/sumdb/note.NewVerifier (spec SUMDB-2).
#include "gosumdb.h"

#include "common/go/strings.h"
#include "common/go/unicode.h"
#include "common/go/url.h"
#include "common/go/utf8.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

constexpr unsigned char kAlgEd25519 = 1;

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

/// base64.StdEncoding.DecodeString: padding required, CR and LF ignored, trailing bits not checked.
bool decodeStdBase64(const QByteArray& in, QByteArray* out)
{
    QByteArray s;
    s.reserve(in.size());
    for (const char c : in) {
        if (c != '\r' && c != '\n')
            s += c;
    }
    if (s.size() % 4 != 0)
        return false;
    out->clear();
    for (qsizetype q = 0; q < s.size(); q += 4) {
        const bool last = q + 4 == s.size();
        quint32 acc = 0;
        int n = 0;
        for (int j = 0; j < 4; ++j) {
            const char c = s.at(q + j);
            if (c == '=') {
                if (!last || j < 2 || (j == 2 && s.at(q + 3) != '='))
                    return false;
                break;
            }
            const int v = base64Value(c);
            if (v < 0)
                return false;
            acc = acc << 6 | quint32(v);
            ++n;
        }
        acc <<= 6 * (4 - n);
        const int bytes = n - 1; // 2 chars -> 1 byte, 3 -> 2, 4 -> 3
        for (int k = 0; k < bytes; ++k)
            *out += char((acc >> (16 - 8 * k)) & 0xFF);
    }
    return true;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

/// note.isValidName: non-empty, valid UTF-8, no Unicode space, no '+'.
bool isValidNoteName(const QString& name)
{
    if (name.isEmpty() || go::hasLoneSurrogate(name) || name.contains(u'+'))
        return false;
    for (char32_t r : go::runes(name)) {
        if (go::isSpace(r))
            return false;
    }
    return true;
}

} // namespace

QString sumGolangOrgKey()
{
    return u"sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"_s;
}

QString verifierKeyError(const QString& vkey, QString* name)
{
    // note.NewVerifier: "<name>+<hash>+<key>", each part cut at the first '+'.
    const qsizetype p1 = vkey.indexOf(u'+');
    const QString keyName = p1 < 0 ? vkey : vkey.left(p1);
    const QString rest = p1 < 0 ? QString() : vkey.mid(p1 + 1);
    const qsizetype p2 = rest.indexOf(u'+');
    const QString hash16 = p2 < 0 ? rest : rest.left(p2);
    const QString key64 = p2 < 0 ? QString() : rest.mid(p2 + 1);

    bool hexOk = hash16.size() == 8;
    for (const QChar c : hash16)
        hexOk = hexOk && isHexDigit(c);
    QByteArray key;
    const bool keyOk = decodeStdBase64(key64.toUtf8(), &key);
    if (!hexOk || !keyOk || !isValidNoteName(keyName) || key.isEmpty())
        return u"malformed verifier id"_s;
    if (name)
        *name = keyName;

    // The hash is the first 4 bytes of SHA-256(name + "\n" + key), big-endian.
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(keyName.toUtf8());
    sha.addData(QByteArrayView("\n"));
    sha.addData(key);
    const QByteArray sum = sha.result();
    quint32 computed = 0;
    for (int i = 0; i < 4; ++i)
        computed = computed << 8 | static_cast<unsigned char>(sum.at(i));
    if (hash16.toUInt(nullptr, 16) != computed)
        return u"invalid verifier hash"_s;
    if (static_cast<unsigned char>(key.at(0)) != kAlgEd25519)
        return u"unknown verifier algorithm"_s;
    if (key.size() != 1 + 32)
        return u"malformed verifier id"_s;
    return {};
}

bool isValidVerifierKey(const QString& key, QString* name)
{
    QString parsedName;
    if (!verifierKeyError(key, &parsedName).isEmpty())
        return false;
    if (name)
        *name = parsedName;
    return true;
}

QString SumDbConfig::directUrl() const
{
    if (off || !isValid() || name.isEmpty())
        return {};
    return u"https://"_s + name;
}

QString SumDbConfig::dialError() const
{
    return off ? u"checksum database disabled by GOSUMDB=off"_s : error;
}

QString SumDbConfig::describeAccess() const
{
    if (off)
        return u"(not used for ordinary modules)"_s;
    if (!isValid())
        return {};
    if (!url.isEmpty())
        return url + u" (explicit; proxies bypassed)"_s;
    return u"(via GOPROXY /sumdb/"_s + name + u"/supported, else "_s + directUrl() + u')';
}

SumDbConfig parseGoSumDb(const QString& gosumdb)
{
    SumDbConfig c;
    QString value = gosumdb;
    // SUMDB-2: the exact value sum.golang.google.cn is an alias reachable from mainland China.
    if (value == u"sum.golang.google.cn"_s)
        value = u"sum.golang.org https://sum.golang.google.cn"_s;
    if (value == u"off"_s) {
        c.off = true;
        return c;
    }
    QStringList key = go::fields(value);
    if (!key.isEmpty() && key.first() == u"sum.golang.org"_s)
        key.first() = sumGolangOrgKey(); // the only entry of cmd/go's knownGOSUMDB
    if (key.isEmpty()) {
        c.error = u"missing GOSUMDB"_s;
        return c;
    }
    if (key.size() > 2) {
        c.error = u"invalid GOSUMDB: too many fields"_s;
        return c;
    }
    QString name;
    if (const QString err = verifierKeyError(key.first(), &name); !err.isEmpty()) {
        c.error = u"invalid GOSUMDB: "_s + err;
        return c;
    }

    // "No funny business in the database name": https://<name> must be exactly host[/path].
    const go::UrlParseResult direct = go::parseUrl(QByteArray("https://") + name.toUtf8());
    if (!direct.ok()) {
        // cmd/go 1.24 dereferences a nil URL here and crashes; report the parse error instead.
        c.error = u"invalid sumdb name (must be host[/path]): "_s + name + u" ("_s + direct.error + u')';
        return c;
    }
    go::Url expected;
    expected.scheme = "https";
    expected.host = direct.url.host;
    expected.path = direct.url.path;
    expected.rawPath = direct.url.rawPath;
    if (name.endsWith(u'/') || !(direct.url == expected) || !direct.url.rawPath.isEmpty()
        || direct.url.host.isEmpty()) {
        c.error = u"invalid sumdb name (must be host[/path]): "_s + name + u' ' + direct.url.goStructDump();
        return c;
    }
    if (key.size() == 2) {
        const go::UrlParseResult base = go::parseUrl(key.at(1).toUtf8());
        if (!base.ok()) {
            c.error = u"invalid GOSUMDB URL: "_s + base.error;
            return c;
        }
        c.url = key.at(1);
    }
    c.name = name;
    c.key = key.first();
    return c;
}

} // namespace gmd
